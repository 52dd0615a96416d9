import { Injectable } from '@nestjs/common';
import type { Point } from 'geojson';
import { DataSource } from 'typeorm';

import { groupBy } from '../../common/collections/group-by.js';
import { geoPointFromGeoJson } from '../../common/geo/geo-point.model.js';
import type { CursorPosition } from '../../common/pagination/cursor.js';
import type {
  OpportunityModel,
  OpportunitySessionModel,
} from './dto/opportunity.model.js';
import type { OpportunityMarker } from './dto/opportunity-connection.model.js';
import type {
  AccessibilitySupport,
  OpportunityKind,
  OpportunityMode,
  OpportunityStatus,
} from './opportunity.entity.js';
import type { SearchCriteria } from './search/search-criteria.js';
import {
  originExpression,
  pageOrdering,
  searchConditions,
  SqlParameters,
} from './search/search-sql.js';

export interface OpportunityRow {
  id: string;
  provider_id: string;
  title: string;
  summary: string;
  description: string;
  kind: OpportunityKind;
  mode: OpportunityMode;
  status: OpportunityStatus;
  location: string | null;
  venue_name: string | null;
  venue_address: string | null;
  place_id: number | null;
  cost_minor: number | null;
  currency: string | null;
  min_age: number | null;
  max_age: number | null;
  capacity: number | null;
  accessibility_support: AccessibilitySupport[];
  accessibility_information: string | null;
  moderation_note: string | null;
  published_at: Date | null;
  updated_at: Date;
}

/** One search result with its sort key, which the next page starts after. */
export interface SearchHit {
  opportunity: OpportunityModel;
  sortKey: number | string;
  distanceMetres: number | null;
}

/** The columns `toOpportunity` reads, from `opportunities o`. */
export const OPPORTUNITY_COLUMNS = `o.id, o.provider_id, o.title, o.summary,
  o.description, o.kind, o.mode, o.status,
  ST_AsGeoJSON(o.location) AS location, o.venue_name, o.venue_address,
  o.place_id, o.cost_minor, o.currency, o.min_age, o.max_age, o.capacity,
  o.accessibility_support::text[] AS accessibility_support,
  o.accessibility_information, o.moderation_note, o.published_at,
  o.updated_at`;

