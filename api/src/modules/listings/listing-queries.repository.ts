import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { groupBy } from '../../common/collections/group-by.js';
import type { CursorPosition } from '../../common/pagination/cursor.js';
import type { OpportunityModel } from '../opportunities/dto/opportunity.model.js';
import {
  OPPORTUNITY_COLUMNS,
  type OpportunityRow,
  toOpportunity,
} from '../opportunities/opportunities.repository.js';
import { OpportunityStatus } from '../opportunities/opportunity.entity.js';
import type { OrganisationKind } from '../organisations/organisation.entity.js';
import { LISTING_ROLES } from '../organisations/organisation-access.service.js';
import type { AuditEntryModel } from './dto/audit-entry.model.js';
import { PLACE_RADIUS_METRES } from './listings.repository.js';

/** A listing on a page with the key that the next page starts after. */
export interface ListingHit {
  opportunity: OpportunityModel;
  sortKey: number;
}

/**
 * The sort key of the lists: `updated_at` in microseconds since 1970.
 * Such values stay below 2^53 until the year 2255, so a float8 (and a
 * JavaScript number) represents them exactly, and a cursor loses no precision.
 */
const UPDATED_KEY =
  '(extract(epoch FROM o.updated_at) * 1000000)::bigint::float8';

/** SQL for the lists and look-ups around listings. */
@Injectable()
export class ListingQueriesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findOrganisationKind(id: string): Promise<OrganisationKind | null> {
    const rows: { kind: OrganisationKind }[] = await this.dataSource.query(
      'SELECT kind FROM organisations WHERE id = $1',
      [id],
    );

    return rows[0]?.kind ?? null;
  }

  /** Lists an organisation's listings, most recently updated first. */
  async findByOrganisation(
    organisationId: string,
    status: OpportunityStatus | null,
    limit: number,
    position: CursorPosition | null,
  ): Promise<ListingHit[]> {
    const values: unknown[] = [organisationId, status, limit];
    let after = '';
    if (position !== null) {
      values.push(position.key, position.id);
      after = `AND (${UPDATED_KEY}, o.id) < ($4::float8, $5::uuid)`;
    }

    return this.findPage(
      `o.provider_id = $1
       AND ($2::opportunity_status IS NULL OR o.status = $2) ${after}
       ORDER BY ${UPDATED_KEY} DESC, o.id DESC LIMIT $3`,
      values,
    );
  }

  async countByOrganisation(
    organisationId: string,
    status: OpportunityStatus | null,
  ): Promise<number> {
    return this.count(
      `o.provider_id = $1
       AND ($2::opportunity_status IS NULL OR o.status = $2)`,
      [organisationId, status],
    );
  }

  /**
   * Lists the pending listings inside a council's area, longest waiting
   * first.
   */
  // NOTE: "waiting" counts from `updated_at`, which submitting sets. The
  // schema keeps no separate submission time, so editing a pending listing
  // moves it to the back of the queue.
  async findModerationQueue(
    councilId: string,
    limit: number,
    position: CursorPosition | null,
  ): Promise<ListingHit[]> {
    const values: unknown[] = [councilId, OpportunityStatus.PENDING, limit];
    let after = '';
    if (position !== null) {
      values.push(position.key, position.id);
      after = `AND (${UPDATED_KEY}, o.id) > ($4::float8, $5::uuid)`;
    }

    return this.findPage(
      `${INSIDE_COUNCIL} ${after}
       ORDER BY ${UPDATED_KEY}, o.id LIMIT $3`,
      values,
    );
  }

  async countModerationQueue(councilId: string): Promise<number> {
    return this.count(INSIDE_COUNCIL, [councilId, OpportunityStatus.PENDING]);
  }

  /**
   * Lists the councils whose area covers the opportunity's venue and in
   * which the user is an owner or editor, verified ones first. An online
   * opportunity has no venue, so the list is empty.
   */
  findModeratingCouncils(
    userId: string,
    opportunityId: string,
  ): Promise<{ name: string; verified: boolean }[]> {
    return this.dataSource.query(
      `SELECT c.name, c.verified_at IS NOT NULL AS verified
         FROM opportunities o
         JOIN organisations c
           ON c.kind = 'council' AND ST_Covers(c.area, o.location::geometry)
         JOIN organisation_members m
           ON m.organisation_id = c.id AND m.user_id = $2
          AND m.role = ANY($3::organisation_role[])
        WHERE o.id = $1
        ORDER BY verified DESC, c.name`,
      [opportunityId, userId, LISTING_ROLES],
    );
  }

  /** Finds the id of the gazetteer place nearest the point, within 50 km. */
  async findNearestPlaceId(
    latitude: number,
    longitude: number,
  ): Promise<number | null> {
    const rows: { id: number }[] = await this.dataSource.query(
      `SELECT id FROM places
        WHERE ST_DWithin(location,
                ST_SetSRID(ST_MakePoint($2, $1), 4326)::geography, $3, false)
        ORDER BY location <-> ST_SetSRID(ST_MakePoint($2, $1), 4326)::geography
        LIMIT 1`,
      [latitude, longitude, PLACE_RADIUS_METRES],
    );

    return rows[0]?.id ?? null;
  }

  /** Finds the audit entries of each opportunity, newest first. */
  async findAuditEntries(
    opportunityIds: readonly string[],
  ): Promise<Map<string, AuditEntryModel[]>> {
    const rows: (AuditEntryModel & { subjectId: string })[] =
      await this.dataSource.query(
        `SELECT a.id::text AS id, a.subject_id AS "subjectId", a.action,
                u.name AS "actorName", a.changes::text AS changes,
                a.created_at AS "createdAt"
           FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
          WHERE a.subject_type = 'opportunity'
            AND a.subject_id = ANY($1::text[])
          ORDER BY a.created_at DESC, a.id DESC`,
        [opportunityIds],
      );
    return groupBy(
      rows,
      (row) => row.subjectId,
      ({ subjectId: _subjectId, ...entry }) => entry,
    );
  }

  private async findPage(
    conditions: string,
    values: unknown[],
  ): Promise<ListingHit[]> {
    const rows: (OpportunityRow & { sort_key: number })[] =
      await this.dataSource.query(
        `SELECT ${OPPORTUNITY_COLUMNS}, ${UPDATED_KEY} AS sort_key
           FROM opportunities o WHERE ${conditions}`,
        values,
      );

    return rows.map((row) => ({
      opportunity: toOpportunity(row),
      sortKey: row.sort_key,
    }));
  }

  private async count(conditions: string, values: unknown[]): Promise<number> {
    const [row]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM opportunities o WHERE ${conditions}`,
      values,
    );

    return row?.count ?? 0;
  }
}

/** Pending listings ($2) inside the area of council $1. */
const INSIDE_COUNCIL = `o.status = $2 AND EXISTS (
  SELECT 1 FROM organisations c
   WHERE c.id = $1 AND ST_Covers(c.area, o.location::geometry))`;
