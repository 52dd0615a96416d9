import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/ErrorMessage';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { FilterPanel } from '@/modules/filters/components/FilterPanel';
import { useReferenceData } from '@/modules/filters/hooks/useReferenceData';
import { OpportunityMap } from '@/modules/map/components/OpportunityMap';
import { SkillNeedLayer } from '@/modules/map/components/SkillNeedLayer';
import { SkillNeedPanel } from '@/modules/map/components/SkillNeedPanel';
import { useOpportunityMarkers } from '@/modules/map/hooks/useOpportunityMarkers';
import { useSkillNeedLayer } from '@/modules/map/hooks/useSkillNeedLayer';
import { OpportunityDetail } from '@/modules/opportunities/components/OpportunityDetail';
import { ResultsPanel } from '@/modules/opportunities/components/ResultsPanel';
import { useOpportunityList } from '@/modules/opportunities/hooks/useOpportunityList';
import { usePlaceLookup } from '@/modules/places/hooks/usePlaceLookup';

import {
  type SearchArea,
  searchCentre,
  toSearchVariables,
} from './search-area';
import { SearchBar } from './SearchBar';
import { SearchError } from './SearchError';
import { useSearch } from './useSearch';
import { Welcome } from './Welcome';

// One shared empty list, so that "no data yet" does not redraw the layer.
const NO_NEEDS: never[] = [];

interface Selection {
  id: string;
  searchKey: string;
}

function useAreaLabel(area: SearchArea): string {
  const { t } = useTranslation();
  switch (area.kind) {
    case 'place':
      return area.place === null
        ? ''
        : t('results.near', { place: area.place.name });
    case 'device':
      return t('results.nearYou');
    case 'bbox':
      return t('results.inArea');
    case 'none':
      return '';
  }
}

/** Renders the page: search bar, filters, map, list and detail panel. */
export function App() {
  const { t } = useTranslation();
  const reference = useReferenceData();
  usePageTitle(t('app.tagline'));
  const knownSkillIds = useMemo(
    () =>
      reference.status === 'success'
        ? new Set(reference.skills.map((skill) => skill.id))
        : null,
    [reference.status, reference.skills],
  );
  const search = useSearch(knownSkillIds);
  const { area, radiusKm, filters } = search;
  // Skills from a link are checked before the first search, so that an
  // unknown one is dropped instead of failing the search.
  const skillsPending =
    reference.status === 'loading' && filters.skills.length > 0;
  const lookup = usePlaceLookup(
    area.kind === 'place' && area.place === null ? area.placeId : null,
    search.placeLoaded,
  );
  const variables = useMemo(
    () => (skillsPending ? null : toSearchVariables(area, radiusKm, filters)),
    [skillsPending, area, radiusKm, filters],
  );
  // A selection belongs to the search it was made in, so a new search
  // closes the detail panel without an extra render pass.
  const searchKey = JSON.stringify(variables);
  const [selection, setSelection] = useState<Selection | null>(null);
  const selectedId = selection?.searchKey === searchKey ? selection.id : null;
  const select = useCallback(
    (id: string) => setSelection({ id, searchKey }),
    [searchKey],
  );
  const closeDetail = useCallback(() => setSelection(null), []);
  const list = useOpportunityList(variables);
  const markers = useOpportunityMarkers(variables);
  // Changes whenever the search rewrites the query string.
  const urlKey = JSON.stringify([
    area.kind === 'place' ? area.placeId : null,
    radiusKm,
    filters,
  ]);
  const needLayer = useSkillNeedLayer(variables, urlKey);
  const sdgColours = useMemo(
    () => new Map(reference.sdgs.map((sdg) => [sdg.number, sdg.colour])),
    [reference.sdgs],
  );
  const areaLabel = useAreaLabel(area);

  return (
    <div className="app">
      <a href="#results" className="skip-link">
        {t('app.skipToResults')}
      </a>
      <header className="app-header">
        <h1 className="app-header__name">{t('app.tagline')}</h1>
        <SearchBar search={search} />
      </header>
      <main className="app__main">
        <div className="app__alert">
          <SearchError list={list} markers={markers} />
        </div>
        <div className="layout">
          <div className="layout__side">
            <div className="layout__scroll">
              <FilterPanel
                filters={filters}
                reference={reference}
                onChange={search.setFilters}
              />
              <SkillNeedPanel layer={needLayer} hasArea={variables !== null} />
              {lookup.error !== undefined && (
                <ErrorMessage error={lookup.error} onRetry={lookup.retry} />
              )}
              {area.kind === 'none' ? (
                <Welcome />
              ) : (
                <ResultsPanel
                  list={list}
                  areaLabel={areaLabel}
                  isAreaSearch={area.kind === 'bbox'}
                  selectedId={selectedId}
                  onSelect={select}
                />
              )}
            </div>
            {selectedId !== null && (
              <OpportunityDetail
                key={selectedId}
                id={selectedId}
                onClose={closeDetail}
              />
            )}
          </div>
          <div className="layout__map">
            <OpportunityMap
              markers={markers}
              sdgColours={sdgColours}
              centre={searchCentre(area)}
              radiusKm={radiusKm}
              selectedId={selectedId}
              onSelect={select}
              onSearchArea={search.searchBoundingBox}
            >
              {needLayer.shown && (
                <SkillNeedLayer
                  markers={needLayer.markers.data?.skillNeedMarkers ?? NO_NEEDS}
                />
              )}
            </OpportunityMap>
          </div>
        </div>
      </main>
    </div>
  );
}
