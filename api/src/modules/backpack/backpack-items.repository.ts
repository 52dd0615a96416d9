import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';

import { verifiedAddressesSql } from '../accounts/learner-addresses.service.js';
import { ImportedCredential } from '../badge-imports/imported-credential.entity.js';
import { Credential } from '../credentials/credential.entity.js';
import {
  BackpackBadgeStatus,
  type BackpackIssuerObject,
  BackpackItemKind,
  BackpackSort,
} from './list/backpack-item.type.js';

/** A backpack row as SQL returns it, before image URLs are added. */
export interface BackpackItemRow {
  kind: BackpackItemKind;
  id: string;
  name: string | null;
  achievementId: string | null;
  hasImage: boolean;
  issuerKey: string;
  issuerName: string | null;
  issuedAt: Date;
  expiresAt: Date | null;
  status: BackpackBadgeStatus;
  shared: boolean;
  sdgNumbers: number[];
  skillIds: string[];
}

/** Validated filters; empty lists and nulls filter nothing. */
export interface BackpackQuery {
  userId: string;
  sort: BackpackSort;
  sdgs: number[];
  skills: string[];
  issuers: string[];
  statuses: BackpackBadgeStatus[];
  kinds: BackpackItemKind[];
  issuedFrom: Date | null;
  issuedTo: Date | null;
  limit: number;
  after: { key: string; id: string } | null;
}

/**
 * Every badge of the learner `$1` as one row set: credentials issued here
 * to the account or to any verified address, and imported badges. The
 * status of an issued badge follows the issuer's status, then validUntil,
 * then validFrom.
 */
function backpackItemsSql(): string {
  return `
    SELECT '${BackpackItemKind.ISSUED}' AS kind, c.id, a.name,
           c.achievement_id AS "achievementId", false AS "hasImage",
           'org:' || c.organisation_id AS "issuerKey", o.name AS "issuerName",
           c.valid_from AS "issuedAt", c.valid_until AS "expiresAt",
           CASE WHEN c.status = 'revoked' THEN '${BackpackBadgeStatus.REVOKED}'
                WHEN c.status = 'suspended' THEN '${BackpackBadgeStatus.SUSPENDED}'
                WHEN c.valid_until IS NOT NULL AND c.valid_until <= now()
                  THEN '${BackpackBadgeStatus.EXPIRED}'
                WHEN c.valid_from > now()
                  THEN '${BackpackBadgeStatus.NOT_YET_VALID}'
                ELSE '${BackpackBadgeStatus.VALID}' END AS status,
           c.shared_at IS NOT NULL AS shared,
           ARRAY(SELECT l.sdg_number::int FROM achievement_sdgs l
                  WHERE l.achievement_id = c.achievement_id ORDER BY 1)
             AS "sdgNumbers",
           ARRAY(SELECT k.skill_id FROM achievement_skills k
                  WHERE k.achievement_id = c.achievement_id ORDER BY 1)
             AS "skillIds"
      FROM credentials c
      JOIN achievements a ON a.id = c.achievement_id
      JOIN organisations o ON o.id = c.organisation_id
     WHERE c.type = 'open_badge'
       AND (c.recipient_user_id = $1
            OR c.recipient_email IN ${verifiedAddressesSql('$1')})
    UNION ALL
    SELECT '${BackpackItemKind.IMPORTED}', i.id, i.achievement_name, NULL,
           i.image_content_type IS NOT NULL,
           CASE WHEN i.issuer_uri IS NOT NULL THEN 'uri:' || i.issuer_uri
                WHEN i.issuer_name IS NOT NULL THEN 'name:' || i.issuer_name
                ELSE 'unknown' END,
           i.issuer_name, coalesce(i.issued_at, i.created_at), i.expires_at,
           upper(i.status::text), i.shared_at IS NOT NULL,
           i.sdg_numbers::int[], i.skill_ids
      FROM imported_credentials i
     WHERE i.user_id = $1`;
}

/** The text each sort orders by, compared byte by byte (COLLATE "C"). */
const SORT_KEYS: Record<BackpackSort, string> = {
  [BackpackSort.NEWEST]: `to_char("issuedAt" AT TIME ZONE 'UTC',
                            'YYYY-MM-DD"T"HH24:MI:SS.US')`,
  [BackpackSort.OLDEST]: `to_char("issuedAt" AT TIME ZONE 'UTC',
                            'YYYY-MM-DD"T"HH24:MI:SS.US')`,
  [BackpackSort.NAME]: `lower(coalesce(name, ''))`,
  [BackpackSort.ISSUER]: `lower(coalesce("issuerName", '')) || chr(1)
                            || lower(coalesce(name, ''))`,
};

const DESCENDING = new Set([BackpackSort.NEWEST]);

