import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { OrganisationModel } from '../dto/organisation.model.js';
import type { OrganisationKind } from '../organisation.entity.js';
import { ORGANISATION_COLUMNS } from '../organisations.repository.js';

/** A position in the awaiting list: councils first, then oldest first. */
export interface AwaitingPosition {
  /** 0 for councils, 1 for other kinds. */
  rank: number;
  /** `created_at` in microseconds since 1970, as decimal text. */
  createdMicros: string;
  id: string;
}

export type AwaitingOrganisation = OrganisationModel & {
  rank: number;
  createdMicros: string;
};

/**
 * The unverified organisations with their sort keys. Microseconds keep the
 * full precision of `timestamptz`, which a JavaScript Date would round.
 */
const AWAITING = `
  SELECT ${ORGANISATION_COLUMNS},
         CASE WHEN kind = 'council' THEN 0 ELSE 1 END AS rank,
         (extract(epoch FROM created_at) * 1000000)::bigint AS created_micros
    FROM organisations
   WHERE verified_at IS NULL
     AND ($1::organisation_kind IS NULL OR kind = $1::organisation_kind)`;

/** SQL for verifying organisations. */
@Injectable()
export class OrganisationVerificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Marks the organisation verified by the user, now. */
  async markVerified(
    manager: EntityManager,
    id: string,
    verifiedById: string,
  ): Promise<OrganisationModel> {
    const [rows]: [OrganisationModel[], number] = await manager.query(
      `UPDATE organisations
          SET verified_at = now(), verified_by_id = $2, updated_at = now()
        WHERE id = $1
        RETURNING ${ORGANISATION_COLUMNS}`,
      [id, verifiedById],
    );

    return rows[0]!;
  }

  async clearVerified(
    manager: EntityManager,
    id: string,
  ): Promise<OrganisationModel> {
    const [rows]: [OrganisationModel[], number] = await manager.query(
      `UPDATE organisations
          SET verified_at = NULL, verified_by_id = NULL, updated_at = now()
        WHERE id = $1
        RETURNING ${ORGANISATION_COLUMNS}`,
      [id],
    );

    return rows[0]!;
  }

  /** Lists unverified organisations, councils first and then oldest first. */
  async findAwaiting(
    kind: OrganisationKind | null,
    limit: number,
    after: AwaitingPosition | null,
  ): Promise<AwaitingOrganisation[]> {
    const params: unknown[] = [kind, limit];
    let condition = 'true';
    if (after !== null) {
      params.push(after.rank, after.createdMicros, after.id);
      condition = '(rank, created_micros, id) > ($3, $4::bigint, $5::uuid)';
    }
    const rows: (OrganisationModel & {
      rank: number;
      created_micros: string;
    })[] = await this.dataSource.query(
      `SELECT * FROM (${AWAITING}) awaiting
        WHERE ${condition}
        ORDER BY rank, created_micros, id
        LIMIT $2`,
      params,
    );

    return rows.map(({ created_micros, ...row }) => ({
      ...row,
      createdMicros: String(created_micros),
    }));
  }

  async countAwaiting(kind: OrganisationKind | null): Promise<number> {
    const [row]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM (${AWAITING}) awaiting`,
      [kind],
    );

    return row?.count ?? 0;
  }
}
