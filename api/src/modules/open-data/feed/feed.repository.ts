import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { OpportunityKind } from '../../opportunities/opportunity.entity.js';
import type { FeedQuery } from './feed-params.js';

/** One row of the change table, with what a tombstone's `kind` needs. */
export interface FeedRow {
  opportunityId: string;
  /** The `modified` value: the id of the transaction of the last change. */
  changeNumber: number;
  deleted: boolean;
  /** Null only when the opportunity row itself was deleted. */
  kind: OpportunityKind | null;
  sessionCount: number;
}

/**
 * The page query. Items are ordered by (change_number, opportunity_id) and
 * start after the given position; the row comparison is RPDE's
 * `(modified = @afterTimestamp AND id > @afterId) OR modified >
 * @afterTimestamp`, in a form the (change_number, opportunity_id) index
 * serves.
 *
 * A change number is the id of the transaction that made the change, and
 * transactions commit in any order. A transaction that is still running
 * may commit later with a smaller number than a change already visible.
 * If the feed showed that visible change, a consumer would move its
 * position past the smaller number and never see the late commit. So the
 * feed shows only changes numbered below the snapshot's xmin, the oldest
 * transaction id still running: every transaction that can still commit
 * has an id at or above it, so nothing can ever appear behind a position
 * the feed has handed out. Changes at or above xmin wait until the
 * transactions before them end.
 */
const PAGE_SQL = `
  SELECT f.opportunity_id AS "opportunityId",
         f.change_number::text AS "changeNumber",
         f.deleted_at IS NOT NULL AS deleted,
         o.kind,
         (SELECT count(*) FROM opportunity_sessions s
           WHERE s.opportunity_id = f.opportunity_id)::int AS "sessionCount"
    FROM open_data_feed_items f
    LEFT JOIN opportunities o ON o.id = f.opportunity_id
   WHERE f.change_number < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
     AND ($1::bigint IS NULL
          OR (f.change_number, f.opportunity_id) > ($1::bigint, $2::uuid))
   ORDER BY f.change_number, f.opportunity_id
   LIMIT $3`;

@Injectable()
export class FeedRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findPage(manager: EntityManager, query: FeedQuery): Promise<FeedRow[]> {
    const rows: (Omit<FeedRow, 'changeNumber'> & { changeNumber: string })[] =
      await manager.query(PAGE_SQL, [
        query.after?.changeNumber ?? null,
        query.after?.opportunityId ?? null,
        query.limit,
      ]);

    // Transaction ids stay below 2^53 until the server has wrapped its
    // 32-bit counter about two million times, so Number keeps them exact.
    return rows.map((row) => ({
      ...row,
      changeNumber: Number(row.changeNumber),
    }));
  }

  /** Deletes tombstones deleted more than `days` days ago; returns how many. */
  async deleteTombstonesOlderThan(days: number): Promise<number> {
    const [, affected]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM open_data_feed_items
        WHERE deleted_at IS NOT NULL
          AND deleted_at < now() - make_interval(days => $1)`,
      [days],
    );

    return affected;
  }
}