/** SQL for a learner's backpack: the list, its issuers, and single items. */
@Injectable()
export class BackpackItemsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One page (plus one row, to tell whether more follow) and the total. */
  async list(
    query: BackpackQuery,
  ): Promise<{ rows: (BackpackItemRow & { key: string })[]; total: number }> {
    const parameters: unknown[] = [query.userId];
    const where = filterSql(query, parameters);
    const sortKey = SORT_KEYS[query.sort];
    const items = `SELECT items.*, ${sortKey} AS key
                     FROM (${backpackItemsSql()}) items WHERE ${where}`;
    const count: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM (${items}) filtered`,
      parameters,
    );
    const direction = DESCENDING.has(query.sort) ? 'DESC' : 'ASC';
    let cursor = '';
    if (query.after !== null) {
      parameters.push(query.after.key, query.after.id);
      const comparison = direction === 'DESC' ? '<' : '>';
      cursor = `WHERE (key COLLATE "C", id) ${comparison}
                      ($${parameters.length - 1}::text COLLATE "C",
                       $${parameters.length}::uuid)`;
    }
    const rows: (BackpackItemRow & { key: string })[] =
      await this.dataSource.query(
        `SELECT * FROM (${items}) filtered ${cursor}
          ORDER BY key COLLATE "C" ${direction}, id ${direction}
          LIMIT ${query.limit + 1}`,
        parameters,
      );

    return { rows, total: count[0]!.total };
  }

  /** Every badge of the learner, oldest first, for the export. */
  findAll(userId: string): Promise<BackpackItemRow[]> {
    return this.dataSource.query(
      `SELECT * FROM (${backpackItemsSql()}) items
        ORDER BY "issuedAt", id`,
      [userId],
    );
  }

  /** The issuers of the learner's badges, by name. */
  issuers(userId: string): Promise<BackpackIssuerObject[]> {
    return this.dataSource.query(
      `SELECT "issuerKey" AS key, max("issuerName") AS name,
              count(*)::int AS "badgeCount"
         FROM (${backpackItemsSql()}) items
        GROUP BY "issuerKey"
        ORDER BY lower(coalesce(max("issuerName"), '')), "issuerKey"`,
      [userId],
    );
  }

  /**
   * The learner's badges among `ids`, so that a badge whose address was
   * removed no longer counts as theirs.
   */
  async findOwned(
    userId: string,
    ids: readonly string[],
  ): Promise<BackpackItemRow[]> {
    return this.dataSource.query(
      `SELECT * FROM (${backpackItemsSql()}) items
        WHERE id = ANY($2::uuid[])`,
      [userId, ids],
    );
  }

  /**
   * The learner's badges in each collection, in order. A badge that is no
   * longer the learner's, such as one sent to a removed address, is left out.
   */
  async findInCollections(
    userId: string,
    collectionIds: readonly string[],
  ): Promise<Map<string, BackpackItemRow[]>> {
    const rows: (BackpackItemRow & { collectionId: string })[] =
      await this.dataSource.query(
        `SELECT items.*, ci.collection_id AS "collectionId"
           FROM badge_collection_items ci
           JOIN (${backpackItemsSql()}) items
             ON items.id = coalesce(ci.credential_id, ci.imported_credential_id)
            AND items.kind = CASE WHEN ci.credential_id IS NOT NULL
                                  THEN '${BackpackItemKind.ISSUED}'
                                  ELSE '${BackpackItemKind.IMPORTED}' END
          WHERE ci.collection_id = ANY($2::uuid[])
          ORDER BY ci.collection_id, ci.position, ci.created_at, ci.id`,
        [userId, collectionIds],
      );
    const grouped = new Map<string, BackpackItemRow[]>();
    for (const { collectionId, ...row } of rows) {
      grouped.set(collectionId, [...(grouped.get(collectionId) ?? []), row]);
    }

    return grouped;
  }

  findCredentials(ids: readonly string[]): Promise<Credential[]> {
    return this.dataSource.manager.find(Credential, {
      where: { id: In([...ids]) },
    });
  }

  findImported(ids: readonly string[]): Promise<ImportedCredential[]> {
    return this.dataSource.manager.find(ImportedCredential, {
      where: { id: In([...ids]) },
    });
  }

  /** Shares issued and imported badges of the learner that are not yet shared. */
  async share(
    userId: string,
    items: readonly { kind: BackpackItemKind; id: string }[],
  ): Promise<void> {
    const issued = items
      .filter((item) => item.kind === BackpackItemKind.ISSUED)
      .map((item) => item.id);
    const imported = items
      .filter((item) => item.kind === BackpackItemKind.IMPORTED)
      .map((item) => item.id);
    await this.dataSource.query(
      `UPDATE credentials c SET shared_at = now()
        WHERE c.id = ANY($2::uuid[]) AND c.shared_at IS NULL
          AND (c.recipient_user_id = $1
               OR c.recipient_email IN ${verifiedAddressesSql('$1')})`,
      [userId, issued],
    );
    await this.dataSource.query(
      `UPDATE imported_credentials SET shared_at = now()
        WHERE id = ANY($2::uuid[]) AND user_id = $1 AND shared_at IS NULL`,
      [userId, imported],
    );
  }
}

function filterSql(query: BackpackQuery, parameters: unknown[]): string {
  const conditions = ['true'];
  const add = (sql: (placeholder: string) => string, value: unknown) => {
    parameters.push(value);
    conditions.push(sql(`$${parameters.length}`));
  };
  if (query.sdgs.length > 0) {
    add((p) => `"sdgNumbers" && ${p}::int[]`, query.sdgs);
  }
  if (query.skills.length > 0) {
    add((p) => `"skillIds" && ${p}::text[]`, query.skills);
  }
  if (query.issuers.length > 0) {
    add((p) => `"issuerKey" = ANY(${p}::text[])`, query.issuers);
  }
  if (query.statuses.length > 0) {
    add((p) => `status = ANY(${p}::text[])`, query.statuses);
  }
  if (query.kinds.length > 0) {
    add((p) => `kind = ANY(${p}::text[])`, query.kinds);
  }
  if (query.issuedFrom !== null) {
    add((p) => `"issuedAt" >= ${p}::timestamptz`, query.issuedFrom);
  }
  if (query.issuedTo !== null) {
    add((p) => `"issuedAt" <= ${p}::timestamptz`, query.issuedTo);
  }

  return conditions.join(' AND ');
}
