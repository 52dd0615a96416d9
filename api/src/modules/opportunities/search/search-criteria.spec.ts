import { BadUserInputError } from '../../../common/errors/domain-error.js';
import {
  boxCentre,
  buildSearchCriteria,
  DEFAULT_RADIUS_KM,
  splitBoundingBox,
} from './search-criteria.js';

const noPlaces = async () => {
  throw new Error('unexpected place lookup');
};

describe('buildSearchCriteria', () => {
  it('defaults the radius to 25 km around near', async () => {
    const criteria = await buildSearchCriteria(
      { near: { latitude: -33.7, longitude: 150.3 } },
      noPlaces,
    );
    expect(criteria.radiusMetres).toBe(DEFAULT_RADIUS_KM * 1000);
    expect(criteria.origin).toEqual({ latitude: -33.7, longitude: 150.3 });
    expect(criteria.reportsDistance).toBe(true);
  });

  it('resolves a place id through the locator', async () => {
    const criteria = await buildSearchCriteria(
      { near: { placeId: '2161314' }, radiusKm: 5 },
      async (id) => {
        expect(id).toBe('2161314');

        return { latitude: -33.71, longitude: 150.31 };
      },
    );
    expect(criteria.origin).toEqual({ latitude: -33.71, longitude: 150.31 });
    expect(criteria.radiusMetres).toBe(5000);
  });

  it('orders a viewport search from its centre without distances', async () => {
    const criteria = await buildSearchCriteria(
      { bbox: { west: 150, south: -34, east: 151, north: -33 } },
      noPlaces,
    );
    expect(criteria.origin).toEqual({ latitude: -33.5, longitude: 150.5 });
    expect(criteria.reportsDistance).toBe(false);
    expect(criteria.radiusMetres).toBeNull();
  });

  it('drops empty filter lists and duplicates', async () => {
    const criteria = await buildSearchCriteria(
      {
        filter: { sdgs: [], skills: ['creativity', 'creativity'], text: '  ' },
      },
      noPlaces,
    );
    expect(criteria.filter.sdgs).toBeNull();
    expect(criteria.filter.skills).toEqual(['creativity']);
    expect(criteria.filter.text).toBeNull();
  });

  it('accepts the edges of every range', async () => {
    await expect(
      buildSearchCriteria(
        { near: { latitude: 90, longitude: -180 }, radiusKm: 200 },
        noPlaces,
      ),
    ).resolves.toBeDefined();
  });

  it('raises BadUserInputError for an out-of-range value', async () => {
    await expect(
      buildSearchCriteria(
        { near: { latitude: 90.01, longitude: 0 } },
        noPlaces,
      ),
    ).rejects.toThrow(BadUserInputError);
  });
});

describe('splitBoundingBox', () => {
  it('keeps an ordinary box whole', () => {
    expect(splitBoundingBox({ west: 1, south: 2, east: 3, north: 4 })).toEqual([
      { west: 1, south: 2, east: 3, north: 4 },
    ]);
  });

  it('splits a box that crosses the antimeridian', () => {
    expect(
      splitBoundingBox({ west: 177, south: -20, east: -179, north: -15 }),
    ).toEqual([
      { west: 177, south: -20, east: 180, north: -15 },
      { west: -180, south: -20, east: -179, north: -15 },
    ]);
  });
});

describe('boxCentre', () => {
  it('finds the centre across the antimeridian', () => {
    const centre = boxCentre({ west: 170, south: -10, east: -170, north: 10 });
    expect(centre.latitude).toBe(0);
    expect(Math.abs(centre.longitude)).toBe(180);
  });

  it('finds the centre east of the antimeridian', () => {
    const centre = boxCentre({ west: 178, south: 0, east: -176, north: 2 });
    expect(centre.longitude).toBe(-179);
  });
});
