import { useTranslation } from 'react-i18next';

import { RadiusSelect } from '@/modules/filters/components/RadiusSelect';
import { LocateButton } from '@/modules/places/components/LocateButton';
import { PlaceSearch } from '@/modules/places/components/PlaceSearch';

import type { useSearch } from './useSearch';

interface SearchBarProps {
  search: ReturnType<typeof useSearch>;
}

/** Renders the search inputs: a place, the device position and the radius. */
export function SearchBar({ search }: SearchBarProps) {
  const { t } = useTranslation();
  const { area } = search;

  return (
    <div role="search" className="search-bar">
      <PlaceSearch
        selectedPlace={area.kind === 'place' ? area.place : null}
        onSelect={search.choosePlace}
      />
      <LocateButton
        active={area.kind === 'device'}
        onLocated={search.searchNearDevice}
      />
      <RadiusSelect
        radiusKm={search.radiusKm}
        disabled={area.kind === 'bbox'}
        onChange={search.setRadiusKm}
      />
      {area.kind === 'none' && area.missingPlaceId !== undefined && (
        <p role="alert" className="error-text search-bar__alert">
          {t('placeSearch.notFound')}
        </p>
      )}
    </div>
  );
}
