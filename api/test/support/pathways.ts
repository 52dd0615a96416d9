import { randomUUID } from 'node:crypto';

import type { DataSource } from 'typeorm';

import { CredentialType } from '../../src/modules/credentials/credential.entity.js';
import { CredentialIssuer } from '../../src/modules/credentials/credential-issuer.service.js';
import { LearnerBadgeEvents } from '../../src/modules/credentials/learner-badge-events.js';
import type { TestUser } from './accounts.js';
import type { TestApp } from './test-app.js';

export const CREATE_PATHWAY = `mutation ($input: CreatePathwayInput!) {
  createPathway(input: $input) { id status }
}`;

export const PUBLISH_PATHWAY = `mutation ($input: PathwayIdInput!) {
  publishPathway(input: $input) { id status }
}`;

export const PATHWAY_PROGRESS = `query ($id: ID!) {
  pathway(id: $id) {
    id followedByMe
    myProgress {
      complete metCount stepCount goalCredentialId
      steps {
        position state heldCount requiredCount waitingForStep
        contributions { kind credentialId name }
      }
    }
  }
}`;

export interface StepOptionFixture {
  achievementId?: string;
  achievementUri?: string;
  issuerUri?: string;
  name?: string;
}

export interface PathwayFixture {
  organisationId: string;
  goalAchievementId: string;
  ordered?: boolean;
  steps: { requiredCount?: number; options: StepOptionFixture[] }[];
}

/** Creates a pathway through GraphQL and publishes it unless told not to. */
export async function buildPathway(
  api: TestApp,
  builder: TestUser,
  fixture: PathwayFixture,
  publish = true,
): Promise<string> {
  const created = await api.graphql<{ createPathway: { id: string } }>(
    CREATE_PATHWAY,
    {
      input: {
        title: `Pathway ${randomUUID().slice(0, 6)}`,
        description: 'Steps towards a goal badge.',
        ...fixture,
      },
    },
    { cookie: builder.cookie },
  );
  if (created.errors !== undefined) {
    throw new Error(`createPathway failed: ${created.errors[0]!.message}`);
  }
  const id = created.data!.createPathway.id;
  if (publish) {
    const published = await api.graphql(
      PUBLISH_PATHWAY,
      { input: { pathwayId: id } },
      { cookie: builder.cookie },
    );
    if (published.errors !== undefined) {
      throw new Error(`publishPathway failed: ${published.errors[0]!.message}`);
    }
  }

  return id;
}

/** Issues a badge to a learner's account without raising the event. */
export async function issueQuietly(
  api: TestApp,
  organisationId: string,
  achievementId: string,
  learner: TestUser,
): Promise<string> {
  const issuer = api.app.get(CredentialIssuer);
  const credential = await api.dataSource.transaction((manager) =>
    issuer.issue(manager, {
      type: CredentialType.OPEN_BADGE,
      organisationId,
      issuedById: null,
      achievementId,
      recipient: { userId: learner.id, email: learner.email },
    }),
  );

  return credential.id;
}

/** Issues a badge to a learner and raises the event, as awarding does. */
export async function issueTo(
  api: TestApp,
  organisationId: string,
  achievementId: string,
  learner: TestUser,
): Promise<string> {
  const id = await issueQuietly(api, organisationId, achievementId, learner);
  await api.app.get(LearnerBadgeEvents).badgesChanged(learner.id);

  return id;
}

/** The issuer id of the badges from elsewhere in pathway tests. */
export const ELSEWHERE_ISSUER = 'did:web:badges.elsewhere.example.net';

/**
 * Inserts an imported badge with the given verification status, as if
 * verified as issued by `issuerUri`.
 */
export async function importBadge(
  dataSource: DataSource,
  learner: TestUser,
  achievementUri: string,
  status: 'valid' | 'unverifiable' | 'revoked' = 'valid',
  issuerUri = ELSEWHERE_ISSUER,
): Promise<string> {
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO imported_credentials (user_id, source, raw_text,
       credential_uri, achievement_uri, achievement_name, issuer_uri,
       issuer_name, status, verified_at)
     VALUES ($1, 'json', '{}', $2, $3, 'Imported badge', $4,
             'Elsewhere Badges', $5, now())
     RETURNING id`,
    [
      learner.id,
      `https://elsewhere.example.net/credentials/${randomUUID()}`,
      achievementUri,
      issuerUri,
      status,
    ],
  );

  return row!.id;
}

/** The credentials of a badge design held by the learner's account. */
export async function credentialsOf(
  dataSource: DataSource,
  achievementId: string,
  learner: TestUser,
): Promise<{ id: string; idempotency_key: string | null }[]> {
  return dataSource.query(
    `SELECT id, idempotency_key FROM credentials
      WHERE achievement_id = $1 AND recipient_user_id = $2`,
    [achievementId, learner.id],
  );
}

/** Removes pathway rows, which restrict deleting credentials and badges. */
export async function clearPathways(dataSource: DataSource): Promise<void> {
  await dataSource.query('DELETE FROM pathway_completions');
  await dataSource.query('DELETE FROM pathways');
}
