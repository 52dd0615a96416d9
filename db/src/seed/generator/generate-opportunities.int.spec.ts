import {
  openTestDatabase,
  TEST_DATABASE_TIMEOUT_MS,
  type TestDatabase,
} from '../../testing/test-database.js';
import { seedGazetteer } from '../gazetteer/seed-gazetteer.js';
import {
  generateOpportunities,
  type GenerateResult,
} from './generate-opportunities.js';
import type { GenerateProgress } from './generate-options.js';

const COUNT = 2_345;

describe('generateOpportunities', () => {
  const now = new Date();
  let database: TestDatabase;
  let emptyGazetteerError: unknown;
  const progress: GenerateProgress[] = [];
  let result: GenerateResult;

  beforeAll(async () => {
    database = await openTestDatabase();
    emptyGazetteerError = await generateOpportunities(database.execute, {
      count: 1,
      seed: 1,
      now,
    }).catch((error: unknown) => error);
    await seedGazetteer(database.execute, ['AU', 'GB', 'NZ', 'FJ', 'IE']);
    result = await generateOpportunities(database.execute, {
      count: COUNT,
      seed: 7,
      now,
      batchSize: 1_000,
      onProgress: (report) => progress.push(report),
    });
  }, TEST_DATABASE_TIMEOUT_MS);

  afterAll(async () => {
    await database?.close();
  });

  const count = async (sql: string) => {
    const [row] = await database.execute(sql);

    return Number(row?.count);
  };

  it('rejects an empty gazetteer', () => {
    expect((emptyGazetteerError as Error).message).toBe(
      'The places table is empty; run seedGazetteer before generateOpportunities.',
    );
  });

  it('inserts exactly the count', async () => {
    expect(result.opportunities).toBe(COUNT);
    expect(await count('SELECT count(*) FROM opportunities')).toBe(COUNT);
  });

  it('reports progress after each batch', () => {
    expect(progress.map((report) => report.inserted)).toEqual([
      1_000, 2_000, 2_345,
    ]);
    expect(progress.every((report) => report.total === COUNT)).toBe(true);
    expect(progress.at(-1)?.providers).toBe(result.providers);
  });

  it('inserts the providers it uses', async () => {
    const providers = await count(
      "SELECT count(*) FROM organisations WHERE kind = 'provider'",
    );
    const used = await count(
      'SELECT count(DISTINCT provider_id) FROM opportunities',
    );

    expect(providers).toBe(result.providers);
    expect(used).toBe(providers);
  });

  it('counts the sessions it inserted', async () => {
    expect(await count('SELECT count(*) FROM opportunity_sessions')).toBe(
      result.sessions,
    );
  });

  it('spreads opportunities over several countries', async () => {
    const countries = await count(
      `SELECT count(DISTINCT p.country_code) FROM opportunities o
       JOIN places p ON p.id = o.place_id`,
    );

    expect(countries).toBeGreaterThanOrEqual(3);
  });

  it('fills tags, sessions and places', async () => {
    const incomplete = await count(
      `SELECT count(*) FROM opportunities o
       WHERE NOT EXISTS (SELECT 1 FROM opportunity_sdgs s WHERE s.opportunity_id = o.id)
          OR NOT EXISTS (SELECT 1 FROM opportunity_skills k WHERE k.opportunity_id = o.id)
          OR NOT EXISTS (SELECT 1 FROM opportunity_sessions t
                         WHERE t.opportunity_id = o.id AND t.starts_at > now())
          OR (o.location IS NOT NULL AND o.place_id IS NULL)
          OR (o.location IS NULL) <> (o.mode = 'online')`,
    );

    expect(incomplete).toBe(0);
  });

  it('rejects a seed used before', async () => {
    await expect(
      generateOpportunities(database.execute, { count: 5, seed: 7, now }),
    ).rejects.toThrow(
      'Opportunities from seed 7 were generated before; pass another seed.',
    );
    expect(await count('SELECT count(*) FROM opportunities')).toBe(COUNT);
  });

  it('adds more rows with another seed', async () => {
    const more = await generateOpportunities(database.execute, {
      count: 10,
      seed: 8,
      now,
    });

    expect(more.opportunities).toBe(10);
    expect(await count('SELECT count(*) FROM opportunities')).toBe(COUNT + 10);
  });

  it('rejects a count that is not a positive integer', async () => {
    await expect(
      generateOpportunities(database.execute, { count: -3, seed: 9, now }),
    ).rejects.toThrow('count must be a positive integer, not -3.');
  });
});
