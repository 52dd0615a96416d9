import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';

import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MapContainer } from 'react-leaflet';

import type { ModerationItemFieldsFragment } from '@/gql/graphql';
import { useReferenceData } from '@/modules/filters/hooks/useReferenceData';
import {
  OpportunityClusterLayer,
  type OpportunityMarker,
} from '@/modules/map/components/OpportunityClusterLayer';
import { SettingsTileLayer } from '@/modules/map/components/SettingsTileLayer';
import { WORLD_VIEW } from '@/modules/map/geo';

import { CouncilAreaLayer } from './CouncilAreaLayer';

interface ModerationMapProps {
  /** The council's area as GeoJSON text, or null when none is set. */
  area: string | null;
  items: readonly ModerationItemFieldsFragment[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** Markers for the listings that have a venue; online ones have none. */
function toMarkers(
  items: readonly ModerationItemFieldsFragment[],
): OpportunityMarker[] {
  return items.flatMap((item) =>
    item.location === null || item.location === undefined
      ? []
      : [
          {
            id: item.id,
            latitude: item.location.latitude,
            longitude: item.location.longitude,
            title: item.title,
            kind: item.kind,
            sdgNumbers: item.sdgs.map((sdg) => sdg.number),
          },
        ],
  );
}

/**
 * Renders the council's area and a marker per listing awaiting review. The
 * map works without tiles, because the area and markers are drawn by Leaflet
 * itself.
 */
export function ModerationMap({
  area,
  items,
  selectedId,
  onSelect,
}: ModerationMapProps) {
  const { t } = useTranslation();
  const reference = useReferenceData();
  const markers = useMemo(() => toMarkers(items), [items]);
  const sdgColours = useMemo(
    () => new Map(reference.sdgs.map((sdg) => [sdg.number, sdg.colour])),
    [reference.sdgs],
  );
  const clusterLabel = useCallback(
    (count: number) => t('map.cluster', { count }),
    [t],
  );

  return (
    <section
      className="map moderation__map"
      aria-label={t('moderation.mapLabel')}
    >
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
        <CouncilAreaLayer area={area} markers={markers} />
        <OpportunityClusterLayer
          markers={markers}
          clusterLabel={clusterLabel}
          sdgColours={sdgColours}
          selectedId={selectedId}
          onSelect={onSelect}
        />
      </MapContainer>
    </section>
  );
}
