import type { SearchVariables } from '@/app/search-area';
import { useQuery } from '@/lib/graphql/useQuery';

import { OpportunityMarkersQuery } from '../graphql/map';

/** The API's maximum. Past it, the response sets `truncated`. */
export const MARKER_LIMIT = 5000;

/** Loads the light-weight markers of every match for the map. */
export function useOpportunityMarkers(search: SearchVariables | null) {
  return useQuery(
    OpportunityMarkersQuery,
    search === null ? null : { ...search, limit: MARKER_LIMIT },
  );
}
