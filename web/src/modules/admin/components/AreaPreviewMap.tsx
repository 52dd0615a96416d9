import 'leaflet/dist/leaflet.css';

import type { GeoJsonObject } from 'geojson';
import L from 'leaflet';
import { useEffect } from 'react';
import { GeoJSON, MapContainer, useMap } from 'react-leaflet';

import { SettingsTileLayer } from '@/modules/map/components/SettingsTileLayer';
import { WORLD_VIEW } from '@/modules/map/geo';

function FitToArea({ area }: { area: GeoJsonObject }) {
  const map = useMap();

  useEffect(
    function fitViewToArea() {
      const bounds = L.geoJSON(area).getBounds();
      if (bounds.isValid()) map.fitBounds(bounds, { animate: false });
    },
    [map, area],
  );

  return null;
}

interface AreaPreviewMapProps {
  area: GeoJsonObject;
  /** Accessible name of the picture, such as "Area of Blue Mountains". */
  label: string;
}

/**
 * Renders a small, fixed map of an area for checking it at a glance. It
 * takes no pointer or keyboard input, so a list of several stays easy to
 * scroll and to move through with Tab.
 */
export function AreaPreviewMap({ area, label }: AreaPreviewMapProps) {
  return (
    <div className="area-preview" role="img" aria-label={label}>
      <MapContainer
        center={WORLD_VIEW.centre}
        zoom={WORLD_VIEW.zoom}
        className="area-preview__canvas"
        zoomControl={false}
        dragging={false}
        scrollWheelZoom={false}
        doubleClickZoom={false}
        touchZoom={false}
        boxZoom={false}
        keyboard={false}
      >
        <SettingsTileLayer />
        <GeoJSON data={area} interactive={false} />
        <FitToArea area={area} />
      </MapContainer>
    </div>
  );
}
