import { randomUUID } from 'node:crypto';

import type { DataSource } from 'typeorm';

import type { TestUser } from './accounts.js';
import { createOpportunity } from './factories.js';
import type { GraphqlResponse, TestApp } from './test-app.js';

const HOUR = 3_600_000;

/** Creates a session of the provider that took place yesterday. */
export async function pastSession(
  dataSource: DataSource,
  providerId: string,
): Promise<string> {
  const opportunityId = await createOpportunity(dataSource, {
    title: `Bush regeneration ${randomUUID().slice(0, 6)}`,
    providerId,
    sessions: [new Date(Date.now() - 26 * HOUR)],
  });
  const [session]: { id: string }[] = await dataSource.query(
    'SELECT id FROM opportunity_sessions WHERE opportunity_id = $1',
    [opportunityId],
  );

  return session!.id;
}

/** Inserts a registration with its attendance already marked. */
export async function registration(
  dataSource: DataSource,
  sessionId: string,
  learner: TestUser,
  attendance: 'attended' | 'absent' | null = 'attended',
): Promise<string> {
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO registrations (session_id, user_id, status, attendance)
     VALUES ($1, $2, 'registered', $3) RETURNING id`,
    [sessionId, learner.id, attendance],
  );

  return row!.id;
}

/** Records a stored file without writing its bytes, for ownership checks. */
export async function storedFile(
  dataSource: DataSource,
  organisationId: string,
  purpose: 'evidence' | 'achievement_image',
): Promise<string> {
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO stored_files (organisation_id, purpose, storage_key,
       content_type, byte_size, sha256, original_name)
     VALUES ($1, $2, $3, 'image/png', 10, $4, 'poster.png') RETURNING id`,
    [organisationId, purpose, randomUUID(), 'ab'.repeat(32)],
  );

  return row!.id;
}

export const AWARD_BADGE = `mutation ($input: AwardBadgeInput!) {
  awardBadge(input: $input) {
    id status shared publicUrl recipientEmail narrative json jwt
    ob2AssertionUrl downloadUrls { json jwt png svg }
    evidence { id name narrative url contentType fileSha256 }
  }
}`;

export interface AwardedCredential {
  id: string;
  status: string;
  shared: boolean;
  publicUrl: string;
  recipientEmail: string | null;
  narrative: string | null;
  json: string;
  jwt: string;
  ob2AssertionUrl: string;
  downloadUrls: { json: string; jwt: string; png: string; svg: string };
  evidence: {
    id: string;
    name: string | null;
    narrative: string | null;
    url: string;
    contentType: string | null;
    fileSha256: string | null;
  }[];
}

export function awardBadge(
  api: TestApp,
  user: TestUser,
  input: Record<string, unknown>,
): Promise<GraphqlResponse<{ awardBadge: AwardedCredential }>> {
  return api.graphql<{ awardBadge: AwardedCredential }>(
    AWARD_BADGE,
    { input: { idempotencyKey: randomUUID(), ...input } },
    { cookie: user.cookie },
  );
}

export function errorOf(response: GraphqlResponse<unknown>) {
  const error = response.errors?.[0];

  return {
    code: error?.extensions?.code,
    message: error?.message ?? '',
    reason: error?.extensions?.reason,
    field: error?.extensions?.field,
  };
}
