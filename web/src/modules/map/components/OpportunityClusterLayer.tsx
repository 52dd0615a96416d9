import '../markercluster';

import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';

import type { OpportunityMarkersQuery } from '@/gql/graphql';

import { toLatLng } from '../geo';
import { clusterIcon, markerIcon } from '../marker-icons';
import { openCluster, revealMarker } from '../reveal-marker';

export type OpportunityMarker =
  OpportunityMarkersQuery['opportunityMarkers']['markers'][number];

interface OpportunityClusterLayerProps {
  markers: readonly OpportunityMarker[];
  /** Accessible name of a cluster of `count` markers. */
  clusterLabel: (count: number) => string;
  sdgColours: ReadonlyMap<number, string>;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** Returns true for Enter or Space, and stops Space from scrolling the page. */
function takeActivationKey(event: L.LeafletEvent): boolean {
  const keyEvent = (event as L.LeafletKeyboardEvent).originalEvent;
  if (keyEvent.key !== 'Enter' && keyEvent.key !== ' ') return false;

  keyEvent.preventDefault();

  return true;
}

function colourOf(
  marker: OpportunityMarker,
  colours: ReadonlyMap<number, string>,
) {
  const first = marker.sdgNumbers[0];

  return first === undefined ? undefined : colours.get(first);
}

/**
 * Draws clustered markers for every match. The cluster group is created once.
 * A new marker list replaces its layers in one `addLayers` call, and a new
 * selection only swaps the icons of the old and new selected marker.
 */
export function OpportunityClusterLayer({
  markers,
  clusterLabel,
  sdgColours,
  selectedId,
  onSelect,
}: OpportunityClusterLayerProps) {
  const map = useMap();
  const group = useRef<L.MarkerClusterGroup | null>(null);
  const layers = useRef(new Map<string, L.Marker>());
  const idByLayer = useRef(new Map<L.Layer, string>());
  const selectRef = useRef(onSelect);
  const selectedRef = useRef(selectedId);
  const labelRef = useRef(clusterLabel);

  useEffect(function keepLatestCallbacks() {
    selectRef.current = onSelect;
    selectedRef.current = selectedId;
    labelRef.current = clusterLabel;
  });

  useEffect(
    function createClusterGroup() {
      const clusterGroup = L.markerClusterGroup({
        chunkedLoading: true,
        showCoverageOnHover: false,
        maxClusterRadius: 60,
        iconCreateFunction: (cluster) =>
          clusterIcon(cluster.getChildCount(), labelRef.current),
      });
      // One handler on the group serves every marker. Leaflet 1.9 turns Enter
      // on a marker into a click only for popups, so keyboard activation is
      // handled here too. The group prefixes its clusters' events "cluster".
      const selectMarker = (event: L.LeafletEvent) => {
        const id = idByLayer.current.get(event.propagatedFrom as L.Layer);
        if (takeActivationKey(event) && id !== undefined) selectRef.current(id);
      };
      const selectClickedMarker = (event: L.LeafletEvent) => {
        const id = idByLayer.current.get(event.propagatedFrom as L.Layer);
        if (id !== undefined) selectRef.current(id);
      };
      const openClusterByKey = (event: L.LeafletEvent) => {
        const cluster = event.propagatedFrom as L.MarkerCluster;
        if (takeActivationKey(event)) openCluster(map, cluster);
      };
      clusterGroup.on('click', selectClickedMarker);
      clusterGroup.on('keypress', selectMarker);
      clusterGroup.on('clusterkeypress', openClusterByKey);
      map.addLayer(clusterGroup);
      group.current = clusterGroup;

      return function removeClusterGroup() {
        clusterGroup.off('click', selectClickedMarker);
        clusterGroup.off('keypress', selectMarker);
        clusterGroup.off('clusterkeypress', openClusterByKey);
        map.removeLayer(clusterGroup);
        group.current = null;
      };
    },
    [map],
  );

  useEffect(
    function replaceMarkers() {
      const clusterGroup = group.current;
      if (clusterGroup === null) return;

      const byId = new Map<string, L.Marker>();
      for (const marker of markers) {
        const layer = L.marker(toLatLng(marker), {
          icon: markerIcon(
            colourOf(marker, sdgColours),
            marker.id === selectedRef.current,
          ),
          title: marker.title,
          alt: marker.title,
          keyboard: true,
          riseOnHover: true,
        });
        byId.set(marker.id, layer);
      }
      clusterGroup.addLayers([...byId.values()]);
      layers.current = byId;
      idByLayer.current = new Map(
        [...byId].map(([id, layer]) => [layer, id] as const),
      );

      return function clearMarkers() {
        clusterGroup.clearLayers();
        layers.current = new Map();
        idByLayer.current = new Map();
      };
    },
    [markers, sdgColours],
  );

  useEffect(
    function highlightSelectedMarker() {
      const clusterGroup = group.current;
      const layer =
        selectedId === null ? undefined : layers.current.get(selectedId);
      const marker = markers.find((item) => item.id === selectedId);
      if (clusterGroup === null || layer === undefined || marker === undefined)
        return;

      layer.setIcon(markerIcon(colourOf(marker, sdgColours), true));
      layer.setZIndexOffset(1000);
      const cancelReveal = revealMarker(map, clusterGroup, layer);

      return function unhighlightMarker() {
        cancelReveal();
        layer.setIcon(markerIcon(colourOf(marker, sdgColours), false));
        layer.setZIndexOffset(0);
      };
    },
    [map, selectedId, markers, sdgColours],
  );

  return null;
}
