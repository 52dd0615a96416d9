import { EARTH_RADIUS_METRES, type LonLat } from './jitter.js';

/** Points on each circle; the chords then stay within 1% of the radius. */
const CIRCLE_POINTS = 24;

const METRES_PER_DEGREE_LATITUDE = (Math.PI * EARTH_RADIUS_METRES) / 180;

/**
 * Draws a convex polygon around `points` that keeps about `metres` of
 * margin on every side: the convex hull of a circle around each point.
 * Returns the closed ring counter-clockwise, as RFC 7946 section 3.1.6
 * specifies for exterior rings. Treats degrees as a plane, which is close
 * enough for a town-sized area away from the poles and the antimeridian.
 */
export function hullAround(
  points: readonly LonLat[],
  metres: number,
): LonLat[] {
  if (points.length === 0) {
    throw new Error('hullAround needs at least one point.');
  }
  if (!(metres > 0)) {
    throw new Error(`hullAround needs a positive margin, not ${metres} m.`);
  }
  const corners = points.flatMap((point) => circleAround(point, metres));
  const hull = convexHull(corners);

  return [...hull, hull[0] as LonLat];
}

/** Formats a closed ring as GeoJSON MultiPolygon text. */
export function multiPolygonGeoJson(ring: readonly LonLat[]): string {
  const coordinates = [[ring.map((point) => [point.lon, point.lat])]];

  return JSON.stringify({ type: 'MultiPolygon', coordinates });
}

function circleAround(centre: LonLat, metres: number): LonLat[] {
  const metresPerDegreeLongitude =
    METRES_PER_DEGREE_LATITUDE * Math.cos((centre.lat * Math.PI) / 180);
  const circle: LonLat[] = [];
  for (let index = 0; index < CIRCLE_POINTS; index += 1) {
    const bearing = (2 * Math.PI * index) / CIRCLE_POINTS;
    circle.push({
      lon: round(
        centre.lon + (metres * Math.sin(bearing)) / metresPerDegreeLongitude,
      ),
      lat: round(
        centre.lat + (metres * Math.cos(bearing)) / METRES_PER_DEGREE_LATITUDE,
      ),
    });
  }

  return circle;
}

/** Six decimals of a degree are about 0.1 m, so the GeoJSON stays short. */
function round(degrees: number): number {
  return Math.round(degrees * 1e6) / 1e6;
}

/**
 * Andrew's monotone chain: the hull's corners counter-clockwise, without
 * repeated or collinear points, starting at the lowest longitude.
 */
function convexHull(points: readonly LonLat[]): LonLat[] {
  const sorted = [...points].sort((a, b) => a.lon - b.lon || a.lat - b.lat);
  const lower = halfHull(sorted);
  const upper = halfHull([...sorted].reverse());

  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

function halfHull(sorted: readonly LonLat[]): LonLat[] {
  const chain: LonLat[] = [];
  for (const point of sorted) {
    while (
      chain.length >= 2 &&
      cross(chain.at(-2) as LonLat, chain.at(-1) as LonLat, point) <= 0
    ) {
      chain.pop();
    }
    chain.push(point);
  }

  return chain;
}

/** Positive when o → a → b turns left (counter-clockwise). */
function cross(o: LonLat, a: LonLat, b: LonLat): number {
  return (a.lon - o.lon) * (b.lat - o.lat) - (a.lat - o.lat) * (b.lon - o.lon);
}
