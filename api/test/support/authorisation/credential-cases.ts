import { randomUUID } from 'node:crypto';

import type { DataSource } from 'typeorm';

import type { Credential } from '../../../src/modules/credentials/credential.entity.js';
import { CredentialType } from '../../../src/modules/credentials/credential.entity.js';
import {
  CredentialIssuer,
  type IssueRequest,
} from '../../../src/modules/credentials/credential-issuer.service.js';
export { clearCredentials } from '../factories.js';
import type { TestApp } from '../test-app.js';
import { type MutationCase, rows } from './case.js';
import type { World } from './world.js';

/** A signed credential or DID document, read field by field in tests. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON-LD documents have no fixed type.
export type JsonDocument = Record<string, any>;

/** Owners of provider P, and admins. */
const OWNERS = ['owner', 'admin'] as const;

/** Owners and awarders of provider P, and admins. */
const AWARDERS = ['owner', 'awarder', 'admin'] as const;

export interface AchievementFixture {
  name?: string;
  validityDays?: number | null;
  tags?: string[];
  sdgs?: number[];
  sdgTargets?: string[];
  skills?: string[];
  escoSkillUris?: string[];
}

/** Inserts an achievement of the organisation and returns its id. */
export async function insertAchievement(
  dataSource: DataSource,
  organisationId: string,
  fixture: AchievementFixture = {},
): Promise<string> {
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO achievements (organisation_id, name, description,
       criteria_narrative, achievement_type, tags, validity_days,
       sdg_targets, esco_skill_uris)
     VALUES ($1, $2, 'Planted and cared for a community garden bed.',
       'Attend **three** sessions and keep a planting log.', 'Badge',
       $3, $4, $5, $6)
     RETURNING id`,
    [
      organisationId,
      fixture.name ?? `Garden Keeper ${randomUUID().slice(0, 6)}`,
      fixture.tags ?? [],
      fixture.validityDays ?? null,
      fixture.sdgTargets ?? [],
      fixture.escoSkillUris ?? [],
    ],
  );
  for (const sdg of fixture.sdgs ?? []) {
    await dataSource.query(
      'INSERT INTO achievement_sdgs (achievement_id, sdg_number) VALUES ($1, $2)',
      [row!.id, sdg],
    );
  }
  for (const skill of fixture.skills ?? []) {
    await dataSource.query(
      'INSERT INTO achievement_skills (achievement_id, skill_id) VALUES ($1, $2)',
      [row!.id, skill],
    );
  }

  return row!.id;
}

/** Issues through the app's CredentialIssuer in a transaction of its own. */
export function issueCredential(
  api: TestApp,
  request: Partial<IssueRequest> &
    Pick<IssueRequest, 'organisationId' | 'achievementId'>,
): Promise<Credential> {
  const issuer = api.app.get(CredentialIssuer);

  return api.dataSource.transaction((manager) =>
    issuer.issue(manager, {
      type: CredentialType.OPEN_BADGE,
      issuedById: null,
      recipient: {
        userId: null,
        email: `learner-${randomUUID().slice(0, 8)}@example.org`,
      },
      ...request,
    }),
  );
}

/**
 * Deletes every credential, status list, key and achievement, which the
 * organisations they belong to restrict, so that tests can clear those.
 */

async function badgeOfProvider(world: World): Promise<Credential> {
  const achievementId = await insertAchievement(
    world.api.dataSource,
    world.providerId,
  );

  return issueCredential(world.api, {
    organisationId: world.providerId,
    achievementId,
  });
}

function statusState(world: World, credentialId: string) {
  return () =>
    rows(
      world,
      `SELECT c.status, (SELECT count(*) FROM credential_status_changes s
                          WHERE s.credential_id = c.id) AS changes
         FROM credentials c WHERE c.id = $1`,
      [credentialId],
    );
}

function statusCase(mutation: string, startSuspended: boolean): MutationCase {
  return {
    mutation,
    document: `mutation ($input: ChangeCredentialStatusInput!) {
      ${mutation}(input: $input) { id status }
    }`,
    target: 'provider',
    allowed: AWARDERS,
    async prepare(world) {
      const credential = await badgeOfProvider(world);
      if (startSuspended) {
        await world.api.dataSource.query(
          `UPDATE credentials SET status = 'suspended' WHERE id = $1`,
          [credential.id],
        );
      }

      return {
        variables: {
          input: { credentialId: credential.id, reason: 'Checked by staff.' },
        },
        readState: statusState(world, credential.id),
      };
    },
  };
}

export const CREDENTIAL_CASES: MutationCase[] = [
  {
    mutation: 'rotateIssuerKeys',
    document: `mutation ($input: RotateIssuerKeysInput!) {
      rotateIssuerKeys(input: $input) { id issuerId }
    }`,
    target: 'provider',
    allowed: OWNERS,
    async prepare(world) {
      return {
        variables: { input: { organisationId: world.providerId } },
        readState: () =>
          rows(
            world,
            `SELECT id, retired_at FROM issuer_keys
              WHERE organisation_id = $1 ORDER BY id`,
            [world.providerId],
          ),
      };
    },
  },
  statusCase('revokeCredential', false),
  statusCase('suspendCredential', false),
  statusCase('reinstateCredential', true),
];
