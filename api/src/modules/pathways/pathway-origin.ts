import { BadUserInputError } from '../../common/errors/domain-error.js';
import type { GeoPoint } from '../../common/geo/geo-point.model.js';
import type { NearInput } from '../opportunities/dto/search.args.js';
import {
  buildSearchCriteria,
  type PlaceLocator,
} from '../opportunities/search/search-criteria.js';

/** A checked point and radius; the point is used for one query only. */
export interface SearchOrigin {
  origin: GeoPoint | null;
  radiusMetres: number;
}

/**
 * Checks `near` and `radiusKm` with the opportunity search's rules, so
 * both searches accept and reject the same values.
 */
export async function resolveOrigin(
  near: NearInput | null | undefined,
  radiusKm: number | null | undefined,
  locatePlace: PlaceLocator,
): Promise<SearchOrigin> {
  const criteria = await buildSearchCriteria({ near, radiusKm }, locatePlace);

  return {
    origin: criteria.reportsDistance ? criteria.origin : null,
    radiusMetres: criteria.radiusMetres ?? 0,
  };
}

/** Rejects a page size outside 1 to `max`. */
export function checkPageSize(field: string, value: number, max: number) {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new BadUserInputError(
      `${field} is ${value}; expected an integer from 1 to ${max}.`,
      field,
    );
  }
}
