import 'leaflet/dist/leaflet.css';

import { MapContainer, Marker } from 'react-leaflet';

import { SettingsTileLayer } from '@/modules/map/components/SettingsTileLayer';
import { type GeoPoint, toLatLng } from '@/modules/map/geo';
import { markerIcon } from '@/modules/map/marker-icons';

/** Street level, so that the streets around the venue can be read. */
const VENUE_ZOOM = 15;

interface VenueMapProps {
  location: GeoPoint;
  /** The pin's colour, such as the first goal's; grey when undefined. */
  colour: string | undefined;
}

/**
 * Renders a small, fixed map with a pin at the venue. It takes no pointer
 * or keyboard input, so that the page scrolls past it on a phone; the
 * address beside it is the text twin.
 */
export function VenueMap({ location, colour }: VenueMapProps) {
  const position = toLatLng(location);

  return (
    <MapContainer
      center={position}
      zoom={VENUE_ZOOM}
      className="venue-map__canvas"
      zoomControl={false}
      dragging={false}
      scrollWheelZoom={false}
      doubleClickZoom={false}
      touchZoom={false}
      boxZoom={false}
      keyboard={false}
    >
      <SettingsTileLayer />
      <Marker
        position={position}
        icon={markerIcon(colour, true)}
        interactive={false}
        keyboard={false}
      />
    </MapContainer>
  );
}
