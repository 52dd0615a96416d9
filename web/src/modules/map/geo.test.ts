import L from 'leaflet';

import {
  boundsAround,
  coarsen,
  fromLatLng,
  toBoundingBox,
  toGeoJsonPosition,
  toLatLng,
  wrapLongitude,
} from './geo';

describe('geo', () => {
  test('toLatLng puts latitude first', () => {
    expect(toLatLng({ latitude: -33.7, longitude: 150.3 })).toEqual([
      -33.7, 150.3,
    ]);
  });

  test('fromLatLng reads lat and lng', () => {
    expect(fromLatLng(L.latLng(-33.7, 150.3))).toEqual({
      latitude: -33.7,
      longitude: 150.3,
    });
  });

  test('toGeoJsonPosition puts longitude first', () => {
    expect(toGeoJsonPosition({ latitude: -33.7, longitude: 150.3 })).toEqual([
      150.3, -33.7,
    ]);
  });

  test.each([
    [180, -180],
    [190, -170],
    [-190, 170],
    [540, -180],
    [150.3, 150.3],
  ])('wrapLongitude(%d) is %d', (input, expected) => {
    expect(wrapLongitude(input)).toBeCloseTo(expected, 9);
  });

  test('toBoundingBox keeps an ordinary view', () => {
    const bounds = L.latLngBounds([-34, 150], [-33, 151]);

    expect(toBoundingBox(bounds)).toEqual({
      west: 150,
      south: -34,
      east: 151,
      north: -33,
    });
  });

  test('toBoundingBox crosses the antimeridian', () => {
    // Fiji: Leaflet reports a panned view past 180° as east = 181.5.
    const bounds = L.latLngBounds([-19, 177], [-16, 181.5]);

    expect(toBoundingBox(bounds)).toEqual({
      west: 177,
      south: -19,
      east: -178.5,
      north: -16,
    });
  });

  test('toBoundingBox clamps a world view', () => {
    const bounds = L.latLngBounds([-95, -400], [95, 400]);

    expect(toBoundingBox(bounds)).toEqual({
      west: -180,
      south: -90,
      east: 180,
      north: 90,
    });
  });

  test('boundsAround covers the radius', () => {
    const [[south, west], [north, east]] = boundsAround(
      { latitude: -33.71277, longitude: 150.31107 },
      25,
    );

    expect(north - south).toBeCloseTo(0.4497, 3);
    // A degree of longitude is shorter than one of latitude away from the equator.
    expect(east - west).toBeGreaterThan(north - south);
    expect((south + north) / 2).toBeCloseTo(-33.71277, 6);
  });

  test('coarsen rounds to three decimals', () => {
    expect(coarsen({ latitude: -33.712345, longitude: 150.311678 })).toEqual({
      latitude: -33.712,
      longitude: 150.312,
    });
  });
});
