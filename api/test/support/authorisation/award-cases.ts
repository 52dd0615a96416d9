import { randomUUID } from 'node:crypto';

import { CredentialType } from '../../../src/modules/credentials/credential.entity.js';
import { createOrganisation, createUser } from '../accounts.js';
import { type MutationCase, rows } from './case.js';
import { insertAchievement, issueCredential } from './credential-cases.js';
import { SIGNED_IN, type World } from './world.js';

/** Owners and awarders of the target organisation, and admins. */
const AWARDERS = ['owner', 'awarder', 'admin'] as const;

/** Owners and editors of council C, and admins. */
const ENDORSERS = ['owner', 'editor', 'admin'] as const;

const DAY = 24 * 3_600_000;

function credentialsOf(world: World, achievementId: string) {
  return () =>
    rows(
      world,
      'SELECT id, status FROM credentials WHERE achievement_id = $1 ORDER BY id',
      [achievementId],
    );
}

async function insertClaimCode(world: World, achievementId: string) {
  const code = randomUUID()
    .replace(/[^a-f2-9]/g, '')
    .slice(0, 10);
  const [row]: { id: string; code: string }[] =
    await world.api.dataSource.query(
      `INSERT INTO claim_codes (achievement_id, code, expires_at)
     VALUES ($1, upper($2), now() + interval '1 day') RETURNING id, code`,
      [achievementId, code.padEnd(10, 'A')],
    );

  return row!;
}

const AWARD_CASES_BY_AWARDERS: MutationCase[] = [
  {
    mutation: 'awardBadge',
    document: `mutation ($input: AwardBadgeInput!) {
      awardBadge(input: $input) { id status }
    }`,
    target: 'provider',
    allowed: AWARDERS,
    async prepare(world) {
      const achievementId = await insertAchievement(
        world.api.dataSource,
        world.providerId,
      );

      return {
        variables: {
          input: {
            achievementId,
            email: `learner-${randomUUID().slice(0, 8)}@example.org`,
            idempotencyKey: randomUUID(),
          },
        },
        readState: credentialsOf(world, achievementId),
      };
    },
  },
  {
    mutation: 'startBulkAward',
    document: `mutation ($input: StartBulkAwardInput!) {
      startBulkAward(input: $input) { id total }
    }`,
    target: 'provider',
    allowed: AWARDERS,
    async prepare(world) {
      const achievementId = await insertAchievement(
        world.api.dataSource,
        world.providerId,
      );

      return {
        variables: {
          input: {
            achievementId,
            emails: [`bulk-${randomUUID().slice(0, 8)}@example.org`],
            idempotencyKey: randomUUID(),
          },
        },
        readState: () =>
          rows(world, 'SELECT id FROM award_jobs WHERE achievement_id = $1', [
            achievementId,
          ]),
      };
    },
  },
  {
    mutation: 'createClaimCode',
    document: `mutation ($input: CreateClaimCodeInput!) {
      createClaimCode(input: $input) { id code }
    }`,
    target: 'provider',
    allowed: AWARDERS,
    async prepare(world) {
      const achievementId = await insertAchievement(
        world.api.dataSource,
        world.providerId,
      );

      return {
        variables: {
          input: {
            achievementId,
            expiresAt: new Date(Date.now() + DAY).toISOString(),
            maxRedemptions: 30,
          },
        },
        readState: () =>
          rows(world, 'SELECT id FROM claim_codes WHERE achievement_id = $1', [
            achievementId,
          ]),
      };
    },
  },
  {
    mutation: 'revokeClaimCode',
    document: `mutation ($input: RevokeClaimCodeInput!) {
      revokeClaimCode(input: $input) { id revoked }
    }`,
    target: 'provider',
    allowed: AWARDERS,
    async prepare(world) {
      const achievementId = await insertAchievement(
        world.api.dataSource,
        world.providerId,
      );
      const code = await insertClaimCode(world, achievementId);

      return {
        variables: { input: { claimCodeId: code.id } },
        readState: () =>
          rows(world, 'SELECT revoked_at FROM claim_codes WHERE id = $1', [
            code.id,
          ]),
      };
    },
  },
];

