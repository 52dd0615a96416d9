import { toGeoJsonPolygon } from './area-geojson';

describe('toGeoJsonPolygon', () => {
  test('closes the ring longitude first', () => {
    const polygon = JSON.parse(
      toGeoJsonPolygon([
        { latitude: -33.6, longitude: 150.2 },
        { latitude: -33.6, longitude: 150.4 },
        { latitude: -33.8, longitude: 150.4 },
      ]),
    ) as unknown;

    expect(polygon).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [150.2, -33.6],
          [150.4, -33.6],
          [150.4, -33.8],
          [150.2, -33.6],
        ],
      ],
    });
  });
});
