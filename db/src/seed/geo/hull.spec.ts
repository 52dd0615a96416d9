import { hullAround, multiPolygonGeoJson } from './hull.js';
import { haversineMetres, type LonLat } from './jitter.js';

const KATOOMBA = { lon: 150.30739, lat: -33.71977 };
const LEURA = { lon: 150.33183, lat: -33.71279 };
const BLACKHEATH = { lon: 150.28472, lat: -33.63333 };

/** Twice the signed area in square degrees; positive when counter-clockwise. */
function signedArea(ring: readonly LonLat[]): number {
  let sum = 0;
  for (let index = 0; index + 1 < ring.length; index += 1) {
    const a = ring[index] as LonLat;
    const b = ring[index + 1] as LonLat;
    sum += a.lon * b.lat - b.lon * a.lat;
  }

  return sum;
}

/** Ray casting: true when `point` lies inside the closed ring. */
function contains(ring: readonly LonLat[], point: LonLat): boolean {
  let inside = false;
  for (let index = 0; index + 1 < ring.length; index += 1) {
    const a = ring[index] as LonLat;
    const b = ring[index + 1] as LonLat;
    const crosses =
      a.lat > point.lat !== b.lat > point.lat &&
      point.lon <
        ((b.lon - a.lon) * (point.lat - a.lat)) / (b.lat - a.lat) + a.lon;
    if (crosses) inside = !inside;
  }

  return inside;
}

describe('hullAround', () => {
  const towns = [KATOOMBA, LEURA, BLACKHEATH];
  const ring = hullAround(towns, 3_000);

  it('closes the ring', () => {
    expect(ring.at(-1)).toEqual(ring[0]);
    expect(ring.length).toBeGreaterThan(4);
  });

  it('runs counter-clockwise', () => {
    expect(signedArea(ring)).toBeGreaterThan(0);
  });

  it('keeps the margin around every town', () => {
    for (const town of towns) {
      for (const corner of ring) {
        expect(haversineMetres(town, corner)).toBeGreaterThan(2_900);
      }
      expect(contains(ring, town)).toBe(true);
    }
  });

  it('reaches no further than the margin', () => {
    for (const corner of ring) {
      const nearest = Math.min(
        ...towns.map((town) => haversineMetres(town, corner)),
      );

      expect(nearest).toBeLessThanOrEqual(3_010);
    }
  });

  it('draws a circle around one point', () => {
    const circle = hullAround([KATOOMBA], 1_000);

    expect(circle).toHaveLength(25);
    expect(contains(circle, KATOOMBA)).toBe(true);
  });

  it('rejects no points or no margin', () => {
    expect(() => hullAround([], 1_000)).toThrow('at least one point');
    expect(() => hullAround([KATOOMBA], 0)).toThrow('positive margin');
  });
});

describe('multiPolygonGeoJson', () => {
  it('writes longitude before latitude', () => {
    const ring = hullAround([KATOOMBA], 1_000);
    const parsed = JSON.parse(multiPolygonGeoJson(ring));

    expect(parsed.type).toBe('MultiPolygon');
    expect(parsed.coordinates).toHaveLength(1);
    expect(parsed.coordinates[0][0][0]).toEqual([ring[0]?.lon, ring[0]?.lat]);
  });
});
