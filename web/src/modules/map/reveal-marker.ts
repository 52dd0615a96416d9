import './markercluster';

import L from 'leaflet';

/** Zoom at which clusters of nearby opportunities have mostly split up. */
const REVEAL_ZOOM = 15;

/**
 * Brings a clustered marker into view: pans to a visible marker, zooms in on
 * a cluster that hides it, and spreads out a cluster that stays together at
 * that zoom. It uses only public API because `zoomToShowLayer` leaves event
 * handlers behind that fail once the marker list is replaced.
 */
export function revealMarker(
  map: L.Map,
  group: L.MarkerClusterGroup,
  layer: L.Marker,
): void {
  // Null while chunked loading has not yet placed the marker in a cluster.
  const parent = group.getVisibleParent(layer) as L.Marker | null;
  if (parent === null) return;

  const latLng = layer.getLatLng();
  if (parent === layer) {
    if (!map.getBounds().contains(latLng)) map.panTo(latLng);

    return;
  }

  if (map.getZoom() < REVEAL_ZOOM) {
    map.setView(latLng, REVEAL_ZOOM);
  } else if (parent instanceof L.MarkerCluster) {
    parent.spiderfy();
  }
}
