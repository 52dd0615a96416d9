import 'leaflet/dist/leaflet.css';

import L, { type LatLngBounds } from 'leaflet';
import { useTranslation } from 'react-i18next';
import { MapContainer, Marker, Tooltip } from 'react-leaflet';

import type { ProposalSummaryFieldsFragment } from '@/gql/graphql';
import { SettingsTileLayer } from '@/modules/map/components/SettingsTileLayer';
import { ViewportReporter } from '@/modules/map/components/ViewportReporter';
import { toLatLng, WORLD_VIEW } from '@/modules/map/geo';

// Created once: every marker shares the same icon object.
const ideaIcon = L.divIcon({
  className: 'idea-pin',
  html: '<span class="idea-pin__head"></span>',
  iconSize: [22, 22],
  iconAnchor: [11, 22],
});

interface ProposalMapProps {
  proposals: readonly ProposalSummaryFieldsFragment[];
  onViewportChange: (bounds: LatLngBounds) => void;
  onSelect: (id: string) => void;
}

/** Renders proposals as markers; the list beside it is its accessible twin. */
export function ProposalMap({
  proposals,
  onViewportChange,
  onSelect,
}: ProposalMapProps) {
  const { t } = useTranslation();

  return (
    <section className="ideas-map" aria-label={t('proposals.map.label')}>
      <MapContainer
        center={WORLD_VIEW.centre}
        zoom={WORLD_VIEW.zoom}
        minZoom={2}
        className="ideas-map__canvas"
        worldCopyJump
      >
        <SettingsTileLayer />
        <ViewportReporter onChange={onViewportChange} />
        {proposals.map((proposal) => (
          <Marker
            key={proposal.id}
            position={toLatLng(proposal.location)}
            icon={ideaIcon}
            title={proposal.title}
            eventHandlers={{ click: () => onSelect(proposal.id) }}
          >
            <Tooltip>{proposal.title}</Tooltip>
          </Marker>
        ))}
      </MapContainer>
    </section>
  );
}
