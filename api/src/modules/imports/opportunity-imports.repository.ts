import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { ListingDraft } from '../listings/listing-rules.js';
import type { PlaceQuery } from './cell-parsers.js';

/** A checked row ready to insert, with the id it will get. */
export interface ImportCandidate {
  id: string;
  draft: ListingDraft;
  /** The place the row named, if it named one instead of coordinates. */
  placeId: number | null;
}

export interface FoundPlace {
  id: number;
  latitude: number;
  longitude: number;
}

/** Rows per INSERT; each statement sends one array per column. */
const BATCH_SIZE = 2_000;

/** The farthest a venue may be from the gazetteer place it is filed under. */
const NEAREST_PLACE_METRES = 50_000;

// The nearest place comes from the GiST index on places.location: KNN
// order with `<->` and LIMIT 1, bounded by ST_DWithin on the uncast column.
const INSERT_OPPORTUNITIES_SQL = `
  INSERT INTO opportunities (id, provider_id, status, title, summary,
    description, kind, mode, location, place_id, venue_name, venue_address,
    cost_minor, currency, min_age, max_age, capacity)
  SELECT u.id, $1, 'draft', u.title, u.summary, u.description,
    u.kind::opportunity_kind, u.mode::opportunity_mode, v.location,
    COALESCE(u.place_id, (
      SELECT p.id FROM places p
       WHERE v.location IS NOT NULL
         AND ST_DWithin(p.location, v.location, ${NEAREST_PLACE_METRES})
       ORDER BY p.location <-> v.location
       LIMIT 1)),
    u.venue_name, u.venue_address, u.cost_minor, u.currency, u.min_age,
    u.max_age, u.capacity
  FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[],
      $7::text[], $8::float8[], $9::float8[], $10::int[], $11::text[],
      $12::text[], $13::int[], $14::text[], $15::smallint[], $16::smallint[],
      $17::int[])
    AS u(id, title, summary, description, kind, mode, latitude, longitude,
      place_id, venue_name, venue_address, cost_minor, currency, min_age,
      max_age, capacity)
  CROSS JOIN LATERAL (
    SELECT CASE WHEN u.latitude IS NULL THEN NULL
      ELSE ST_SetSRID(ST_MakePoint(u.longitude, u.latitude), 4326)::geography
      END AS location) v`;

/** SQL of opportunity imports: reference look-ups and batched inserts. */
@Injectable()
export class OpportunityImportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Returns the organisation's kind, or null when it does not exist. */
  async organisationKind(organisationId: string): Promise<string | null> {
    const rows: { kind: string }[] = await this.dataSource.query(
      'SELECT kind FROM organisations WHERE id = $1',
      [organisationId],
    );

    return rows[0]?.kind ?? null;
  }

  async skills(): Promise<{ id: string; name: string }[]> {
    return this.dataSource.query(
      'SELECT id, name FROM skills ORDER BY position',
    );
  }

  /**
   * Finds each queried place, keyed by `searchName|countryCode`. Where
   * several places match, the most populous wins.
   */
  async findPlaces(
    queries: readonly PlaceQuery[],
  ): Promise<Map<string, FoundPlace>> {
    const rows: (FoundPlace & { key: string })[] = await this.dataSource.query(
      `SELECT DISTINCT ON (q.key) q.key, p.id,
              ST_Y(p.location::geometry) AS latitude,
              ST_X(p.location::geometry) AS longitude
         FROM unnest($1::text[], $2::text[], $3::text[])
           AS q(key, search_name, country_code)
         JOIN places p ON p.search_name = q.search_name
          AND (q.country_code IS NULL OR p.country_code = q.country_code)
        ORDER BY q.key, p.population DESC, p.id`,
      [
        queries.map(placeKey),
        queries.map((query) => query.searchName),
        queries.map((query) => query.countryCode),
      ],
    );

    return new Map(rows.map(({ key, ...place }) => [key, place]));
  }

  /** Inserts the candidates as drafts with their session, SDGs and skills. */
  async insertDrafts(
    manager: EntityManager,
    providerId: string,
    candidates: readonly ImportCandidate[],
  ): Promise<void> {
    for (let start = 0; start < candidates.length; start += BATCH_SIZE) {
      const batch = candidates.slice(start, start + BATCH_SIZE);
      await manager.query(INSERT_OPPORTUNITIES_SQL, [
        providerId,
        ...opportunityColumns(batch),
      ]);
      await this.insertSessions(manager, batch);
      await this.insertTags(manager, batch);
    }
  }

  private async insertSessions(
    manager: EntityManager,
    batch: readonly ImportCandidate[],
  ): Promise<void> {
    const sessions = batch.flatMap(({ id, draft }) =>
      draft.sessions.map((session) => ({ id, ...session })),
    );
    if (sessions.length === 0) return;
    await manager.query(
      `INSERT INTO opportunity_sessions
         (opportunity_id, starts_at, ends_at, time_zone)
       SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[],
         $4::text[])`,
      [
        sessions.map((session) => session.id),
        sessions.map((session) => session.startsAt.toISOString()),
        sessions.map((session) => session.endsAt.toISOString()),
        sessions.map((session) => session.timeZone),
      ],
    );
  }

  private async insertTags(
    manager: EntityManager,
    batch: readonly ImportCandidate[],
  ): Promise<void> {
    const sdgs = batch.flatMap(({ id, draft }) =>
      draft.sdgs.map((sdg) => [id, sdg] as const),
    );
    const skills = batch.flatMap(({ id, draft }) =>
      draft.skills.map((skill) => [id, skill] as const),
    );
    if (sdgs.length > 0) {
      await manager.query(
        `INSERT INTO opportunity_sdgs (opportunity_id, sdg_number)
         SELECT * FROM unnest($1::uuid[], $2::smallint[])`,
        [sdgs.map(([id]) => id), sdgs.map(([, sdg]) => sdg)],
      );
    }
    if (skills.length > 0) {
      await manager.query(
        `INSERT INTO opportunity_skills (opportunity_id, skill_id)
         SELECT * FROM unnest($1::uuid[], $2::text[])`,
        [skills.map(([id]) => id), skills.map(([, skill]) => skill)],
      );
    }
  }
}

/** The key `findPlaces` returns a place under. */
export function placeKey(query: PlaceQuery): string {
  return `${query.searchName}|${query.countryCode ?? ''}`;
}

function opportunityColumns(batch: readonly ImportCandidate[]): unknown[] {
  const column = <T>(read: (candidate: ImportCandidate) => T) =>
    batch.map(read);

  return [
    column((c) => c.id),
    column((c) => c.draft.title.trim()),
    column((c) => c.draft.summary.trim()),
    column((c) => c.draft.description),
    column((c) => c.draft.kind),
    column((c) => c.draft.mode),
    column((c) => c.draft.location?.latitude ?? null),
    column((c) => c.draft.location?.longitude ?? null),
    column((c) => c.placeId),
    column((c) => c.draft.venueName),
    column((c) => c.draft.venueAddress),
    column((c) => c.draft.costMinor),
    column((c) => c.draft.currency),
    column((c) => c.draft.minAge),
    column((c) => c.draft.maxAge),
    column((c) => c.draft.capacity),
  ];
}
