import L from 'leaflet';

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;
const FALLBACK_COLOUR = '#4a5568';
const icons = new Map<string, L.DivIcon>();

/**
 * Returns a round icon in the colour of the opportunity's first goal. Icons
 * are shared per colour and state, so 5,000 markers need only a few of them.
 */
export function markerIcon(
  colour: string | undefined,
  selected: boolean,
): L.DivIcon {
  // The colour ends up in HTML, so only a plain hex colour is accepted.
  const safeColour =
    colour !== undefined && HEX_COLOUR.test(colour) ? colour : FALLBACK_COLOUR;
  const key = `${safeColour}:${selected}`;
  let icon = icons.get(key);
  if (icon === undefined) {
    const size = selected ? 30 : 22;
    icon = L.divIcon({
      className: selected ? 'map-marker map-marker--selected' : 'map-marker',
      html: `<span class="map-marker__dot" style="background-color:${safeColour}"></span>`,
      iconSize: [size, size],
      iconAnchor: [size / 2, size / 2],
    });
    icons.set(key, icon);
  }

  return icon;
}

let skillNeedMarkerIcon: L.DivIcon | null = null;

/**
 * Returns the icon of an employer's skill need: a diamond with a square
 * inside, so that it differs from the round opportunity markers by shape
 * and not by colour alone. One icon serves every need marker.
 */
export function skillNeedIcon(): L.DivIcon {
  skillNeedMarkerIcon ??= L.divIcon({
    className: 'need-marker',
    html: '<span class="need-marker__shape"></span>',
    iconSize: [26, 26],
    iconAnchor: [13, 13],
  });

  return skillNeedMarkerIcon;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * Returns markercluster's default cluster icon, with its size classes at 10
 * and 100 markers, plus an accessible name such as "12 opportunities here"
 * that screen readers announce in place of the bare count.
 */
export function clusterIcon(
  count: number,
  label: (count: number) => string,
): L.DivIcon {
  let size = 'large';
  if (count < 10) {
    size = 'small';
  } else if (count < 100) {
    size = 'medium';
  }

  return L.divIcon({
    className: `marker-cluster marker-cluster-${size}`,
    html: `<div><span aria-hidden="true">${count}</span><span class="visually-hidden">${escapeHtml(label(count))}</span></div>`,
    iconSize: [40, 40],
  });
}
