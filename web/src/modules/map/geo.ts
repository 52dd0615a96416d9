import type { Position } from 'geojson';
import type { LatLngBounds, LatLngExpression, LatLngTuple } from 'leaflet';

import type { BoundingBoxInput } from '@/gql/graphql';

/**
 * The only place where the web app converts between the API's
 * `{ latitude, longitude }` objects, Leaflet's `[lat, lng]` tuples and
 * GeoJSON's `[longitude, latitude]` positions.
 */
export interface GeoPoint {
  latitude: number;
  longitude: number;
}

export function toLatLng(point: GeoPoint): LatLngTuple {
  return [point.latitude, point.longitude];
}

export function fromLatLng(latLng: { lat: number; lng: number }): GeoPoint {
  return { latitude: latLng.lat, longitude: latLng.lng };
}

/** Converts a point to a GeoJSON position: longitude first (RFC 7946 §3.1.1). */
export function toGeoJsonPosition(point: GeoPoint): Position {
  return [point.longitude, point.latitude];
}

/** Wraps a longitude into [-180, 180). Leaflet's panned views can exceed it. */
export function wrapLongitude(longitude: number): number {
  return ((((longitude + 180) % 360) + 360) % 360) - 180;
}

function clampLatitude(latitude: number): number {
  return Math.min(90, Math.max(-90, latitude));
}

/**
 * Converts a Leaflet view to the API's bounding box. A view that spans the
 * antimeridian comes out with west > east, which the API accepts as crossing.
 */
export function toBoundingBox(bounds: LatLngBounds): BoundingBoxInput {
  const south = clampLatitude(bounds.getSouth());
  const north = clampLatitude(bounds.getNorth());
  if (bounds.getEast() - bounds.getWest() >= 360) {
    return { west: -180, south, east: 180, north };
  }

  return {
    west: wrapLongitude(bounds.getWest()),
    south,
    east: wrapLongitude(bounds.getEast()),
    north,
  };
}

/** Kilometres per degree of latitude on the WGS 84 mean Earth radius. */
const KM_PER_DEGREE_LATITUDE = 111.195;

/**
 * Returns the corners of the square that encloses a circle of `radiusKm`
 * around `centre`, as Leaflet bounds to fit the map to a radius search.
 */
export function boundsAround(
  centre: GeoPoint,
  radiusKm: number,
): [LatLngTuple, LatLngTuple] {
  const latitudeDelta = radiusKm / KM_PER_DEGREE_LATITUDE;
  const cosine = Math.max(Math.cos((centre.latitude * Math.PI) / 180), 0.01);
  const longitudeDelta = latitudeDelta / cosine;

  return [
    [
      clampLatitude(centre.latitude - latitudeDelta),
      centre.longitude - longitudeDelta,
    ],
    [
      clampLatitude(centre.latitude + latitudeDelta),
      centre.longitude + longitudeDelta,
    ],
  ];
}

/** Initial view before a place is chosen: the whole world. */
export const WORLD_VIEW: { centre: LatLngExpression; zoom: number } = {
  centre: toLatLng({ latitude: 20, longitude: 0 }),
  zoom: 2,
};

/**
 * Rounds device coordinates to three decimals (about 110 m) before they are
 * sent, so the query never carries the reader's exact position.
 */
export function coarsen(point: GeoPoint): GeoPoint {
  return {
    latitude: Math.round(point.latitude * 1000) / 1000,
    longitude: Math.round(point.longitude * 1000) / 1000,
  };
}
