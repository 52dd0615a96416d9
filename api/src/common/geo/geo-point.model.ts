import { Field, Float, ObjectType } from '@nestjs/graphql';
import type { Point } from 'geojson';

@ObjectType({ description: 'A position in WGS 84 degrees.' })
export class GeoPoint {
  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;
}

/**
 * Converts a GeoJSON point, whose coordinates are [longitude, latitude], to
 * the API's named fields. This is the API's only reading of GeoJSON order.
 */
export function geoPointFromGeoJson(point: Point): GeoPoint {
  const [longitude, latitude] = point.coordinates;
  if (longitude === undefined || latitude === undefined) {
    throw new Error('GeoJSON point has fewer than two coordinates');
  }

  return { latitude, longitude };
}
