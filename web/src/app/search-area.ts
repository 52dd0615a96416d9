import type {
  BoundingBoxInput,
  NearInput,
  OpportunityFilterInput,
  PlaceFieldsFragment,
} from '@/gql/graphql';
import {
  type SearchFilters,
  toFilterInput,
} from '@/modules/filters/search-state';
import { coarsen, type GeoPoint } from '@/modules/map/geo';

/** The area a search covers. Of these, only a place id is written to the URL. */
export type SearchArea =
  | { kind: 'none'; missingPlaceId?: string }
  | { kind: 'place'; placeId: string; place: PlaceFieldsFragment | null }
  | { kind: 'device'; point: GeoPoint }
  | { kind: 'bbox'; bbox: BoundingBoxInput };

/** The arguments that `opportunities` and `opportunityMarkers` share. */
export interface SearchVariables {
  near?: NearInput;
  radiusKm?: number;
  bbox?: BoundingBoxInput;
  filter?: OpportunityFilterInput;
}

/** Builds the query arguments, or null while there is nothing to search. */
export function toSearchVariables(
  area: SearchArea,
  radiusKm: number,
  filters: SearchFilters,
): SearchVariables | null {
  const filter = toFilterInput(filters);
  switch (area.kind) {
    case 'none':
      return null;
    case 'place':
      // A place from a shared link is looked up first, so that an unknown id
      // shows one clear message instead of a failed search.
      return area.place === null
        ? null
        : { near: { placeId: area.placeId }, radiusKm, filter };
    case 'device':
      return { near: coarsen(area.point), radiusKm, filter };
    case 'bbox':
      return { bbox: area.bbox, filter };
  }
}

/** Returns the centre of a radius search, or null until it is known. */
export function searchCentre(area: SearchArea): GeoPoint | null {
  switch (area.kind) {
    case 'place':
      return area.place?.location ?? null;
    case 'device':
      return area.point;
    case 'none':
    case 'bbox':
      return null;
  }
}
