import { exportUrl, toExportParams } from './export-links';

function paramsOf(url: string): URLSearchParams {
  return new URL(url, 'http://localhost').searchParams;
}

describe('toExportParams', () => {
  test('place search sends place id and radius', () => {
    const params = toExportParams({
      near: { placeId: '2161376' },
      radiusKm: 10,
    });

    expect(params.get('placeId')).toBe('2161376');
    expect(params.get('radiusKm')).toBe('10');
    expect(params.has('lat')).toBe(false);
    expect(params.has('lng')).toBe(false);
    expect(params.has('west')).toBe(false);
  });

  test('device search sends latitude and longitude', () => {
    const params = toExportParams({
      near: { latitude: -33.713, longitude: 150.311 },
      radiusKm: 25,
    });

    expect(params.get('lat')).toBe('-33.713');
    expect(params.get('lng')).toBe('150.311');
    expect(params.get('radiusKm')).toBe('25');
    expect(params.has('placeId')).toBe(false);
  });

  test('map area sends the four edges', () => {
    const params = toExportParams({
      bbox: { west: 179.5, south: -41.5, east: -179.5, north: -40.25 },
    });

    expect(params.get('west')).toBe('179.5');
    expect(params.get('south')).toBe('-41.5');
    expect(params.get('east')).toBe('-179.5');
    expect(params.get('north')).toBe('-40.25');
    expect(params.has('radiusKm')).toBe(false);
    expect(params.has('lat')).toBe(false);
  });

  test('every filter maps to its parameter', () => {
    const params = toExportParams({
      near: { placeId: '2161376' },
      radiusKm: 25,
      filter: {
        sdgs: [4, 13],
        skills: ['creativity', 'ict-literacy'],
        kinds: ['WORKSHOP', 'YOUTH_CAFE'],
        modes: ['ONLINE', 'HYBRID'],
        freeOnly: true,
        age: 17,
        startsAfter: '2026-12-01T00:00:00.000Z',
        startsBefore: '2027-01-01T00:00:00.000Z',
        text: ' bike repair ',
      },
    });

    expect(params.get('sdgs')).toBe('4,13');
    expect(params.get('skills')).toBe('creativity,ict-literacy');
    expect(params.get('kinds')).toBe('WORKSHOP,YOUTH_CAFE');
    expect(params.get('modes')).toBe('ONLINE,HYBRID');
    expect(params.get('freeOnly')).toBe('true');
    expect(params.get('age')).toBe('17');
    expect(params.get('startsAfter')).toBe('2026-12-01T00:00:00.000Z');
    expect(params.get('startsBefore')).toBe('2027-01-01T00:00:00.000Z');
    expect(params.get('text')).toBe('bike repair');
  });

  test('unset and empty filters are left out', () => {
    const params = toExportParams({
      near: { placeId: '2161376' },
      radiusKm: 25,
      filter: {
        sdgs: [],
        skills: null,
        kinds: [],
        freeOnly: false,
        age: null,
        text: '  ',
      },
    });

    expect([...params.keys()]).toEqual(['placeId', 'radiusKm']);
  });

  test('age 0 is kept', () => {
    const params = toExportParams({ bbox: BBOX, filter: { age: 0 } });

    expect(params.get('age')).toBe('0');
  });
});

const BBOX = { west: 150, south: -34, east: 151, north: -33 };

describe('exportUrl', () => {
  test('names the format in the path', () => {
    expect(exportUrl('geojson', { bbox: BBOX })).toMatch(
      /^\/api\/opportunities\/export\.geojson\?/,
    );
    expect(exportUrl('csv', { bbox: BBOX })).toMatch(
      /^\/api\/opportunities\/export\.csv\?/,
    );
  });

  test('encodes reserved characters in text', () => {
    const url = exportUrl('csv', {
      bbox: BBOX,
      filter: { text: 'art & craft #2 = 100%?' },
    });

    expect(url).toContain('text=art+%26+craft+%232+%3D+100%25%3F');
    expect(paramsOf(url).get('text')).toBe('art & craft #2 = 100%?');
    expect(paramsOf(url).get('west')).toBe('150');
  });

  test('commas in lists reach the server as list separators', () => {
    const url = exportUrl('geojson', {
      near: { placeId: '1' },
      radiusKm: 5,
      filter: { sdgs: [1, 4] },
    });

    expect(paramsOf(url).get('sdgs')).toBe('1,4');
  });

  test('search without area or filters has no query', () => {
    expect(exportUrl('csv', {})).toBe('/api/opportunities/export.csv');
  });
});
