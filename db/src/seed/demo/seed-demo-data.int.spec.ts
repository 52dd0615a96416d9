import {
  openTestDatabase,
  TEST_DATABASE_TIMEOUT_MS,
  type TestDatabase,
} from '../../testing/test-database.js';
import { seedGazetteer } from '../gazetteer/seed-gazetteer.js';
import { type DemoSeedResult, seedDemoData } from './seed-demo-data.js';

describe('seedDemoData', () => {
  const now = new Date();
  let database: TestDatabase;
  let emptyGazetteerError: unknown;
  let result: DemoSeedResult;

  beforeAll(async () => {
    database = await openTestDatabase();
    emptyGazetteerError = await seedDemoData(database.execute, { now }).catch(
      (error: unknown) => error,
    );
    await seedGazetteer(database.execute, ['AU', 'GB']);
    result = await seedDemoData(database.execute, { now });
  }, TEST_DATABASE_TIMEOUT_MS);

  afterAll(async () => {
    await database?.close();
  });

  const count = async (sql: string, params?: unknown[]) => {
    const [row] = await database.execute(sql, params);

    return Number(row?.count);
  };

  it('rejects an empty gazetteer', () => {
    expect(emptyGazetteerError).toBeInstanceOf(Error);
    expect((emptyGazetteerError as Error).message).toContain(
      "The gazetteer has no places in AU or GB; run seedGazetteer(execute, ['AU', 'GB'])",
    );
  });

  it('inserts at least 300 opportunities', async () => {
    const stored = await count('SELECT count(*) FROM opportunities');

    expect(result.opportunities).toBeGreaterThanOrEqual(300);
    expect(stored).toBe(result.opportunities);
  });

  it('inserts at least 30 providers', async () => {
    const stored = await count(
      "SELECT count(*) FROM organisations WHERE kind = 'provider'",
    );

    expect(result.providers).toBeGreaterThanOrEqual(30);
    expect(stored).toBe(result.providers);
  });

  it('adds councils and employers', async () => {
    const rows = await database.execute(
      `SELECT kind::text, count(*)::int AS count FROM organisations
       WHERE kind <> 'provider' GROUP BY kind ORDER BY kind`,
    );

    expect(rows.map((row) => row.kind)).toEqual(['council', 'employer']);
  });

  it('inserts councils and employers verified', async () => {
    const unverified = await count(
      `SELECT count(*) FROM organisations
       WHERE kind IN ('council', 'employer') AND verified_at IS NULL`,
    );
    const providers = await count(
      `SELECT count(*) FROM organisations
       WHERE kind = 'provider' AND verified_at IS NOT NULL`,
    );

    expect(unverified).toBe(0);
    expect(providers).toBe(0);
  });

  it('places venues near Katoomba, Parramatta or Manchester', async () => {
    const far = await count(
      `SELECT count(*) FROM opportunities o
       WHERE o.location IS NOT NULL AND NOT EXISTS (
         SELECT 1 FROM places p
         WHERE p.name IN ('Katoomba', 'Parramatta', 'Manchester')
           AND p.country_code IN ('AU', 'GB')
           AND ST_DWithin(p.location, o.location, 60000)
       )`,
    );

    expect(far).toBe(0);
  });

  it('sets place_id exactly for located opportunities', async () => {
    const located = await count(
      'SELECT count(*) FROM opportunities WHERE location IS NOT NULL',
    );
    const withPlace = await count(
      'SELECT count(*) FROM opportunities WHERE place_id IS NOT NULL',
    );

    expect(located).toBeGreaterThan(0);
    expect(withPlace).toBe(located);
  });

  it('picks the nearest place as place_id', async () => {
    const wrong = await count(
      `SELECT count(*) FROM opportunities o
       WHERE o.place_id <> (
         SELECT p.id FROM places p ORDER BY p.location <-> o.location LIMIT 1
       )`,
    );

    expect(wrong).toBe(0);
  });

  it('leaves online opportunities without a venue', async () => {
    const online = await count(
      "SELECT count(*) FROM opportunities WHERE mode = 'online'",
    );
    const withVenue = await count(
      `SELECT count(*) FROM opportunities WHERE mode = 'online'
       AND (location IS NOT NULL OR venue_name IS NOT NULL OR place_id IS NOT NULL)`,
    );

    expect(online).toBeGreaterThan(10);
    expect(withVenue).toBe(0);
  });

  it('tags every opportunity with an SDG and a skill', async () => {
    const untagged = await count(
      `SELECT count(*) FROM opportunities o
       WHERE NOT EXISTS (SELECT 1 FROM opportunity_sdgs s WHERE s.opportunity_id = o.id)
          OR NOT EXISTS (SELECT 1 FROM opportunity_skills k WHERE k.opportunity_id = o.id)`,
    );

    expect(untagged).toBe(0);
  });

  it('gives every opportunity a future session', async () => {
    const without = await count(
      `SELECT count(*) FROM opportunities o WHERE NOT EXISTS (
         SELECT 1 FROM opportunity_sessions s
         WHERE s.opportunity_id = o.id AND s.starts_at > $1
       )`,
      [now.toISOString()],
    );

    expect(without).toBe(0);
  });

  it('schedules sessions at sensible local hours', async () => {
    const rows = await database.execute(
      `SELECT DISTINCT time_zone,
         extract(hour FROM starts_at AT TIME ZONE time_zone)::int AS hour
       FROM opportunity_sessions ORDER BY 1, 2`,
    );

    expect(new Set(rows.map((row) => row.time_zone))).toEqual(
      new Set(['Australia/Sydney', 'Europe/London']),
    );
    for (const row of rows) {
      expect(row.hour).toBeGreaterThanOrEqual(8);
      expect(row.hour).toBeLessThanOrEqual(18);
    }
  });

  it('keeps a few opportunities unpublished', async () => {
    const rows = await database.execute(
      `SELECT status::text, count(*)::int AS count FROM opportunities
       GROUP BY status ORDER BY status`,
    );
    const statuses = rows.map((row) => row.status);

    expect(statuses).toEqual(['draft', 'pending', 'published']);
  });

  it('gives every council a valid area', async () => {
    const rows = await database.execute(
      `SELECT name, area IS NOT NULL AND ST_IsValid(area) AS valid,
         ST_Area(area::geography) / 1e6 AS km2
       FROM organisations WHERE kind = 'council' ORDER BY name`,
    );
    const others = await count(
      "SELECT count(*) FROM organisations WHERE kind <> 'council' AND area IS NOT NULL",
    );

    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      expect(row).toEqual(expect.objectContaining({ valid: true }));
      expect(Number(row.km2)).toBeGreaterThan(20);
      expect(Number(row.km2)).toBeLessThan(2_000);
    }
    expect(others).toBe(0);
  });

  it('draws council areas around their towns', async () => {
    const rows = await database.execute(
      `SELECT v.town, ST_Covers(o.area, p.location::geometry) AS covered
       FROM (VALUES
         ('Greater Escarpment Shire Council', 'Katoomba', 'AU', '02'),
         ('Greater Escarpment Shire Council', 'Lawson', 'AU', '02'),
         ('Nepean Valley City Council', 'Richmond', 'AU', '02'),
         ('Pennine Edge Borough Council', 'Rochdale', 'GB', 'ENG'),
         ('Mersey Vale Borough Council', 'Altrincham', 'GB', 'ENG')
       ) AS v(council, town, country, admin)
       JOIN organisations o ON o.name = v.council
       CROSS JOIN LATERAL (
         SELECT location FROM places
         WHERE name = v.town AND country_code = v.country
           AND admin_code = v.admin
         ORDER BY population DESC LIMIT 1
       ) AS p`,
    );

    expect(rows).toHaveLength(5);
    for (const row of rows) {
      expect(row).toEqual({ town: row.town, covered: true });
    }
  });

  it('inserts the skill needs it reports', async () => {
    const stored = await count('SELECT count(*) FROM skill_needs');

    expect(result.skillNeeds).toBeGreaterThanOrEqual(8);
    expect(result.skillNeeds).toBeLessThanOrEqual(12);
    expect(stored).toBe(result.skillNeeds);
  });

  it('gives each employer open needs', async () => {
    const rows = await database.execute(
      `SELECT o.kind::text, count(n.id)::int AS needs FROM organisations o
       LEFT JOIN skill_needs n ON n.employer_id = o.id
       WHERE o.kind = 'employer' OR n.id IS NOT NULL
       GROUP BY o.id, o.kind`,
    );

    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(rows.length).toBeLessThanOrEqual(6);
    for (const row of rows) {
      expect(row.kind).toBe('employer');
      expect(row.needs).toBeGreaterThanOrEqual(1);
    }
  });

  it('keeps every need open for one to six months', async () => {
    const rows = await database.execute(
      `SELECT status::text, closes_on - $1::date AS days FROM skill_needs`,
      [now.toISOString().slice(0, 10)],
    );

    for (const row of rows) {
      expect(row.status).toBe('open');
      expect(Number(row.days)).toBeGreaterThanOrEqual(28);
      expect(Number(row.days)).toBeLessThanOrEqual(186);
    }
  });

  it('asks needs for known skills only', async () => {
    const unknown = await count(
      `SELECT count(*) FROM skill_needs n, unnest(n.skill_ids) AS skill(id)
       WHERE NOT EXISTS (SELECT 1 FROM skills s WHERE s.id = skill.id)`,
    );
    const sizes = await database.execute(
      `SELECT DISTINCT cardinality(skill_ids) AS size FROM skill_needs`,
    );

    expect(unknown).toBe(0);
    for (const row of sizes) {
      expect(Number(row.size)).toBeGreaterThanOrEqual(1);
      expect(Number(row.size)).toBeLessThanOrEqual(4);
    }
  });

  it('places needs in their region', async () => {
    const far = await count(
      `SELECT count(*) FROM skill_needs n WHERE NOT EXISTS (
         SELECT 1 FROM places p
         WHERE p.name IN ('Katoomba', 'Parramatta', 'Manchester')
           AND p.country_code IN ('AU', 'GB')
           AND ST_DWithin(p.location, n.location, 60000)
       )`,
    );
    const countries = await database.execute(
      `SELECT p.country_code, count(*)::int AS needs FROM skill_needs n
       JOIN places p ON p.id = n.place_id
       GROUP BY p.country_code ORDER BY p.country_code`,
    );

    expect(far).toBe(0);
    expect(countries.map((row) => row.country_code)).toEqual(['AU', 'GB']);
  });

  it('picks the nearest place for each need', async () => {
    const wrong = await count(
      `SELECT count(*) FROM skill_needs n
       WHERE n.place_id IS DISTINCT FROM (
         SELECT p.id FROM places p ORDER BY p.location <-> n.location LIMIT 1
       )`,
    );

    expect(wrong).toBe(0);
  });

  it('leaves skill gaps in council areas', async () => {
    // Mirrors the skill gaps of council insights at a gap distance of 10 km.
    const rows = await database.execute(
      `SELECT DISTINCT c.name FROM organisations c
       JOIN skill_needs n ON ST_Covers(c.area, n.location::geometry)
       CROSS JOIN LATERAL unnest(n.skill_ids) AS skill(id)
       WHERE c.kind = 'council' AND NOT EXISTS (
         SELECT 1 FROM opportunities o
         JOIN opportunity_skills l
           ON l.opportunity_id = o.id AND l.skill_id = skill.id
         WHERE o.status = 'published'
           AND ST_DWithin(o.location, n.location, 10000)
       )
       ORDER BY c.name`,
    );

    expect(rows.map((row) => row.name)).toEqual([
      'Greater Escarpment Shire Council',
      'Mersey Vale Borough Council',
      'Nepean Valley City Council',
    ]);
  });

  it('does nothing when run again', async () => {
    const before = await count('SELECT count(*) FROM opportunity_sessions');
    const again = await seedDemoData(database.execute, { now });

    expect(again).toEqual({ providers: 0, opportunities: 0, skillNeeds: 0 });
    expect(await count('SELECT count(*) FROM opportunities')).toBe(
      result.opportunities,
    );
    expect(await count('SELECT count(*) FROM opportunity_sessions')).toBe(
      before,
    );
  });

  it('rejects an invalid now', async () => {
    await expect(
      seedDemoData(database.execute, { now: new Date('nope') }),
    ).rejects.toThrow('seedDemoData needs a valid Date as now');
  });
});
