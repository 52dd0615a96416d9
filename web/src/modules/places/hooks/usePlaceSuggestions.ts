import type { PlaceFieldsFragment } from '@/gql/graphql';
import { useQuery } from '@/lib/graphql/useQuery';

import { SearchPlacesQuery } from '../graphql/places';
import { useDebouncedValue } from './useDebouncedValue';

const DEBOUNCE_MS = 250;
const SUGGESTION_COUNT = 8;

export interface PlaceSuggestions {
  /** The search text the current suggestions belong to. */
  search: string;
  places: PlaceFieldsFragment[];
  status: 'idle' | 'loading' | 'success' | 'error';
}

/** Asks the API for places that match the typed text, after a pause. */
export function usePlaceSuggestions(text: string): PlaceSuggestions {
  const search = useDebouncedValue(text.trim(), DEBOUNCE_MS);
  const result = useQuery(
    SearchPlacesQuery,
    search.length >= 2 ? { search, first: SUGGESTION_COUNT } : null,
  );

  return {
    search,
    places: result.data?.places ?? [],
    status: result.status,
  };
}
