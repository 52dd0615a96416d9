import 'leaflet/dist/leaflet.css';

import type {
  Feature,
  FeatureCollection,
  GeoJsonObject,
  Polygon,
} from 'geojson';
import L from 'leaflet';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { GeoJSON, MapContainer, useMap } from 'react-leaflet';

import { SettingsTileLayer } from '@/modules/map/components/SettingsTileLayer';
import { WORLD_VIEW } from '@/modules/map/geo';

import { classOf, type DensityClass } from '../density-classes';

export interface DensityCell {
  id: string;
  polygon: Polygon;
  opportunities: number;
}

interface DensityMapProps {
  area: GeoJsonObject | null;
  cells: readonly DensityCell[];
  classes: readonly DensityClass[];
  label: string;
}

/** Fits the view to the council area, or to the grid without an area. */
function FitToArea({ target }: { target: GeoJsonObject }) {
  const map = useMap();

  useEffect(
    function fitViewToTarget() {
      const bounds = L.geoJSON(target).getBounds();
      if (bounds.isValid()) map.fitBounds(bounds, { animate: false });
    },
    [map, target],
  );

  return null;
}

/**
 * Draws the council area's outline and the density grid as a choropleth.
 * Leaflet's GeoJSON layer reads the `[longitude, latitude]` positions
 * itself. Without base tiles the map keeps a plain background.
 */
export function DensityMap({ area, cells, classes, label }: DensityMapProps) {
  const { t } = useTranslation();
  const grid = useMemo(
    (): FeatureCollection<Polygon, { opportunities: number }> => ({
      type: 'FeatureCollection',
      features: cells.map((cell) => ({
        type: 'Feature',
        id: cell.id,
        geometry: cell.polygon,
        properties: { opportunities: cell.opportunities },
      })),
    }),
    [cells],
  );

  function cellStyle(feature?: Feature) {
    const opportunities = Number(feature?.properties?.opportunities ?? 0);
    const range = classOf(classes, opportunities);

    return {
      className: 'insights-map__cell',
      color: '#4a5568',
      weight: 0.5,
      fillColor: range?.fill ?? 'transparent',
      fillOpacity: range === null ? 0 : 0.75,
    };
  }

  return (
    <div className="insights-map" role="region" aria-label={label}>
      <MapContainer
        center={WORLD_VIEW.centre}
        zoom={WORLD_VIEW.zoom}
        minZoom={2}
        maxZoom={18}
        scrollWheelZoom={false}
        className="insights-map__canvas"
      >
        <SettingsTileLayer />
        <GeoJSON
          // GeoJSON layers ignore new data, so a new grid needs a new layer.
          key={cells.map((cell) => `${cell.id}=${cell.opportunities}`).join()}
          data={grid}
          style={cellStyle}
          onEachFeature={(feature, layer) =>
            layer.bindTooltip(
              t('insights.map.cellTooltip', {
                count: feature.properties.opportunities,
              }),
            )
          }
        />
        {area !== null && (
          <GeoJSON
            key={JSON.stringify(area)}
            data={area}
            interactive={false}
            pathOptions={{
              className: 'insights-map__area',
              color: '#0f4c5c',
              weight: 3,
              fill: false,
            }}
          />
        )}
        <FitToArea target={area ?? grid} />
      </MapContainer>
    </div>
  );
}
