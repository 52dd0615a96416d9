import type { Position } from 'geojson';

import { DomainError } from '../../../common/errors/domain-error.js';
import {
  MAX_AREA_POSITIONS,
  parseCouncilArea,
} from './council-area-geojson.js';

/** A closed square ring around Katoomba, [longitude, latitude]. */
const RING: Position[] = [
  [150.2, -33.8],
  [150.4, -33.8],
  [150.4, -33.6],
  [150.2, -33.6],
  [150.2, -33.8],
];
const POLYGON = { type: 'Polygon', coordinates: [RING] };
const MULTI = { type: 'MultiPolygon', coordinates: [[RING], [RING]] };

function failure(value: unknown): DomainError {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  try {
    parseCouncilArea(text, 'input.geoJson');
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('parseCouncilArea accepted the area');
}

describe('parseCouncilArea accepted inputs', () => {
  it('wraps a Polygon as a MultiPolygon', () => {
    const parsed = parseCouncilArea(JSON.stringify(POLYGON));
    expect(parsed.parts).toEqual([
      { path: '', geometry: { type: 'MultiPolygon', coordinates: [[RING]] } },
    ]);
    expect(parsed.positionCount).toBe(5);
  });

  it('keeps a MultiPolygon', () => {
    const parsed = parseCouncilArea(JSON.stringify(MULTI));
    expect(parsed.parts[0]!.geometry.coordinates).toHaveLength(2);
    expect(parsed.positionCount).toBe(10);
  });

  it('reads the geometry of a Feature', () => {
    const feature = { type: 'Feature', properties: {}, geometry: POLYGON };
    const parsed = parseCouncilArea(JSON.stringify(feature));
    expect(parsed.parts[0]!.path).toBe('geometry');
  });

  it('reads one part per feature of a FeatureCollection', () => {
    const collection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { ward: 'A' }, geometry: POLYGON },
        { type: 'Feature', properties: { ward: 'B' }, geometry: MULTI },
      ],
    };
    const parsed = parseCouncilArea(JSON.stringify(collection));
    expect(parsed.parts.map((part) => part.path)).toEqual([
      'features[0].geometry',
      'features[1].geometry',
    ]);
    expect(parsed.positionCount).toBe(15);
  });

  it('drops altitudes', () => {
    const ring = RING.map(([x, y]) => [x!, y!, 1015]);
    const parsed = parseCouncilArea(
      JSON.stringify({ type: 'Polygon', coordinates: [ring] }),
    );
    expect(parsed.parts[0]!.geometry.coordinates[0]![0]).toEqual(RING);
  });

  it('accepts a declared WGS84 coordinate system', () => {
    const named = {
      ...POLYGON,
      crs: {
        type: 'name',
        properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' },
      },
    };
    expect(parseCouncilArea(JSON.stringify(named)).parts).toHaveLength(1);
  });
});

