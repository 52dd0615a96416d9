import type { GeoJsonObject } from 'geojson';

import { type GeoPoint, toGeoJsonPosition } from '@/modules/map/geo';

/**
 * Builds a GeoJSON Polygon from the corners drawn on the map, closing the
 * ring.
 */
export function toGeoJsonPolygon(corners: readonly GeoPoint[]): string {
  const ring = [...corners, corners[0]!].map(toGeoJsonPosition);

  return JSON.stringify({ type: 'Polygon', coordinates: [ring] });
}

/** Parses a stored area, or returns null for none or unreadable text. */
export function parseArea(
  area: string | null | undefined,
): GeoJsonObject | null {
  if (area === null || area === undefined || area.trim() === '') return null;
  try {
    const parsed = JSON.parse(area) as GeoJsonObject | null;

    return parsed !== null && typeof parsed.type === 'string' ? parsed : null;
  } catch {
    return null;
  }
}
