import {
  openTestDatabase,
  TEST_DATABASE_TIMEOUT_MS,
  type TestDatabase,
} from '../../testing/test-database.js';
import { seedGazetteer } from './seed-gazetteer.js';

describe('seedGazetteer', () => {
  let database: TestDatabase;
  let firstRunInserted: number;

  beforeAll(async () => {
    database = await openTestDatabase();
    firstRunInserted = await seedGazetteer(database.execute, ['AU', 'GB']);
  }, TEST_DATABASE_TIMEOUT_MS);

  afterAll(async () => {
    await database?.close();
  });

  it('inserts every town of the countries', async () => {
    const rows = await database.execute(
      `SELECT country_code, count(*)::int AS places
       FROM places GROUP BY country_code ORDER BY country_code`,
    );

    expect(rows).toEqual([
      { country_code: 'AU', places: 3823 },
      { country_code: 'GB', places: 4301 },
    ]);
    expect(firstRunInserted).toBe(3823 + 4301);
  });

  it('stores Katoomba with its position', async () => {
    const [katoomba] = await database.execute(
      `SELECT id, search_name, admin_code, population,
         ST_X(location::geometry) AS lon, ST_Y(location::geometry) AS lat
       FROM places WHERE name = 'Katoomba' AND country_code = 'AU'`,
    );

    expect(katoomba).toBeDefined();
    expect(katoomba?.id).toBe(2161776);
    expect(katoomba?.search_name).toBe('katoomba');
    expect(katoomba?.admin_code).toBe('02');
    expect(katoomba?.population).toBeGreaterThan(0);
    expect(katoomba?.lat).toBeCloseTo(-33.71, 1);
    expect(katoomba?.lon).toBeCloseTo(150.31, 1);
  });

  it('stores Manchester in England', async () => {
    const rows = await database.execute(
      `SELECT admin_code, population FROM places
       WHERE search_name = 'manchester' AND country_code = 'GB'`,
    );

    expect(rows).toEqual([{ admin_code: 'ENG', population: 395515 }]);
  });

  it('finds places by accent-free prefix', async () => {
    await seedGazetteer(database.execute, ['nz']);
    const rows = await database.execute(
      `SELECT name FROM places
       WHERE search_name LIKE $1 AND country_code = 'NZ'
       ORDER BY population DESC LIMIT 1`,
      ['christch%'],
    );

    expect(rows).toEqual([{ name: 'Christchurch' }]);
  });

  it('inserts nothing when run again', async () => {
    const inserted = await seedGazetteer(database.execute, ['AU', 'GB']);
    const [total] = await database.execute(
      `SELECT count(*)::int AS places FROM places WHERE country_code <> 'NZ'`,
    );

    expect(inserted).toBe(0);
    expect(total?.places).toBe(3823 + 4301);
  });

  it('rejects an unknown country code', async () => {
    await expect(seedGazetteer(database.execute, ['AU', 'XX'])).rejects.toThrow(
      'Unknown gazetteer country "XX"',
    );
  });

  it('rejects an empty country list', async () => {
    await expect(seedGazetteer(database.execute, [])).rejects.toThrow(
      'No gazetteer countries given',
    );
  });
});
