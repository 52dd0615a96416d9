import { Random } from '../random/random.js';
import { haversineMetres, jitterPoint } from './jitter.js';

const KATOOMBA = { lon: 150.30739, lat: -33.71977 };
const TROMSO = { lon: 18.95508, lat: 69.6489 };

describe('jitterPoint', () => {
  it.each([
    ['Katoomba', KATOOMBA],
    ['Tromsø', TROMSO],
  ])('stays within the radius near %s', (_name, centre) => {
    const random = new Random(17);
    const distances = Array.from({ length: 5_000 }, () =>
      haversineMetres(centre, jitterPoint(centre, 2_000, random)),
    );

    // The flat-earth offset is off by well under 0.1% at this scale.
    expect(Math.max(...distances)).toBeLessThanOrEqual(2_002);
    expect(Math.max(...distances)).toBeGreaterThan(1_950);
  });

  it('spreads points evenly over the disc', () => {
    const random = new Random(23);
    const distances = Array.from({ length: 5_000 }, () =>
      haversineMetres(KATOOMBA, jitterPoint(KATOOMBA, 2_000, random)),
    );
    const inner = distances.filter((distance) => distance < 1_000).length;

    // A quarter of a disc's area lies within half its radius.
    expect(inner / distances.length).toBeGreaterThan(0.22);
    expect(inner / distances.length).toBeLessThan(0.28);
  });

  it('moves east-west as far as north-south at high latitude', () => {
    const random = new Random(29);
    let east = 0;
    let north = 0;
    for (let i = 0; i < 5_000; i += 1) {
      const point = jitterPoint(TROMSO, 2_000, random);
      east += haversineMetres(TROMSO, { lon: point.lon, lat: TROMSO.lat });
      north += haversineMetres(TROMSO, { lon: TROMSO.lon, lat: point.lat });
    }

    expect(east / north).toBeGreaterThan(0.95);
    expect(east / north).toBeLessThan(1.05);
  });
});

describe('haversineMetres', () => {
  it('measures Katoomba to Parramatta', () => {
    const parramatta = { lon: 151.00348, lat: -33.8178 };

    // About 65 km by the great circle.
    expect(haversineMetres(KATOOMBA, parramatta) / 1_000).toBeCloseTo(65, 0);
  });
});
