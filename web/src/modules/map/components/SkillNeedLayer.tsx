import '../skill-need-marker.css';

import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { useNavigate } from 'react-router';

import type { SkillNeedMarkersQuery } from '@/gql/graphql';

import { toLatLng } from '../geo';
import { skillNeedIcon } from '../marker-icons';

export type SkillNeedMarker = SkillNeedMarkersQuery['skillNeedMarkers'][number];

/**
 * Builds a popup with a link to the need's page. It is made of DOM nodes
 * with text content, so titles from the API are never read as HTML.
 */
function popupContent(
  marker: SkillNeedMarker,
  open: (path: string) => void,
): HTMLElement {
  const container = document.createElement('div');
  const link = document.createElement('a');
  const path = `/needs/${encodeURIComponent(marker.id)}`;
  link.href = path;
  link.textContent = marker.title;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    open(path);
  });
  const employer = document.createElement('p');
  employer.className = 'need-marker__employer';
  employer.textContent = marker.employerName;
  container.append(link, employer);

  return container;
}

/**
 * Draws employers' skill needs as diamond markers on the map. The layer
 * group is created once and a new marker list replaces its layers. A
 * marker opens a popup with a link to the need, also by Enter.
 */
export function SkillNeedLayer({
  markers,
}: {
  markers: readonly SkillNeedMarker[];
}) {
  const map = useMap();
  const navigate = useNavigate();
  const group = useRef<L.LayerGroup | null>(null);
  const navigateRef = useRef(navigate);

  useEffect(function keepLatestNavigate() {
    navigateRef.current = navigate;
  });

  useEffect(
    function createNeedLayerGroup() {
      const layerGroup = L.layerGroup();
      map.addLayer(layerGroup);
      group.current = layerGroup;

      return function removeNeedLayerGroup() {
        map.removeLayer(layerGroup);
        group.current = null;
      };
    },
    [map],
  );

  useEffect(
    function replaceNeedMarkers() {
      const layerGroup = group.current;
      if (layerGroup === null) return;

      const open = (path: string) => void navigateRef.current(path);
      for (const marker of markers) {
        const layer = L.marker(toLatLng(marker), {
          icon: skillNeedIcon(),
          title: marker.title,
          alt: marker.title,
          keyboard: true,
          riseOnHover: true,
        });
        layer.bindPopup(() => popupContent(marker, open));
        layerGroup.addLayer(layer);
      }

      return function clearNeedMarkers() {
        layerGroup.clearLayers();
      };
    },
    [markers],
  );

  return null;
}
