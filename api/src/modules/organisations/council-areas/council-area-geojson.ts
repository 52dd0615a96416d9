import type { MultiPolygon, Position } from 'geojson';

import { BadUserInputError } from '../../../common/errors/domain-error.js';

/** Maximum number of positions in an area, which bounds the work PostGIS does. */
export const MAX_AREA_POSITIONS = 200_000;

/** A ring needs three corners plus the first corner again to close it. */
const MIN_RING_POSITIONS = 4;

const ACCEPTED_TYPES =
  'a Polygon, a MultiPolygon, a Feature of one, or a FeatureCollection of such features';

const WGS84_HINT =
  'Export the area in WGS84 longitude and latitude (EPSG:4326); projected coordinates such as metres are not accepted.';

/** One polygonal geometry of the uploaded document. */
export interface CouncilAreaPart {
  /** Location of the geometry in the document, such as `features[2].geometry`. */
  path: string;
  /** The geometry with 2D positions, a Polygon wrapped as a MultiPolygon. */
  geometry: MultiPolygon;
}

export interface ParsedCouncilArea {
  /** One part per geometry; PostGIS merges them into one MultiPolygon. */
  parts: CouncilAreaPart[];
  positionCount: number;
}

type JsonObject = Record<string, unknown>;

/**
 * Parses GeoJSON text into the polygons of a council area and checks what
 * can be checked without PostGIS: the structure, each coordinate's range,
 * closed rings and the number of positions. Raises BAD_USER_INPUT on
 * `field` with the path of the first fault.
 *
 * NOTE: the area is stored as a `geometry`, so ST_Covers tests venues
 * against edges that are straight lines in longitude and latitude, while
 * its size is measured on the `geography`, along great circles. An edge
 * spanning more than 180° of longitude would be measured the short way
 * round but tested the long way round, so the parser rejects it. An area
 * that crosses the 180° meridian must therefore be split there into two
 * polygons. Shorter edges still differ a little between the two readings,
 * most for long edges far from the equator.
 */
export function parseCouncilArea(
  text: string,
  field?: string,
): ParsedCouncilArea {
  const parser = new AreaParser(field);
  const document = parser.parseJson(text);

  return { parts: parser.readDocument(document), positionCount: parser.count };
}

class AreaParser {
  count = 0;

  constructor(private readonly field: string | undefined) {}

  fail(message: string): never {
    throw new BadUserInputError(message, this.field);
  }

