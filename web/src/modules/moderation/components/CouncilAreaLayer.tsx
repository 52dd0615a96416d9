import L from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { useMap } from 'react-leaflet';

import type { OpportunityMarker } from '@/modules/map/components/OpportunityClusterLayer';
import { toLatLng } from '@/modules/map/geo';

interface CouncilAreaLayerProps {
  /** GeoJSON text of the council's area, or null when none is set. */
  area: string | null;
  markers: readonly OpportunityMarker[];
}

const AREA_STYLE: L.PathOptions = {
  color: '#1d4ed8',
  weight: 2,
  fillOpacity: 0.08,
};

/** Parses the area, or returns null for text that is not JSON. */
function parseArea(area: string | null): GeoJSON.GeoJsonObject | null {
  if (area === null) return null;
  try {
    return JSON.parse(area) as GeoJSON.GeoJsonObject;
  } catch {
    return null;
  }
}

/**
 * Draws the council's area and fits the map to it, or to the markers when
 * the council has no area. Leaflet's GeoJSON layer reads the `[longitude,
 * latitude]` order itself, so no coordinates are swapped here.
 */
export function CouncilAreaLayer({ area, markers }: CouncilAreaLayerProps) {
  const map = useMap();
  const geoJson = useMemo(() => parseArea(area), [area]);
  // Only the first markers decide the view, so that a decision, which
  // removes a marker, does not move the map.
  const [markerBounds, setMarkerBounds] = useState<L.LatLngBounds | null>(null);

  useEffect(
    function rememberFirstMarkerBounds() {
      if (markerBounds !== null || markers.length === 0) return;

      setMarkerBounds(
        L.latLngBounds(markers.map((marker) => toLatLng(marker))),
      );
    },
    [markers, markerBounds],
  );

  useEffect(
    function drawAreaAndFitView() {
      if (geoJson === null) {
        if (markerBounds !== null) {
          map.fitBounds(markerBounds, { animate: false, maxZoom: 14 });
        }

        return;
      }

      const layer = L.geoJSON(geoJson, {
        style: AREA_STYLE,
        interactive: false,
      }).addTo(map);
      const bounds = layer.getBounds();
      if (bounds.isValid()) map.fitBounds(bounds, { animate: false });

      return function removeArea() {
        layer.remove();
      };
    },
    [map, geoJson, markerBounds],
  );

  return null;
}