/** SQL for opportunities: search, markers, counts and batched loads. */
@Injectable()
export class OpportunitiesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Returns up to `limit` published matches after `position`, in order. */
  async search(
    criteria: SearchCriteria,
    limit: number,
    position: CursorPosition | null,
  ): Promise<SearchHit[]> {
    const { sql, values } = buildSearchQuery(criteria, limit, position);
    const rows: (OpportunityRow & { sort_key: number | string })[] =
      await this.dataSource.query(sql, values);

    return rows.map((row) => ({
      opportunity: toOpportunity(row),
      sortKey: row.sort_key,
      distanceMetres: criteria.origin === null ? null : Number(row.sort_key),
    }));
  }

  /** Counts all matches; `locatedOnly` leaves out online ones, as markers do. */
  async count(
    criteria: SearchCriteria,
    { locatedOnly = false } = {},
  ): Promise<number> {
    const params = new SqlParameters();
    // A count needs the origin only to test the radius; an unused parameter
    // would leave PostgreSQL unable to infer its type.
    const origin =
      criteria.radiusMetres === null
        ? null
        : originExpression(criteria, params);
    const where = searchConditions(criteria, params, origin);
    if (locatedOnly) where.push('o.location IS NOT NULL');
    const [row]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM opportunities o
        WHERE ${where.join(' AND ')}`,
      params.values,
    );

    return row?.count ?? 0;
  }

  /** Returns up to `limit` located matches with just what a map marker needs. */
  async findMarkers(
    criteria: SearchCriteria,
    limit: number,
  ): Promise<OpportunityMarker[]> {
    const params = new SqlParameters();
    const origin = originExpression(criteria, params);
    const where = searchConditions(criteria, params, origin);
    where.push('o.location IS NOT NULL');
    const { orderBy } = pageOrdering(origin, null, params);
    const rows: (Omit<OpportunityMarker, 'sdgNumbers'> & {
      sdg_numbers: number[];
    })[] = await this.dataSource.query(
      `SELECT o.id, o.title, o.kind,
              ST_Y(o.location::geometry) AS latitude,
              ST_X(o.location::geometry) AS longitude,
              ARRAY(SELECT f.sdg_number FROM opportunity_sdgs f
                     WHERE f.opportunity_id = o.id ORDER BY f.sdg_number)
                AS sdg_numbers
         FROM opportunities o
        WHERE ${where.join(' AND ')}
        ORDER BY ${orderBy}
        LIMIT ${params.add(limit)}`,
      params.values,
    );

    return rows.map(({ sdg_numbers, ...marker }) => ({
      ...marker,
      sdgNumbers: sdg_numbers,
    }));
  }

  async findByIds(
    ids: readonly string[],
  ): Promise<Map<string, OpportunityModel>> {
    const rows: OpportunityRow[] = await this.dataSource.query(
      `SELECT ${OPPORTUNITY_COLUMNS} FROM opportunities o WHERE o.id = ANY($1::uuid[])`,
      [ids],
    );

    return new Map(rows.map((row) => [row.id, toOpportunity(row)]));
  }

  async findSessionsByOpportunityIds(
    ids: readonly string[],
  ): Promise<Map<string, OpportunitySessionModel[]>> {
    const rows: {
      id: string;
      opportunity_id: string;
      starts_at: Date;
      ends_at: Date;
      time_zone: string;
    }[] = await this.dataSource.query(
      `SELECT id, opportunity_id, starts_at, ends_at, time_zone
         FROM opportunity_sessions
        WHERE opportunity_id = ANY($1::uuid[])
        ORDER BY starts_at, id`,
      [ids],
    );
    return groupBy(
      rows,
      (row) => row.opportunity_id,
      (row) => ({
        id: row.id,
        startsAt: row.starts_at,
        endsAt: row.ends_at,
        timeZone: row.time_zone,
      }),
    );
  }
}

/** Builds the page query; exported so that tests can EXPLAIN the exact SQL. */
export function buildSearchQuery(
  criteria: SearchCriteria,
  limit: number,
  position: CursorPosition | null,
): { sql: string; values: unknown[] } {
  const params = new SqlParameters();
  const origin = originExpression(criteria, params);
  const where = searchConditions(criteria, params, origin);
  const ordering = pageOrdering(origin, position, params);
  if (ordering.after !== null) where.push(ordering.after);
  const sql = `SELECT ${OPPORTUNITY_COLUMNS}, ${ordering.key} AS sort_key
     FROM opportunities o
    WHERE ${where.join(' AND ')}
    ORDER BY ${ordering.orderBy}
    LIMIT ${params.add(limit)}`;

  return { sql, values: params.values };
}

export function toOpportunity(row: OpportunityRow): OpportunityModel {
  return {
    id: row.id,
    providerId: row.provider_id,
    title: row.title,
    summary: row.summary,
    description: row.description,
    kind: row.kind,
    mode: row.mode,
    status: row.status,
    location:
      row.location === null
        ? null
        : geoPointFromGeoJson(JSON.parse(row.location) as Point),
    venueName: row.venue_name,
    venueAddress: row.venue_address,
    placeId: row.place_id,
    cost: {
      free: row.cost_minor === null,
      amountMinor: row.cost_minor,
      currency: row.currency,
    },
    minAge: row.min_age,
    maxAge: row.max_age,
    capacity: row.capacity,
    accessibilitySupport: row.accessibility_support,
    accessibilityInformation: row.accessibility_information,
    moderationNote: row.moderation_note,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
  };
}