  parseJson(text: string): unknown {
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      this.fail(
        `The area is not valid JSON: ${describeJsonError(text, error)}`,
      );
    }
  }

  readDocument(document: unknown): CouncilAreaPart[] {
    const root = this.object(document, 'The area');
    this.checkCrs(root);
    switch (root.type) {
      case 'Polygon':
      case 'MultiPolygon':
        return [this.readGeometry(root, '')];
      case 'Feature':
        return [this.readFeature(root, '')];
      case 'FeatureCollection':
        return this.readFeatureCollection(root);
      default:
        return this.fail(
          `The area has GeoJSON type ${describeType(root.type)}; expected ${ACCEPTED_TYPES}.`,
        );
    }
  }

  private readFeatureCollection(root: JsonObject): CouncilAreaPart[] {
    const features = root.features;
    if (!Array.isArray(features) || features.length === 0) {
      this.fail('The FeatureCollection has no features; add at least one.');
    }

    return features.map((feature, index) => {
      const path = `features[${index}]`;
      const object = this.object(feature, path);
      if (object.type !== 'Feature') {
        this.fail(
          `${path} has type ${describeType(object.type)}; expected Feature.`,
        );
      }

      return this.readFeature(object, `${path}.`);
    });
  }

  private readFeature(feature: JsonObject, prefix: string): CouncilAreaPart {
    const path = `${prefix}geometry`;
    const geometry = feature.geometry;
    if (geometry === null || geometry === undefined) {
      this.fail(`${path} is missing; expected a Polygon or MultiPolygon.`);
    }

    return this.readGeometry(this.object(geometry, path), path);
  }

  private readGeometry(geometry: JsonObject, path: string): CouncilAreaPart {
    const at = path === '' ? 'coordinates' : `${path}.coordinates`;
    const coordinates = geometry.coordinates;
    if (geometry.type === 'Polygon') {
      return { path, geometry: multi([this.polygon(coordinates, at)]) };
    }
    if (geometry.type === 'MultiPolygon') {
      const polygons = this.array(coordinates, at, 1, 'polygon');

      return {
        path,
        geometry: multi(
          polygons.map((polygon, i) => this.polygon(polygon, `${at}[${i}]`)),
        ),
      };
    }

    return this.fail(
      `${path || 'The area'} has type ${describeType(geometry.type)}; expected Polygon or MultiPolygon.`,
    );
  }

  private polygon(value: unknown, path: string): Position[][] {
    const rings = this.array(value, path, 1, 'ring');

    return rings.map((ring, i) => this.ring(ring, `${path}[${i}]`));
  }

  private ring(value: unknown, path: string): Position[] {
    const positions = this.array(value, path, MIN_RING_POSITIONS, 'position');
    const ring = positions.map((position, i) =>
      this.position(position, `${path}[${i}]`),
    );
    const [first, last] = [ring[0]!, ring.at(-1)!];
    if (first[0] !== last[0] || first[1] !== last[1]) {
      this.fail(
        `The ring at ${path} is not closed: it starts at [${first.join(', ')}] and ends at [${last.join(', ')}]. Repeat the first position at the end.`,
      );
    }
    this.checkEdgeSpans(ring, path);

    return ring;
  }

  /** Rejects an edge spanning more than 180° of longitude; see the NOTE above. */
  private checkEdgeSpans(ring: Position[], path: string): void {
    for (let i = 1; i < ring.length; i += 1) {
      const [from, to] = [ring[i - 1]!, ring[i]!];
      const span = Math.abs(to[0]! - from[0]!);
      if (span <= 180) continue;
      this.fail(
        `The edge from ${path}[${i - 1}] [${from.join(', ')}] to ${path}[${i}] [${to.join(', ')}] spans ${span}° of longitude, more than 180°. An area that crosses the 180° meridian must be split into two polygons at ±180 (a MultiPolygon): one with longitudes up to 180 and one from -180.`,
      );
    }
  }

  private position(value: unknown, path: string): Position {
    this.count += 1;
    if (this.count > MAX_AREA_POSITIONS) {
      this.fail(
        `The area has more than ${MAX_AREA_POSITIONS.toLocaleString('en')} positions; simplify it (for example with mapshaper or ST_Simplify) and upload it again.`,
      );
    }
    if (!Array.isArray(value) || value.length < 2) {
      this.fail(`${path} is not a position; expected [longitude, latitude].`);
    }
    const [longitude, latitude] = value as unknown[];
    if (!isFiniteNumber(longitude) || !isFiniteNumber(latitude)) {
      this.fail(
        `${path} is ${JSON.stringify(value)}; expected two finite numbers [longitude, latitude].`,
      );
    }
    if (Math.abs(longitude) > 180 || Math.abs(latitude) > 90) {
      this.fail(outOfRangeMessage(path, longitude, latitude));
    }

    return [longitude, latitude];
  }

  /** Rejects a named coordinate reference system other than WGS84. */
  private checkCrs(root: JsonObject): void {
    const crs = root.crs as { properties?: { name?: unknown } } | undefined;
    const name = crs?.properties?.name;
    if (typeof name !== 'string' || /CRS84|EPSG:+4326$/i.test(name)) return;
    this.fail(`The area declares the coordinate system ${name}. ${WGS84_HINT}`);
  }

  private object(value: unknown, path: string): JsonObject {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(`${path} is not a GeoJSON object; expected ${ACCEPTED_TYPES}.`);
    }

    return value as JsonObject;
  }

  private array(
    value: unknown,
    path: string,
    minimum: number,
    item: string,
  ): unknown[] {
    if (!Array.isArray(value)) this.fail(`${path} is missing or not an array.`);
    if (value.length < minimum) {
      this.fail(
        `${path} has ${value.length} ${item}s; expected at least ${minimum}.`,
      );
    }

    return value;
  }
}

function multi(polygons: Position[][][]): MultiPolygon {
  return { type: 'MultiPolygon', coordinates: polygons };
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function describeType(type: unknown): string {
  return typeof type === 'string' ? `"${type}"` : 'missing';
}

function outOfRangeMessage(
  path: string,
  longitude: number,
  latitude: number,
): string {
  const base = `${path} is [${longitude}, ${latitude}]; longitude must be from -180 to 180 and latitude from -90 to 90.`;
  const swapped = Math.abs(latitude) <= 180 && Math.abs(longitude) <= 90;
  if (swapped) {
    return `${base} GeoJSON puts longitude first; the two values look swapped.`;
  }

  return `${base} ${WGS84_HINT}`;
}

/**
 * Describes why JSON.parse failed, adding the line and column when the
 * message gives a position (V8 in Node 20 gives it for most faults).
 */
function describeJsonError(text: string, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  const match = /^(.*) in JSON at position (\d+)/.exec(reason);
  if (match === null) return reason.endsWith('.') ? reason : `${reason}.`;
  const position = Number(match[2]);
  const lines = text.slice(0, position).split('\n');
  const column = lines.at(-1)!.length + 1;

  return `${match[1]} at line ${lines.length}, column ${column} (position ${position}).`;
}
