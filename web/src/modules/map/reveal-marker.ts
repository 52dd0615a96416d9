import './markercluster';

import L from 'leaflet';

/** Zoom at which clusters of nearby opportunities have mostly split up. */
const REVEAL_ZOOM = 15;

function spreadClusterAround(group: L.MarkerClusterGroup, layer: L.Marker) {
  const parent = group.getVisibleParent(layer) as L.Marker | null;
  if (parent instanceof L.MarkerCluster) parent.spiderfy();
}

/**
 * Brings a clustered marker into view: pans to a visible marker, zooms in on
 * a cluster that hides it, and spreads out a cluster that stays together at
 * that zoom, as opportunities at one venue do. It uses only public API,
 * because `zoomToShowLayer` leaves handlers behind that fail once the marker
 * list is replaced. Returns a function that cancels a pending spread.
 */
export function revealMarker(
  map: L.Map,
  group: L.MarkerClusterGroup,
  layer: L.Marker,
): () => void {
  // Null while chunked loading has not yet placed the marker in a cluster.
  const parent = group.getVisibleParent(layer) as L.Marker | null;
  const latLng = layer.getLatLng();
  if (parent === null) return () => {};

  if (parent === layer) {
    if (!map.getBounds().contains(latLng)) map.panTo(latLng);

    return () => {};
  }

  if (map.getZoom() >= REVEAL_ZOOM) {
    spreadClusterAround(group, layer);

    return () => {};
  }

  // The cluster group re-clusters after the zoom and then fires this event.
  // An animation that was running before the zoom may fire it first, and a
  // cluster does not spread while the group animates, so the spread is
  // tried after each such event until the marker shows. Without CSS
  // transitions the group fires the event inside the zoom, before its own
  // 'zoomend' handler closes every spread cluster, so each try waits for
  // the next task.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const trySpread = () => {
    spreadClusterAround(group, layer);
    if (group.getVisibleParent(layer) !== layer) {
      group.once('animationend', spreadSoon);
    }
  };
  const spreadSoon = () => {
    timer = setTimeout(trySpread, 0);
  };
  group.once('animationend', spreadSoon);
  map.setView(latLng, REVEAL_ZOOM);

  return () => {
    group.off('animationend', spreadSoon);
    clearTimeout(timer);
  };
}

/**
 * Does for a keyboard user what a click on a cluster does: zooms to the
 * cluster's markers, or spreads them out when zooming cannot separate them.
 */
export function openCluster(map: L.Map, cluster: L.MarkerCluster): void {
  const bounds = cluster.getBounds();
  const zoom = map.getBoundsZoom(bounds);
  if (
    zoom > map.getZoom() &&
    !bounds.getNorthEast().equals(bounds.getSouthWest())
  ) {
    cluster.zoomToBounds({ padding: [20, 20] });
  } else {
    cluster.spiderfy();
  }
}