const LEARNER_CASES: MutationCase[] = [
  {
    // Each signed-in actor redeems a fresh code for themselves.
    mutation: 'redeemClaimCode',
    document: `mutation ($input: RedeemClaimCodeInput!) {
      redeemClaimCode(input: $input) { id }
    }`,
    target: 'none',
    allowed: SIGNED_IN,
    async prepare(world) {
      const achievementId = await insertAchievement(
        world.api.dataSource,
        world.providerId,
      );
      const code = await insertClaimCode(world, achievementId);

      return {
        variables: { input: { code: code.code } },
        readState: credentialsOf(world, achievementId),
      };
    },
  },
  {
    // Each signed-in actor shares a badge awarded to them. The spec checks
    // sharing someone else's badge separately.
    mutation: 'shareCredential',
    document: `mutation ($input: ShareCredentialInput!) {
      shareCredential(input: $input) { id shared }
    }`,
    target: 'none',
    allowed: SIGNED_IN,
    async prepare(world, actor) {
      const ds = world.api.dataSource;
      const achievementId = await insertAchievement(ds, world.providerId);
      const recipient = actor.user ?? (await createUser(ds));
      const credential = await issueCredential(world.api, {
        organisationId: world.providerId,
        achievementId,
        recipient: { userId: recipient.id, email: recipient.email },
      });

      return {
        variables: { input: { credentialId: credential.id, shared: true } },
        readState: () =>
          rows(world, 'SELECT shared_at FROM credentials WHERE id = $1', [
            credential.id,
          ]),
      };
    },
  },
];

function endorsementsBy(world: World) {
  return () =>
    rows(
      world,
      `SELECT id, status FROM credentials
        WHERE type = 'endorsement' AND organisation_id = $1 ORDER BY id`,
      [world.councilId],
    );
}

const ENDORSEMENT_CASES: MutationCase[] = [
  {
    mutation: 'endorseAchievement',
    document: `mutation ($input: EndorseAchievementInput!) {
      endorseAchievement(input: $input) { id comment }
    }`,
    target: 'council',
    allowed: ENDORSERS,
    async prepare(world) {
      const achievementId = await insertAchievement(
        world.api.dataSource,
        world.providerId,
      );

      return {
        variables: {
          input: {
            organisationId: world.councilId,
            achievementId,
            comment: 'Meets the council youth framework.',
          },
        },
        readState: endorsementsBy(world),
      };
    },
  },
  {
    mutation: 'endorseOrganisation',
    document: `mutation ($input: EndorseOrganisationInput!) {
      endorseOrganisation(input: $input) { id comment }
    }`,
    target: 'council',
    allowed: ENDORSERS,
    async prepare(world) {
      const endorsedOrganisationId = await createOrganisation(
        world.api.dataSource,
        'provider',
      );

      return {
        variables: {
          input: {
            organisationId: world.councilId,
            endorsedOrganisationId,
            comment: 'A trusted local provider.',
          },
        },
        readState: endorsementsBy(world),
      };
    },
  },
  {
    mutation: 'revokeEndorsement',
    document: `mutation ($input: RevokeEndorsementInput!) {
      revokeEndorsement(input: $input) { id status }
    }`,
    target: 'council',
    allowed: ENDORSERS,
    async prepare(world) {
      const achievementId = await insertAchievement(
        world.api.dataSource,
        world.providerId,
      );
      const endorsement = await issueCredential(world.api, {
        type: CredentialType.ENDORSEMENT,
        organisationId: world.councilId,
        achievementId,
        recipient: undefined,
        endorsementComment: 'Well designed.',
      });

      return {
        variables: {
          input: { endorsementId: endorsement.id, reason: 'Programme ended.' },
        },
        readState: endorsementsBy(world),
      };
    },
  },
];

export const AWARD_CASES: MutationCase[] = [
  ...AWARD_CASES_BY_AWARDERS,
  ...LEARNER_CASES,
  ...ENDORSEMENT_CASES,
];
