import { useEffect, useMemo, useState } from 'react';

import type { SearchVariables } from '@/app/search-area';
import { useQuery } from '@/lib/graphql/useQuery';

import { SkillNeedMarkersQuery } from '../graphql/skill-needs';

/** The query parameter that keeps the layer on in a shared link. */
const PARAMETER = 'needs';
/** The most markers the layer asks for; open needs are far fewer than listings. */
export const SKILL_NEED_MARKER_LIMIT = 2000;

function readInitialShown(): boolean {
  return new URLSearchParams(window.location.search).get(PARAMETER) === '1';
}

/**
 * Holds whether the map shows employers' skill needs, and loads their
 * markers for the same area and skills as the opportunity search. The
 * choice is kept in the query string as `needs=1`.
 *
 * `searchKey` changes whenever the search writes its own query string,
 * which replaces the whole string, so the parameter is written again after.
 */
export function useSkillNeedLayer(
  search: SearchVariables | null,
  searchKey: string,
) {
  const [shown, setShown] = useState(readInitialShown);
  const variables = useMemo(() => {
    if (!shown || search === null) return null;
    const skills = search.filter?.skills ?? [];

    return {
      ...(search.near && { near: search.near }),
      ...(search.radiusKm !== undefined && { radiusKm: search.radiusKm }),
      ...(search.bbox && { bbox: search.bbox }),
      ...(skills.length > 0 && { filter: { skills } }),
      limit: SKILL_NEED_MARKER_LIMIT,
    };
  }, [shown, search]);
  const markers = useQuery(SkillNeedMarkersQuery, variables);

  useEffect(
    function writeLayerToUrl() {
      const params = new URLSearchParams(window.location.search);
      if ((params.get(PARAMETER) === '1') === shown) return;
      if (shown) params.set(PARAMETER, '1');
      else params.delete(PARAMETER);
      const query = params.toString();
      const url = `${window.location.pathname}${query === '' ? '' : `?${query}`}${window.location.hash}`;
      window.history.replaceState(window.history.state, '', url);
    },
    [shown, searchKey],
  );

  return { shown, setShown, markers };
}
