import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { groupBy } from '../../../common/collections/group-by.js';
import type {
  AccessibilitySupport,
  OpportunityKind,
  OpportunityMode,
} from '../../opportunities/opportunity.entity.js';
import type { OpportunityRecord, SessionRecord } from './opportunity-record.js';

interface RecordRow {
  id: string;
  title: string;
  summary: string;
  description: string;
  kind: OpportunityKind;
  mode: OpportunityMode;
  latitude: number | null;
  longitude: number | null;
  venue_name: string | null;
  venue_address: string | null;
  place_name: string | null;
  cost_minor: number | null;
  currency: string | null;
  min_age: number | null;
  max_age: number | null;
  accessibility_support: AccessibilitySupport[];
  accessibility_information: string | null;
  provider_id: string;
  provider_name: string;
  provider_website: string | null;
  sdgs: number[];
  skills: string[];
  updated_at: Date;
}

interface SessionRow {
  id: string;
  opportunity_id: string;
  starts_at: Date;
  ends_at: Date;
  time_zone: string;
}

/** Reads published opportunities whole, for the open data formats. */
@Injectable()
export class OpportunityRecordsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Finds the published opportunities among `ids`, keyed by id. Ids of
   * unpublished or missing opportunities are absent from the map. The feed
   * passes its transaction's manager, so that it reads the same snapshot
   * as its page of changes.
   */
  async findPublished(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, OpportunityRecord>> {
    if (ids.length === 0) return new Map();
    const rows: RecordRow[] = await manager.query(
      `SELECT o.id, o.title, o.summary, o.description, o.kind, o.mode,
              ST_Y(o.location::geometry) AS latitude,
              ST_X(o.location::geometry) AS longitude,
              o.venue_name, o.venue_address, pl.name AS place_name,
              o.cost_minor, o.currency, o.min_age, o.max_age,
              o.accessibility_support::text[] AS accessibility_support,
              o.accessibility_information, o.updated_at,
              p.id AS provider_id, p.name AS provider_name,
              p.website AS provider_website,
              ARRAY(SELECT f.sdg_number FROM opportunity_sdgs f
                     WHERE f.opportunity_id = o.id ORDER BY 1) AS sdgs,
              ARRAY(SELECT f.skill_id FROM opportunity_skills f
                     WHERE f.opportunity_id = o.id ORDER BY 1) AS skills
         FROM opportunities o
         JOIN organisations p ON p.id = o.provider_id
         LEFT JOIN places pl ON pl.id = o.place_id
        WHERE o.id = ANY($1::uuid[]) AND o.status = 'published'`,
      [ids],
    );
    const sessions = await this.findSessions(
      manager,
      rows.map((row) => row.id),
    );

    return new Map(
      rows.map((row) => [row.id, toRecord(row, sessions.get(row.id) ?? [])]),
    );
  }

  /** Finds one published opportunity, or null. */
  async findOnePublished(id: string): Promise<OpportunityRecord | null> {
    return (await this.findPublished([id])).get(id) ?? null;
  }

  private async findSessions(
    manager: EntityManager,
    ids: readonly string[],
  ): Promise<Map<string, SessionRecord[]>> {
    if (ids.length === 0) return new Map();
    const rows: SessionRow[] = await manager.query(
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

function toRecord(
  row: RecordRow,
  sessions: SessionRecord[],
): OpportunityRecord {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    description: row.description,
    kind: row.kind,
    mode: row.mode,
    location:
      row.latitude === null || row.longitude === null
        ? null
        : { latitude: row.latitude, longitude: row.longitude },
    venueName: row.venue_name,
    venueAddress: row.venue_address,
    placeName: row.place_name,
    costMinor: row.cost_minor,
    currency: row.currency,
    minAge: row.min_age,
    maxAge: row.max_age,
    accessibilitySupport: row.accessibility_support,
    accessibilityInformation: row.accessibility_information,
    provider: {
      id: row.provider_id,
      name: row.provider_name,
      website: row.provider_website,
    },
    sdgs: row.sdgs,
    skills: row.skills,
    sessions,
    updatedAt: row.updated_at,
  };
}
