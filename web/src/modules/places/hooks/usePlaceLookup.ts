import { useEffect } from 'react';

import type { PlaceFieldsFragment } from '@/gql/graphql';
import { isNotFound } from '@/lib/graphql/errors';
import { useQuery } from '@/lib/graphql/useQuery';

import { PlaceQuery } from '../graphql/places';

/**
 * Loads a place known only by id, as from a shared link, and hands it to
 * `onLoaded`, or null when the id does not exist. Other failures are
 * returned for the page to show with a retry.
 */
export function usePlaceLookup(
  placeId: string | null,
  onLoaded: (place: PlaceFieldsFragment | null) => void,
) {
  const result = useQuery(
    PlaceQuery,
    placeId === null ? null : { id: placeId },
  );

  useEffect(
    function reportLoadedPlace() {
      if (result.status === 'success') {
        onLoaded(result.data.place ?? null);
      } else if (result.status === 'error' && isNotFound(result.error)) {
        onLoaded(null);
      }
    },
    [result.status, result.data, result.error, onLoaded],
  );

  return {
    error:
      result.status === 'error' && !isNotFound(result.error)
        ? result.error
        : undefined,
    retry: result.retry,
  };
}
