import type { Random } from '../random/random.js';

/** Mean Earth radius in metres (IUGG), the sphere these conversions assume. */
export const EARTH_RADIUS_METRES = 6_371_008.8;

const METRES_PER_DEGREE_LATITUDE = (Math.PI * EARTH_RADIUS_METRES) / 180;

/** A WGS 84 position in GeoJSON order. */
export interface LonLat {
  lon: number;
  lat: number;
}

function toRadians(degrees: number): number {
  return (degrees * Math.PI) / 180;
}

/**
 * Moves a point a random distance of up to `maxMetres` in a random direction,
 * uniformly over the disc. A degree of longitude shrinks with the cosine of
 * the latitude, so the east-west offset is scaled by it.
 */
export function jitterPoint(
  point: LonLat,
  maxMetres: number,
  random: Random,
): LonLat {
  // The square root spreads points evenly over the disc's area.
  const distance = maxMetres * Math.sqrt(random.next());
  const bearing = 2 * Math.PI * random.next();
  const north = distance * Math.cos(bearing);
  const east = distance * Math.sin(bearing);
  const metresPerDegreeLongitude =
    METRES_PER_DEGREE_LATITUDE * Math.cos(toRadians(point.lat));

  return {
    lon: point.lon + east / metresPerDegreeLongitude,
    lat: point.lat + north / METRES_PER_DEGREE_LATITUDE,
  };
}

/** Great-circle distance in metres on the sphere of {@link EARTH_RADIUS_METRES}. */
export function haversineMetres(a: LonLat, b: LonLat): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLon = toRadians(b.lon - a.lon);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRadians(a.lat)) *
      Math.cos(toRadians(b.lat)) *
      Math.sin(dLon / 2) ** 2;

  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.sqrt(h));
}
