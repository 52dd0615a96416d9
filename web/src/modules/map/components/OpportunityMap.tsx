import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';

import type { LatLngBounds } from 'leaflet';
import { type ReactNode, useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MapContainer } from 'react-leaflet';

import type { BoundingBoxInput } from '@/gql/graphql';

import { type GeoPoint, toBoundingBox, WORLD_VIEW } from '../geo';
import type { useOpportunityMarkers } from '../hooks/useOpportunityMarkers';
import { OpportunityClusterLayer } from './OpportunityClusterLayer';
import { SearchAreaView } from './SearchAreaView';
import { SettingsTileLayer } from './SettingsTileLayer';
import { ViewportReporter } from './ViewportReporter';

interface OpportunityMapProps {
  markers: ReturnType<typeof useOpportunityMarkers>;
  sdgColours: ReadonlyMap<number, string>;
  centre: GeoPoint | null;
  radiusKm: number;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onSearchArea: (bbox: BoundingBoxInput) => void;
  /** More layers drawn over the opportunities, such as skill needs. */
  children?: ReactNode;
}

// One shared empty list, so that "no data yet" does not replace the markers.
const NO_MARKERS: never[] = [];

/** Renders the map twin of the results list, with a "Search this area" button. */
export function OpportunityMap({
  markers,
  sdgColours,
  centre,
  radiusKm,
  selectedId,
  onSelect,
  onSearchArea,
  children,
}: OpportunityMapProps) {
  const { t } = useTranslation();
  const viewport = useRef<LatLngBounds | null>(null);
  const rememberViewport = useCallback((bounds: LatLngBounds) => {
    viewport.current = bounds;
  }, []);
  const list = markers.data?.opportunityMarkers;
  const clusterLabel = useCallback(
    (count: number) => t('map.cluster', { count }),
    [t],
  );

  return (
    <section className="map" aria-label={t('map.label')}>
      <MapContainer
        center={WORLD_VIEW.centre}
        zoom={WORLD_VIEW.zoom}
        // Clustering needs a maximum zoom before any tile layer sets one.
        minZoom={2}
        maxZoom={19}
        className="map__canvas"
        worldCopyJump
      >
        <SettingsTileLayer />
        <SearchAreaView centre={centre} radiusKm={radiusKm} />
        <ViewportReporter onChange={rememberViewport} />
        <OpportunityClusterLayer
          markers={list?.markers ?? NO_MARKERS}
          clusterLabel={clusterLabel}
          sdgColours={sdgColours}
          selectedId={selectedId}
          onSelect={onSelect}
        />
        {children}
      </MapContainer>
      <div className="map__overlay">
        <button
          type="button"
          className="button map__search-area"
          onClick={() => {
            if (viewport.current !== null) {
              onSearchArea(toBoundingBox(viewport.current));
            }
          }}
        >
          {t('map.searchArea')}
        </button>
        {markers.status === 'loading' && (
          <p className="map__notice">{t('map.loading')}</p>
        )}
        {list?.truncated === true && (
          <p className="map__notice">
            {t('map.truncated', {
              shown: list.markers.length,
              total: list.totalCount,
            })}
          </p>
        )}
      </div>
    </section>
  );
}
