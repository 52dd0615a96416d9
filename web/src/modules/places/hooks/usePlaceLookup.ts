import { useEffect, useState } from 'react';

import type { PlaceFieldsFragment } from '../../../gql/graphql';
import { isNotFound } from '../../../lib/graphql/errors';
import { useQuery } from '../../../lib/graphql/useQuery';
import { PlaceQuery } from '../graphql/places';

/**
 * Loads a place known only by id, as from a shared link, and hands it to
 * `onLoaded`, or null when the id does not exist.
 */
export function usePlaceLookup(
  placeId: string | null,
  onLoaded: (place: PlaceFieldsFragment | null) => void,
) {
  const result = useQuery(
    PlaceQuery,
    placeId === null ? null : { id: placeId },
  );
  const [missing, setMissing] = useState(false);

  useEffect(
    function reportLoadedPlace() {
      if (result.status === 'success') {
        setMissing(
          result.data.place === null || result.data.place === undefined,
        );
        onLoaded(result.data.place ?? null);
      } else if (result.status === 'error' && isNotFound(result.error)) {
        setMissing(true);
        onLoaded(null);
      }
    },
    [result.status, result.data, result.error, onLoaded],
  );

  return {
    missing,
    error:
      result.status === 'error' && !isNotFound(result.error)
        ? result.error
        : undefined,
    retry: result.retry,
  };
}
