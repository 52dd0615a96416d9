import type { SqlExecutor } from '../sql-executor.js';
import type {
  OpportunityRow,
  OrganisationRow,
  SkillNeedRow,
} from './seed-rows.js';

// One statement inserts everything, so each call is atomic even through a
// connection pool. Foreign keys are checked at the end of the statement, so
// the sibling INSERTs may refer to each other's rows. Seeded councils and
// employers are inserted verified, because the operator who seeds them
// vouches for them.
const INSERT_SQL = `
  WITH new_organisations AS (
    INSERT INTO organisations
      (id, name, slug, kind, description, website, area, verified_at)
    SELECT u.id, u.name, u.slug, u.kind, u.description, u.website,
      ST_SetSRID(ST_GeomFromGeoJSON(u.area), 4326),
      CASE WHEN u.kind IN ('council', 'employer') THEN now() END
    FROM unnest(
      $1::uuid[], $2::text[], $3::text[], $4::organisation_kind[],
      $5::text[], $6::text[], $7::text[]
    ) AS u(id, name, slug, kind, description, website, area)
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
      $8::uuid[], $9::uuid[], $10::text[], $11::text[], $12::text[],
      $13::opportunity_kind[], $14::opportunity_mode[],
      $15::opportunity_status[], $16::float8[], $17::float8[], $18::text[],
      $19::text[], $20::int[], $21::text[], $22::int[], $23::int[], $24::int[]
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
      $25::uuid[], $26::uuid[], $27::timestamptz[], $28::timestamptz[],
      $29::text[]
    )
    RETURNING 1
  ), new_sdgs AS (
    INSERT INTO opportunity_sdgs (opportunity_id, sdg_number)
    SELECT * FROM unnest($30::uuid[], $31::smallint[])
    RETURNING 1
  ), new_skills AS (
    INSERT INTO opportunity_skills (opportunity_id, skill_id)
    SELECT * FROM unnest($32::uuid[], $33::text[])
    RETURNING 1
  ), new_skill_needs AS (
    INSERT INTO skill_needs (
      id, employer_id, title, description, skill_ids, location, place_id,
      radius_m, openings, closes_on, apply_url, status
    )
    SELECT u.id, u.employer_id, u.title, u.description,
      string_to_array(u.skill_ids, ','), need.location, nearest.id,
      u.radius_m, u.openings, u.closes_on, u.apply_url, 'open'
    FROM unnest(
      $34::uuid[], $35::uuid[], $36::text[], $37::text[], $38::text[],
      $39::float8[], $40::float8[], $41::int[], $42::int[], $43::date[],
      $44::text[]
    ) AS u(
      id, employer_id, title, description, skill_ids, lon, lat,
      radius_m, openings, closes_on, apply_url
    )
    CROSS JOIN LATERAL (
      SELECT ST_SetSRID(ST_MakePoint(u.lon, u.lat), 4326)::geography
        AS location
    ) AS need
    LEFT JOIN LATERAL (
      SELECT p.id FROM places p
      ORDER BY p.location <-> need.location
      LIMIT 1
    ) AS nearest ON true
    RETURNING 1
  )
  SELECT
    (SELECT count(*)::int FROM new_organisations) AS organisations,
    (SELECT count(*)::int FROM new_opportunities) AS opportunities,
    (SELECT count(*)::int FROM new_sessions) AS sessions,
    (SELECT count(*)::int FROM new_skill_needs) AS skill_needs`;

/** Rows written by one call of {@link insertSeedRows}. */
export interface InsertedCounts {
  organisations: number;
  opportunities: number;
  sessions: number;
  skillNeeds: number;
}

/**
 * Inserts organisations, opportunities with their sessions and tags, and
 * skill needs in one statement, setting the `place_id` of each located
 * opportunity and of each need to the nearest place in the gazetteer. An
 * organisation whose id or slug exists already is kept as it is.
 */
export async function insertSeedRows(
  execute: SqlExecutor,
  organisations: readonly OrganisationRow[],
  opportunities: readonly OpportunityRow[],
  skillNeeds: readonly SkillNeedRow[] = [],
): Promise<InsertedCounts> {
  const rows = await execute(INSERT_SQL, [
    ...organisationColumns(organisations),
    ...opportunityColumns(opportunities),
    ...sessionColumns(opportunities),
    ...tagColumns(opportunities),
    ...skillNeedColumns(skillNeeds),
  ]);
  const counts = rows[0] ?? {};

  return {
    organisations: Number(counts.organisations ?? 0),
    opportunities: Number(counts.opportunities ?? 0),
    sessions: Number(counts.sessions ?? 0),
    skillNeeds: Number(counts.skill_needs ?? 0),
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
    rows.map((row) => row.area ?? null),
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

function skillNeedColumns(rows: readonly SkillNeedRow[]): unknown[] {
  return [
    rows.map((row) => row.id),
    rows.map((row) => row.employerId),
    rows.map((row) => row.title),
    rows.map((row) => row.description),
    // unnest flattens a two-dimensional array, so each list travels as text.
    rows.map((row) => row.skillIds.join(',')),
    rows.map((row) => row.lon),
    rows.map((row) => row.lat),
    rows.map((row) => row.radiusMetres),
    rows.map((row) => row.openings),
    rows.map((row) => row.closesOn),
    rows.map((row) => row.applyUrl),
  ];
}
