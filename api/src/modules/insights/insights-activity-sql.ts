/**
 * SQL of the activity figures. Every statement takes $1 = council id,
 * $2 = window start (inclusive), $3 = window end (exclusive).
 */

/**
 * Published opportunities whose venue lies in the council's area. The
 * cast matches the functional GiST index IDX_opportunities_location_geometry,
 * and ST_Covers keeps venues on the boundary. Online ones have no venue.
 */
export const AREA_OPPORTUNITIES = `area_opportunities AS (
  SELECT o.id, o.place_id, o.achievement_id
    FROM organisations council
    JOIN opportunities o ON ST_Covers(council.area, o.location::geometry)
   WHERE council.id = $1 AND o.status = 'published')`;

/**
 * Badges issued in the window for the area's opportunities: those awarded
 * for a registration at one of their sessions, and those issued without a
 * registration (claim codes, direct awards) for an opportunity's badge.
 * Revoked and suspended badges count, because they were issued.
 */
const AREA_BADGES = `area_badges AS (
  SELECT s.opportunity_id, c.id AS credential_id
    FROM area_opportunities a
    JOIN opportunity_sessions s ON s.opportunity_id = a.id
    JOIN registrations r ON r.session_id = s.id
    JOIN credentials c ON c.registration_id = r.id
   WHERE c.type = 'open_badge' AND c.created_at >= $2 AND c.created_at < $3
  UNION
  SELECT a.id, c.id
    FROM area_opportunities a
    JOIN credentials c ON c.achievement_id = a.achievement_id
   WHERE c.registration_id IS NULL AND c.type = 'open_badge'
     AND c.created_at >= $2 AND c.created_at < $3)`;

/** Builds a condition: a session of the opportunity overlaps [lower, upper). */
function sessionOverlaps(opportunity: string, lower: string, upper: string) {
  return `EXISTS (SELECT 1 FROM opportunity_sessions s
                   WHERE s.opportunity_id = ${opportunity}
                     AND s.starts_at < ${upper} AND s.ends_at > ${lower})`;
}

/**
 * Counts per group. `grouped` is a SELECT of (opportunity_id, key) over
 * area_opportunities; `base` a SELECT of (key, label, ...) naming every
 * group to return. Registrations count unless withdrawn (waiting-list
 * places included), by when they were made.
 */
export function activitySql(grouped: string, base: string, order: string) {
  return `WITH ${AREA_OPPORTUNITIES},
  grouped AS (${grouped}),
  ${AREA_BADGES},
  opportunity_counts AS (
    SELECT g.key, count(*)::int AS n FROM grouped g
     WHERE ${sessionOverlaps('g.opportunity_id', '$2', '$3')}
     GROUP BY g.key),
  registration_counts AS (
    SELECT g.key, count(*)::int AS n
      FROM grouped g
      JOIN opportunity_sessions s ON s.opportunity_id = g.opportunity_id
      JOIN registrations r ON r.session_id = s.id
     WHERE r.created_at >= $2 AND r.created_at < $3
       AND r.status <> 'withdrawn'
     GROUP BY g.key),
  attendance_counts AS (
    SELECT g.key, count(*)::int AS n
      FROM grouped g
      JOIN opportunity_sessions s ON s.opportunity_id = g.opportunity_id
      JOIN registrations r ON r.session_id = s.id
     WHERE r.attendance = 'attended'
       AND r.attendance_marked_at >= $2 AND r.attendance_marked_at < $3
     GROUP BY g.key),
  badge_counts AS (
    SELECT g.key, count(DISTINCT b.credential_id)::int AS n
      FROM grouped g JOIN area_badges b ON b.opportunity_id = g.opportunity_id
     GROUP BY g.key)
  SELECT base.key, base.label,
         COALESCE(oc.n, 0) AS opportunities,
         COALESCE(rc.n, 0) AS registrations,
         COALESCE(ac.n, 0) AS attendances,
         COALESCE(bc.n, 0) AS "badgesIssued"
    FROM (${base}) base
    LEFT JOIN opportunity_counts oc ON oc.key = base.key
    LEFT JOIN registration_counts rc ON rc.key = base.key
    LEFT JOIN attendance_counts ac ON ac.key = base.key
    LEFT JOIN badge_counts bc ON bc.key = base.key
   ORDER BY ${order}`;
}

