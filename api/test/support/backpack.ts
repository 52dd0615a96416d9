import { randomUUID } from 'node:crypto';

import type { DataSource } from 'typeorm';

import type { TestUser } from './accounts.js';
import {
  insertAchievement,
  issueCredential,
} from './authorisation/credential-cases.js';
import type { TestApp } from './test-app.js';

export interface ImportedFixture {
  name?: string;
  issuerName?: string;
  issuerUri?: string;
  issuedAt?: string;
  status?: 'valid' | 'expired' | 'revoked' | 'suspended' | 'unverifiable';
  sdgs?: number[];
  skills?: string[];
  shared?: boolean;
  rawText?: string;
  image?: Buffer;
}

/** Inserts an imported badge into the user's backpack and returns its id. */
export async function insertImported(
  dataSource: DataSource,
  userId: string,
  fixture: ImportedFixture = {},
): Promise<string> {
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO imported_credentials (user_id, source, raw_text,
       achievement_name, issuer_name, issuer_uri, issued_at, status,
       sdg_numbers, skill_ids, verified_at, shared_at, image_data,
       image_content_type, credential_uri)
     VALUES ($1, 'json', $2, $3, $4, $5, $6, $7, $8, $9, now(),
       CASE WHEN $10 THEN now() END, $11,
       CASE WHEN $11::bytea IS NOT NULL THEN 'image/png' END, $12)
     RETURNING id`,
    [
      userId,
      fixture.rawText ?? '{"type":["VerifiableCredential"]}',
      fixture.name ?? 'Imported badge',
      fixture.issuerName ?? 'Elsewhere Academy',
      fixture.issuerUri ?? 'https://elsewhere.example.org/issuer',
      fixture.issuedAt ?? '2025-01-01T00:00:00Z',
      fixture.status ?? 'valid',
      fixture.sdgs ?? [],
      fixture.skills ?? [],
      fixture.shared ?? false,
      fixture.image ?? null,
      `urn:uuid:${randomUUID()}`,
    ],
  );

  return row!.id;
}

export interface IssuedFixture {
  name?: string;
  sdgs?: number[];
  skills?: string[];
  validFrom?: Date;
  validUntil?: Date | null;
  status?: 'active' | 'suspended' | 'revoked';
}

/** Issues a badge of the organisation to the user and returns its id. */
export async function issueTo(
  api: TestApp,
  organisationId: string,
  user: Pick<TestUser, 'id' | 'email'>,
  fixture: IssuedFixture = {},
): Promise<string> {
  const achievementId = await insertAchievement(
    api.dataSource,
    organisationId,
    {
      name: fixture.name,
      sdgs: fixture.sdgs,
      skills: fixture.skills,
    },
  );
  const credential = await issueCredential(api, {
    organisationId,
    achievementId,
    recipient: { userId: user.id, email: user.email },
  });
  await api.dataSource.query(
    `UPDATE credentials SET status = $2,
            valid_from = coalesce($3, valid_from), valid_until = $4
      WHERE id = $1`,
    [
      credential.id,
      fixture.status ?? 'active',
      fixture.validFrom ?? null,
      fixture.validUntil ?? null,
    ],
  );

  return credential.id;
}
