import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type {
  OpportunityKind,
  OpportunityMode,
} from '../../opportunities/opportunity.entity.js';
import type { SearchCriteria } from '../../opportunities/search/search-criteria.js';
import {
  originExpression,
  pageOrdering,
  searchConditions,
  SqlParameters,
} from '../../opportunities/search/search-sql.js';

/** One exported opportunity: what a map layer or spreadsheet row shows. */
export interface ExportRow {
  id: string;
  title: string;
  kind: OpportunityKind;
  mode: OpportunityMode;
  providerName: string;
  latitude: number | null;
  longitude: number | null;
  costMinor: number | null;
  currency: string | null;
  sdgs: number[];
  skills: string[];
  /** The earliest session start after the export ran, or null. */
  nextSessionStartsAt: Date | null;
}

/**
 * Runs the map search's SQL (the same conditions and order as the
 * `opportunities` query) with the columns the exports write.
 */
@Injectable()
export class ExportRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Returns up to `limit` matches; `locatedOnly` leaves out online ones. */
  async find(
    criteria: SearchCriteria,
    limit: number,
    { locatedOnly }: { locatedOnly: boolean },
  ): Promise<ExportRow[]> {
    const params = new SqlParameters();
    const origin = originExpression(criteria, params);
    const where = searchConditions(criteria, params, origin);
    if (locatedOnly) where.push('o.location IS NOT NULL');
    const { orderBy } = pageOrdering(origin, null, params);

    return this.dataSource.query(
      `SELECT o.id, o.title, o.kind, o.mode, p.name AS "providerName",
              ST_Y(o.location::geometry) AS latitude,
              ST_X(o.location::geometry) AS longitude,
              o.cost_minor AS "costMinor", o.currency,
              ARRAY(SELECT f.sdg_number FROM opportunity_sdgs f
                     WHERE f.opportunity_id = o.id ORDER BY 1) AS sdgs,
              ARRAY(SELECT f.skill_id FROM opportunity_skills f
                     WHERE f.opportunity_id = o.id ORDER BY 1) AS skills,
              (SELECT min(s.starts_at) FROM opportunity_sessions s
                WHERE s.opportunity_id = o.id AND s.starts_at > now())
                AS "nextSessionStartsAt"
         FROM opportunities o
         JOIN organisations p ON p.id = o.provider_id
        WHERE ${where.join(' AND ')}
        ORDER BY ${orderBy}
        LIMIT ${params.add(limit)}`,
      params.values,
    );
  }
}
