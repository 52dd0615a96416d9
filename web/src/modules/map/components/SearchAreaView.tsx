import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

import { boundsAround, type GeoPoint } from '../geo';

interface SearchAreaViewProps {
  centre: GeoPoint | null;
  radiusKm: number;
}

/** Fits the map to a radius search whenever its centre or radius changes. */
export function SearchAreaView({ centre, radiusKm }: SearchAreaViewProps) {
  const map = useMap();
  const latitude = centre?.latitude;
  const longitude = centre?.longitude;

  useEffect(
    function fitToSearchArea() {
      if (latitude === undefined || longitude === undefined) return;

      map.fitBounds(boundsAround({ latitude, longitude }, radiusKm), {
        animate: false,
      });
    },
    [map, latitude, longitude, radiusKm],
  );

  return null;
}
