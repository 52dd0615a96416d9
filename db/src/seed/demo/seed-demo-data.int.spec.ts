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

  it('inserts councils verified', async () => {
    const unverified = await count(
      `SELECT count(*) FROM organisations
       WHERE kind = 'council' AND verified_at IS NULL`,
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

  it('does nothing when run again', async () => {
    const before = await count('SELECT count(*) FROM opportunity_sessions');
    const again = await seedDemoData(database.execute, { now });

    expect(again).toEqual({ providers: 0, opportunities: 0 });
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
