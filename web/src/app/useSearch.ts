import { useCallback, useEffect, useMemo, useState } from 'react';

import type { BoundingBoxInput, PlaceFieldsFragment } from '@/gql/graphql';
import {
  isPlaceId,
  keepKnownSkills,
  parseSearchParams,
  type SearchFilters,
  toSearchParams,
} from '@/modules/filters/search-state';
import type { GeoPoint } from '@/modules/map/geo';

import type { SearchArea } from './search-area';

function readInitialState() {
  const shared = parseSearchParams(new URLSearchParams(window.location.search));
  let area: SearchArea = { kind: 'none' };
  if (shared.placeId !== null) {
    // A malformed id gets the same message as an id the API does not know.
    area = isPlaceId(shared.placeId)
      ? { kind: 'place', placeId: shared.placeId, place: null }
      : { kind: 'none', missingPlaceId: shared.placeId };
  }

  return { area, radiusKm: shared.radiusKm, filters: shared.filters };
}

/**
 * Holds the search the page shows. The place id, radius and filters live in
 * the query string so that a search can be shared. Device coordinates and map
 * areas stay in memory, because a map area searched right after "Use my
 * location" would reveal where the reader is.
 *
 * Skill ids from a link are checked against `knownSkillIds`, the ids in the
 * reference data, and unknown ones are dropped. Until that list is known
 * (null), every skill id is kept.
 */
export function useSearch(knownSkillIds: ReadonlySet<string> | null) {
  const [initial] = useState(readInitialState);
  const [area, setArea] = useState<SearchArea>(initial.area);
  const [radiusKm, setRadiusKm] = useState(initial.radiusKm);
  const [storedFilters, setFilters] = useState<SearchFilters>(initial.filters);
  const filters = useMemo(
    () =>
      knownSkillIds === null
        ? storedFilters
        : keepKnownSkills(storedFilters, knownSkillIds),
    [storedFilters, knownSkillIds],
  );
  const placeId = area.kind === 'place' ? area.placeId : null;

  useEffect(
    function writeSharedStateToUrl() {
      const query = toSearchParams({ placeId, radiusKm, filters }).toString();
      const url = `${window.location.pathname}${query === '' ? '' : `?${query}`}${window.location.hash}`;
      window.history.replaceState(window.history.state, '', url);
    },
    [placeId, radiusKm, filters],
  );

  const choosePlace = useCallback((place: PlaceFieldsFragment) => {
    setArea({ kind: 'place', placeId: place.id, place });
  }, []);

  const placeLoaded = useCallback((place: PlaceFieldsFragment | null) => {
    setArea((current) => {
      if (current.kind !== 'place' || current.place !== null) return current;
      if (place === null) {
        return { kind: 'none', missingPlaceId: current.placeId };
      }

      return { ...current, place };
    });
  }, []);

  const searchNearDevice = useCallback((point: GeoPoint) => {
    setArea({ kind: 'device', point });
  }, []);

  const searchBoundingBox = useCallback((bbox: BoundingBoxInput) => {
    setArea({ kind: 'bbox', bbox });
  }, []);

  return {
    area,
    radiusKm,
    filters,
    setRadiusKm,
    setFilters,
    choosePlace,
    placeLoaded,
    searchNearDevice,
    searchBoundingBox,
  };
}