describe('parseCouncilArea rejected inputs', () => {
  it('reports where invalid JSON fails', () => {
    const error = failure('{"type": "Polygon",\n "coordinates": [1 2]}');
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details.field).toBe('input.geoJson');
    expect(error.message).toMatch(
      /not valid JSON: .* at line 2, column 20 \(position 39\)/,
    );
  });

  it('rejects other geometry types', () => {
    const error = failure({ type: 'Point', coordinates: [150.3, -33.7] });
    expect(error.message).toContain('"Point"');
    expect(error.message).toContain('FeatureCollection');
  });

  it('rejects a feature without geometry', () => {
    const error = failure({ type: 'Feature', geometry: null });
    expect(error.message).toContain('geometry is missing');
  });

  it('rejects a collection with a line feature', () => {
    const error = failure({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: POLYGON },
        {
          type: 'Feature',
          geometry: { type: 'LineString', coordinates: RING },
        },
      ],
    });
    expect(error.message).toContain('features[1].geometry');
    expect(error.message).toContain('"LineString"');
  });

  it('rejects an empty collection', () => {
    const error = failure({ type: 'FeatureCollection', features: [] });
    expect(error.message).toContain('no features');
  });

  it('rejects an open ring', () => {
    const open = RING.slice(0, 4).concat([[150.25, -33.8]]);
    const error = failure({ type: 'Polygon', coordinates: [open] });
    expect(error.message).toContain('coordinates[0] is not closed');
  });

  it('rejects a ring of three positions', () => {
    const short = [RING[0], RING[1], RING[0]];
    const error = failure({ type: 'Polygon', coordinates: [short] });
    expect(error.message).toContain('has 3 positions; expected at least 4');
  });

  it('rejects non-numeric coordinates', () => {
    const ring = RING.map((position, i) =>
      i === 2 ? ['150', '-33'] : position,
    );
    const error = failure({ type: 'Polygon', coordinates: [ring] });
    expect(error.message).toContain('coordinates[0][2]');
    expect(error.message).toContain('finite numbers');
  });

  it('rejects projected coordinates with a WGS84 hint', () => {
    const metres = [
      [250000, 6260000],
      [260000, 6260000],
      [260000, 6270000],
      [250000, 6260000],
    ];
    const error = failure({ type: 'Polygon', coordinates: [metres] });
    expect(error.message).toContain('coordinates[0][0] is [250000, 6260000]');
    expect(error.message).toContain('EPSG:4326');
  });

  it('points out swapped longitude and latitude', () => {
    const swapped = RING.map(([x, y]) => [y!, x!]);
    const error = failure({ type: 'Polygon', coordinates: [swapped] });
    expect(error.message).toContain('look swapped');
  });

  it('rejects a declared projected coordinate system', () => {
    const error = failure({
      ...POLYGON,
      crs: { type: 'name', properties: { name: 'EPSG:28356' } },
    });
    expect(error.message).toContain('EPSG:28356');
    expect(error.message).toContain('EPSG:4326');
  });

  it('rejects too many positions', () => {
    const ring: Position[] = [];
    for (let i = 0; i < MAX_AREA_POSITIONS; i += 1) {
      ring.push([150 + i / MAX_AREA_POSITIONS, -33.8]);
    }
    ring.push(ring[0]!);
    const error = failure({ type: 'Polygon', coordinates: [ring] });
    expect(error.message).toContain('more than 200,000 positions');
  });
});

describe('parseCouncilArea edges across ±180', () => {
  const FIJI: Position[] = [
    [179, -17],
    [-179, -17],
    [-179, -16],
    [179, -16],
    [179, -17],
  ];

  it('rejects an edge spanning over 180°', () => {
    const error = failure({ type: 'Polygon', coordinates: [FIJI] });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details.field).toBe('input.geoJson');
    expect(error.message).toContain('spans 358° of longitude');
    expect(error.message).toContain('split into two polygons at ±180');
  });

  it('names the path of the edge', () => {
    const error = failure({
      type: 'MultiPolygon',
      coordinates: [[RING], [FIJI]],
    });
    expect(error.message).toContain(
      'from coordinates[1][0][0] [179, -17] to coordinates[1][0][1] [-179, -17]',
    );
  });

  it('accepts the area split at ±180', () => {
    const east: Position[] = [
      [179, -17],
      [180, -17],
      [180, -16],
      [179, -16],
      [179, -17],
    ];
    const west: Position[] = [
      [-180, -17],
      [-179, -17],
      [-179, -16],
      [-180, -16],
      [-180, -17],
    ];
    const parsed = parseCouncilArea(
      JSON.stringify({ type: 'MultiPolygon', coordinates: [[east], [west]] }),
    );
    expect(parsed.positionCount).toBe(10);
  });

  it('accepts an edge of exactly 180°', () => {
    const strip: Position[] = [
      [0, 0],
      [180, 0],
      [180, 1],
      [0, 1],
      [0, 0],
    ];
    const parsed = parseCouncilArea(
      JSON.stringify({ type: 'Polygon', coordinates: [strip] }),
    );
    expect(parsed.positionCount).toBe(5);
  });
});
