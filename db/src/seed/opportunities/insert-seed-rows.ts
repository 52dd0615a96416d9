import type { SqlExecutor } from '../sql-executor.js';
import type { OpportunityRow, OrganisationRow } from './seed-rows.js';

// One statement inserts everything, so each call is atomic even through a
// connection pool. Foreign keys are checked at the end of the statement, so
// the sibling INSERTs may refer to each other's rows. Seeded councils are
// inserted verified, because the operator who seeds them vouches for them.
const INSERT_SQL = `
  WITH new_organisations AS (
    INSERT INTO organisations
      (id, name, slug, kind, description, website, verified_at)
    SELECT u.*, CASE WHEN u.kind = 'council' THEN now() END
    FROM unnest(
      $1::uuid[], $2::text[], $3::text[], $4::organisation_kind[],
      $5::text[], $6::text[]
    ) AS u(id, name, slug, kind, description, website)
    ON CONFLICT DO NOTHING
    RETURNING 1
  ), new_opportunities AS (
    INSERT INTO opportunities (
      id, provider_id, title, summary, description, kind, mode, status,
      location, venue_name, venue_address, place_id, cost_minor, currency,
      min_age, max_age, capacity
    )
    SELECT u.id, u.provider_id, u.title, u.summary, u.description, u.kind,
      u.mode, u.status, venue.location, u.venue_name, u.venue_address,
      nearest.id, u.cost_minor, u.currency, u.min_age, u.max_age, u.capacity
    FROM unnest(
      $7::uuid[], $8::uuid[], $9::text[], $10::text[], $11::text[],
      $12::opportunity_kind[], $13::opportunity_mode[],
      $14::opportunity_status[], $15::float8[], $16::float8[], $17::text[],
      $18::text[], $19::int[], $20::text[], $21::int[], $22::int[], $23::int[]
    ) AS u(
      id, provider_id, title, summary, description, kind, mode, status,
      lon, lat, venue_name, venue_address, cost_minor, currency,
      min_age, max_age, capacity
    )
    CROSS JOIN LATERAL (
      SELECT CASE WHEN u.lon IS NULL THEN NULL
        ELSE ST_SetSRID(ST_MakePoint(u.lon, u.lat), 4326)::geography
      END AS location
    ) AS venue
    LEFT JOIN LATERAL (
      SELECT p.id FROM places p
      WHERE venue.location IS NOT NULL
      ORDER BY p.location <-> venue.location
      LIMIT 1
    ) AS nearest ON true
    RETURNING 1
  ), new_sessions AS (
    INSERT INTO opportunity_sessions
      (id, opportunity_id, starts_at, ends_at, time_zone)
    SELECT * FROM unnest(
      $24::uuid[], $25::uuid[], $26::timestamptz[], $27::timestamptz[],
      $28::text[]
    )
    RETURNING 1
  ), new_sdgs AS (
    INSERT INTO opportunity_sdgs (opportunity_id, sdg_number)
    SELECT * FROM unnest($29::uuid[], $30::smallint[])
    RETURNING 1
  ), new_skills AS (
    INSERT INTO opportunity_skills (opportunity_id, skill_id)
    SELECT * FROM unnest($31::uuid[], $32::text[])
    RETURNING 1
  )
  SELECT
    (SELECT count(*)::int FROM new_organisations) AS organisations,
    (SELECT count(*)::int FROM new_opportunities) AS opportunities,
    (SELECT count(*)::int FROM new_sessions) AS sessions`;

/** Rows written by one call of {@link insertSeedRows}. */
export interface InsertedCounts {
  organisations: number;
  opportunities: number;
  sessions: number;
}

/**
 * Inserts organisations and opportunities with their sessions and tags in
 * one statement, setting each located opportunity's `place_id` to the
 * nearest place in the gazetteer. An organisation whose id or slug exists
 * already is kept as it is.
 */
export async function insertSeedRows(
  execute: SqlExecutor,
  organisations: readonly OrganisationRow[],
  opportunities: readonly OpportunityRow[],
): Promise<InsertedCounts> {
  const rows = await execute(INSERT_SQL, [
    ...organisationColumns(organisations),
    ...opportunityColumns(opportunities),
    ...sessionColumns(opportunities),
    ...tagColumns(opportunities),
  ]);
  const counts = rows[0] ?? {};

  return {
    organisations: Number(counts.organisations ?? 0),
    opportunities: Number(counts.opportunities ?? 0),
    sessions: Number(counts.sessions ?? 0),
  };
}

function organisationColumns(rows: readonly OrganisationRow[]): unknown[] {
  return [
    rows.map((row) => row.id),
    rows.map((row) => row.name),
    rows.map((row) => row.slug),
    rows.map((row) => row.kind),
    rows.map((row) => row.description),
    rows.map((row) => row.website),
  ];
}

function opportunityColumns(rows: readonly OpportunityRow[]): unknown[] {
  const column = <K extends keyof OpportunityRow>(key: K) =>
    rows.map((row) => row[key]);

  return [
    column('id'),
    column('providerId'),
    column('title'),
    column('summary'),
    column('description'),
    column('kind'),
    column('mode'),
    column('status'),
    column('lon'),
    column('lat'),
    column('venueName'),
    column('venueAddress'),
    column('costMinor'),
    column('currency'),
    column('minAge'),
    column('maxAge'),
    column('capacity'),
  ];
}

function sessionColumns(rows: readonly OpportunityRow[]): unknown[] {
  const sessions = rows.flatMap((row) =>
    row.sessions.map((session) => ({ ...session, opportunityId: row.id })),
  );

  return [
    sessions.map((session) => session.id),
    sessions.map((session) => session.opportunityId),
    sessions.map((session) => session.startsAt.toISOString()),
    sessions.map((session) => session.endsAt.toISOString()),
    sessions.map((session) => session.timeZone),
  ];
}

function tagColumns(rows: readonly OpportunityRow[]): unknown[] {
  const sdgs = rows.flatMap((row) =>
    row.sdgNumbers.map((sdg) => [row.id, sdg] as const),
  );
  const skills = rows.flatMap((row) =>
    row.skillIds.map((skill) => [row.id, skill] as const),
  );

  return [
    sdgs.map(([id]) => id),
    sdgs.map(([, sdg]) => sdg),
    skills.map(([id]) => id),
    skills.map(([, skill]) => skill),
  ];
}
