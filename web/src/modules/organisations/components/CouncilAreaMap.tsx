import 'leaflet/dist/leaflet.css';

import type { GeoJsonObject } from 'geojson';
import L from 'leaflet';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CircleMarker,
  GeoJSON,
  MapContainer,
  Polygon,
  Polyline,
  useMap,
  useMapEvents,
} from 'react-leaflet';

import { SettingsTileLayer } from '@/modules/map/components/SettingsTileLayer';
import {
  fromLatLng,
  type GeoPoint,
  toLatLng,
  WORLD_VIEW,
  wrapLongitude,
} from '@/modules/map/geo';

interface CouncilAreaMapProps {
  area: GeoJsonObject | null;
  corners: readonly GeoPoint[];
  onAddCorner: (corner: GeoPoint) => void;
}

/** Fits the view to the stored area whenever it changes. */
function FitToArea({ area }: { area: GeoJsonObject | null }) {
  const map = useMap();

  useEffect(
    function fitViewToArea() {
      if (area === null) return;
      const bounds = L.geoJSON(area).getBounds();
      if (bounds.isValid()) map.fitBounds(bounds, { animate: false });
    },
    [map, area],
  );

  return null;
}

function CornerPicker({ onAdd }: { onAdd: (corner: GeoPoint) => void }) {
  useMapEvents({
    click(event) {
      const corner = fromLatLng(event.latlng);
      onAdd({ ...corner, longitude: wrapLongitude(corner.longitude) });
    },
  });

  return null;
}

/**
 * Renders the stored council area and the polygon being drawn; each click
 * on the map adds a corner. Leaflet's GeoJSON layer reads the stored area's
 * `[longitude, latitude]` positions itself.
 */
export function CouncilAreaMap({
  area,
  corners,
  onAddCorner,
}: CouncilAreaMapProps) {
  const { t } = useTranslation();
  const positions = corners.map(toLatLng);

  return (
    <div
      className="council-area__map"
      role="region"
      aria-label={t('dashboard.area.mapLabel')}
    >
      <MapContainer
        center={WORLD_VIEW.centre}
        zoom={WORLD_VIEW.zoom}
        minZoom={2}
        maxZoom={19}
        className="council-area__canvas"
        worldCopyJump
      >
        <SettingsTileLayer />
        {area !== null && (
          <GeoJSON
            // GeoJSON layers ignore new data, so a new area needs a new layer.
            key={JSON.stringify(area)}
            data={area}
            pathOptions={{ className: 'council-area__stored' }}
          />
        )}
        <FitToArea area={area} />
        <CornerPicker onAdd={onAddCorner} />
        {positions.length >= 3 ? (
          <Polygon
            positions={positions}
            pathOptions={{ className: 'council-area__drawn' }}
          />
        ) : (
          positions.length === 2 && (
            <Polyline
              positions={positions}
              pathOptions={{ className: 'council-area__drawn' }}
            />
          )
        )}
        {positions.map((position, index) => (
          <CircleMarker
            key={`${index}-${position.join(',')}`}
            center={position}
            radius={5}
            pathOptions={{ className: 'council-area__corner' }}
          />
        ))}
      </MapContainer>
    </div>
  );
}