/** Every area opportunity in one group, `total`. */
export const TOTALS_SQL = activitySql(
  `SELECT id AS opportunity_id, 'total' AS key FROM area_opportunities`,
  `SELECT 'total' AS key, 'All opportunities' AS label`,
  'base.key',
);

export const BY_SDG_SQL = activitySql(
  `SELECT l.opportunity_id, l.sdg_number::text AS key
     FROM opportunity_sdgs l JOIN area_opportunities a ON a.id = l.opportunity_id`,
  `SELECT number::text AS key, short_title AS label, number FROM sdgs`,
  'base.number',
);

export const BY_SKILL_SQL = activitySql(
  `SELECT l.opportunity_id, l.skill_id AS key
     FROM opportunity_skills l JOIN area_opportunities a ON a.id = l.opportunity_id`,
  `SELECT id AS key, name AS label, position FROM skills`,
  'base.position',
);

/** Places shown by `byPlace`, busiest first. */
export const MAX_PLACES = 50;

export const BY_PLACE_SQL = `${activitySql(
  `SELECT id AS opportunity_id, place_id::text AS key
     FROM area_opportunities WHERE place_id IS NOT NULL`,
  `SELECT DISTINCT p.id::text AS key, p.name AS label
     FROM area_opportunities a JOIN places p ON p.id = a.place_id`,
  `opportunities DESC, registrations DESC, base.label, base.key`,
)}
  LIMIT ${MAX_PLACES}`;

/**
 * One row per week or month ($4 = 'week' or 'month', $5 the matching
 * interval) from the one holding $2 to the one holding the end of the
 * window. Buckets are UTC calendar periods cut to the window, and a
 * generated series keeps the empty ones.
 */
export const OVER_TIME_SQL = `WITH ${AREA_OPPORTUNITIES},
  ${AREA_BADGES},
  buckets AS (
    SELECT b AS period_start,
           greatest(b AT TIME ZONE 'UTC', $2::timestamptz) AS lower,
           least((b + $5::interval) AT TIME ZONE 'UTC', $3::timestamptz) AS upper
      FROM generate_series(
             date_trunc($4, $2::timestamptz AT TIME ZONE 'UTC'),
             ($3::timestamptz AT TIME ZONE 'UTC') - interval '1 microsecond',
             $5::interval) AS b),
  registration_counts AS (
    SELECT date_trunc($4, r.created_at AT TIME ZONE 'UTC') AS bucket,
           count(*)::int AS n
      FROM area_opportunities a
      JOIN opportunity_sessions s ON s.opportunity_id = a.id
      JOIN registrations r ON r.session_id = s.id
     WHERE r.created_at >= $2 AND r.created_at < $3
       AND r.status <> 'withdrawn'
     GROUP BY 1),
  attendance_counts AS (
    SELECT date_trunc($4, r.attendance_marked_at AT TIME ZONE 'UTC') AS bucket,
           count(*)::int AS n
      FROM area_opportunities a
      JOIN opportunity_sessions s ON s.opportunity_id = a.id
      JOIN registrations r ON r.session_id = s.id
     WHERE r.attendance = 'attended'
       AND r.attendance_marked_at >= $2 AND r.attendance_marked_at < $3
     GROUP BY 1),
  badge_counts AS (
    SELECT date_trunc($4, c.created_at AT TIME ZONE 'UTC') AS bucket,
           count(DISTINCT c.id)::int AS n
      FROM area_badges b JOIN credentials c ON c.id = b.credential_id
     GROUP BY 1)
  SELECT to_char(b.period_start, 'YYYY-MM-DD') AS "periodStart",
         (SELECT count(*)::int FROM area_opportunities a
           WHERE ${sessionOverlaps('a.id', 'b.lower', 'b.upper')}) AS opportunities,
         COALESCE(rc.n, 0) AS registrations,
         COALESCE(ac.n, 0) AS attendances,
         COALESCE(bc.n, 0) AS "badgesIssued"
    FROM buckets b
    LEFT JOIN registration_counts rc ON rc.bucket = b.period_start
    LEFT JOIN attendance_counts ac ON ac.bucket = b.period_start
    LEFT JOIN badge_counts bc ON bc.bucket = b.period_start
   ORDER BY b.period_start`;
