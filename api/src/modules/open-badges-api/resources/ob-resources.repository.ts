import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { verifiedAddressesSql } from '../../accounts/learner-addresses.service.js';

/** A credential as getCredentials returns it. */
export interface ApiCredentialRow {
  id: string;
  /** The signed JSON text, or null for a badge imported as a VC-JWT. */
  document: string | null;
  /** The VC-JWT, when the badge has one. */
  jwt: string | null;
}

export interface ProfileRow {
  id: string;
  name: string;
  email: string;
}

/**
 * The learner's valid Open Badges 3.0 credentials: those issued here that
 * are active and within their dates, and imported OB 3.0 badges whose
 * latest verification passed. `$2` is the optional `since` time.
 */
const LEARNER_CREDENTIALS = `
  SELECT c.id, c.document::text AS document, c.jwt,
         c.valid_from AS issued_at
    FROM credentials c
   WHERE c.type = 'open_badge'
     AND (c.recipient_user_id = $1
          OR c.recipient_email IN ${verifiedAddressesSql('$1')})
     AND c.status = 'active'
     AND c.valid_from <= now()
     AND (c.valid_until IS NULL OR c.valid_until > now())
     AND ($2::timestamptz IS NULL OR c.valid_from > $2)
  UNION ALL
  SELECT i.id,
         CASE WHEN i.raw_text ~ '^\\s*[{]' THEN i.raw_text END AS document,
         CASE WHEN i.raw_text ~ '^\\s*[{]' THEN NULL ELSE btrim(i.raw_text) END,
         coalesce(i.issued_at, i.created_at) AS issued_at
    FROM imported_credentials i
   WHERE i.user_id = $1 AND i.status = 'valid' AND i.spec_version = 'ob3'
     AND ($2::timestamptz IS NULL OR coalesce(i.issued_at, i.created_at) > $2)`;

/** SQL for the resources of the Open Badges API. */
@Injectable()
export class ObResourcesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async countCredentials(userId: string, since: Date | null): Promise<number> {
    const [row]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM (${LEARNER_CREDENTIALS}) AS learner`,
      [userId, since],
    );

    return row!.total;
  }

  /** Returns one page, newest first, with ties in a fixed order. */
  async credentialPage(
    userId: string,
    since: Date | null,
    limit: number,
    offset: number,
  ): Promise<ApiCredentialRow[]> {
    return this.dataSource.query(
      `SELECT id, document, jwt FROM (${LEARNER_CREDENTIALS}) AS learner
        ORDER BY issued_at DESC, id
        LIMIT $3 OFFSET $4`,
      [userId, since, limit, offset],
    );
  }

  async findProfile(userId: string): Promise<ProfileRow | null> {
    const rows: ProfileRow[] = await this.dataSource.query(
      'SELECT id, name, email FROM users WHERE id = $1',
      [userId],
    );

    return rows[0] ?? null;
  }

  async updateName(userId: string, name: string): Promise<void> {
    await this.dataSource.query(
      'UPDATE users SET name = $2, updated_at = now() WHERE id = $1',
      [userId, name],
    );
  }
}
