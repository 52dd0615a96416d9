import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';

import { verifiedAddressesSql } from '../accounts/learner-addresses.service.js';
import { Credential } from '../credentials/credential.entity.js';

export interface EvidenceRow {
  id: string;
  credentialId: string;
  fileId: string | null;
  url: string | null;
  name: string | null;
  narrative: string | null;
  contentType: string | null;
  fileSha256: string | null;
}

export interface StatusChangeRow {
  credentialId: string;
  reason: string;
  createdAt: Date;
}

/** The filter and page of a credential list, sorted newest first. */
export interface CredentialListQuery {
  where: string;
  parameters: unknown[];
  limit: number;
  after: { key: string; id: string } | null;
}

/** SQL for reading credentials: lists, visibility and batched fields. */
@Injectable()
export class BackpackRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string): Promise<Credential | null> {
    return this.dataSource.manager.findOne(Credential, { where: { id } });
  }

  /** Every verified address of each user: primary and extra. */
  async findVerifiedAddresses(
    userIds: readonly string[],
  ): Promise<Map<string, string[]>> {
    const rows: { id: string; emails: string[] }[] =
      await this.dataSource.query(
        `SELECT u.id, ARRAY(SELECT email FROM ${verifiedAddressesSql('u.id')}
                           AS addresses) AS emails
         FROM users u WHERE u.id = ANY($1::uuid[])`,
        [userIds],
      );

    return new Map(rows.map((row) => [row.id, row.emails]));
  }

  /** The user's role in each of the organisations where they have one. */
  async findRolesOfUser(
    userId: string,
    organisationIds: readonly string[],
  ): Promise<Map<string, string>> {
    const rows: { organisationId: string; role: string }[] =
      await this.dataSource.query(
        `SELECT organisation_id AS "organisationId", role::text AS role
           FROM organisation_members
          WHERE user_id = $1 AND organisation_id = ANY($2::uuid[])`,
        [userId, organisationIds],
      );

    return new Map(rows.map((row) => [row.organisationId, row.role]));
  }

  /** One page (plus one row, to tell whether more follow) and the total. */
  async list(query: CredentialListQuery): Promise<{
    rows: { credential: Credential; key: string }[];
    total: number;
  }> {
    const { where, parameters } = query;
    const count: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM credentials c WHERE ${where}`,
      parameters,
    );
    const next = parameters.length + 1;
    const cursor =
      query.after === null
        ? ''
        : `AND (c.created_at, c.id) < ($${next}::timestamptz, $${next + 1}::uuid)`;
    // The key keeps microseconds, which a JavaScript Date would drop.
    const ids: { id: string; key: string }[] = await this.dataSource.query(
      `SELECT c.id, to_char(c.created_at AT TIME ZONE 'UTC',
                'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS key
         FROM credentials c WHERE ${where} ${cursor}
        ORDER BY c.created_at DESC, c.id DESC LIMIT ${query.limit + 1}`,
      query.after === null
        ? parameters
        : [...parameters, query.after.key, query.after.id],
    );
    const found = await this.dataSource.manager.find(Credential, {
      where: { id: In(ids.map((row) => row.id)) },
    });
    const byId = new Map(found.map((row) => [row.id, row]));

    return {
      rows: ids.map((row) => ({ credential: byId.get(row.id)!, key: row.key })),
      total: count[0]!.total,
    };
  }

  async setShared(id: string, shared: boolean): Promise<void> {
    await this.dataSource.query(
      `UPDATE credentials
          SET shared_at = CASE WHEN $2 THEN coalesce(shared_at, now()) END
        WHERE id = $1`,
      [id, shared],
    );
  }

  async findEvidence(
    credentialIds: readonly string[],
  ): Promise<Map<string, EvidenceRow[]>> {
    const rows: EvidenceRow[] = await this.dataSource.query(
      `SELECT e.id, e.credential_id AS "credentialId", e.file_id AS "fileId",
              e.url, e.name, e.narrative, f.content_type AS "contentType",
              f.sha256 AS "fileSha256"
         FROM credential_evidence e
         LEFT JOIN stored_files f ON f.id = e.file_id
        WHERE e.credential_id = ANY($1::uuid[])
        ORDER BY e.credential_id, e.position`,
      [credentialIds],
    );
    const grouped = new Map<string, EvidenceRow[]>();
    for (const row of rows) {
      grouped.set(row.credentialId, [
        ...(grouped.get(row.credentialId) ?? []),
        row,
      ]);
    }

    return grouped;
  }

  /** The latest status change of each credential that has one. */
  async findLatestStatusChanges(
    credentialIds: readonly string[],
  ): Promise<Map<string, StatusChangeRow>> {
    const rows: StatusChangeRow[] = await this.dataSource.query(
      `SELECT DISTINCT ON (credential_id) credential_id AS "credentialId",
              reason, created_at AS "createdAt"
         FROM credential_status_changes
        WHERE credential_id = ANY($1::uuid[])
        ORDER BY credential_id, created_at DESC, id DESC`,
      [credentialIds],
    );

    return new Map(rows.map((row) => [row.credentialId, row]));
  }

  async findUserNames(
    userIds: readonly string[],
  ): Promise<Map<string, string>> {
    const rows: { id: string; name: string }[] = await this.dataSource.query(
      'SELECT id, name FROM users WHERE id = ANY($1::uuid[])',
      [userIds],
    );

    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** Account names by verified address. */
  async findNamesByVerifiedEmail(
    emails: readonly string[],
  ): Promise<Map<string, string>> {
    const rows: { email: string; name: string }[] = await this.dataSource.query(
      `SELECT email, name FROM users
          WHERE email = ANY($1::text[]) AND email_verified_at IS NOT NULL
       UNION ALL
       SELECT e.email, u.name FROM user_emails e JOIN users u ON u.id = e.user_id
          WHERE e.email = ANY($1::text[]) AND e.verified_at IS NOT NULL`,
      [emails],
    );

    return new Map(rows.map((row) => [row.email, row.name]));
  }
}
