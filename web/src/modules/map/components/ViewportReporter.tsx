import type { LatLngBounds } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Reports the visible bounds once and after every pan or zoom. */
export function ViewportReporter({
  onChange,
}: {
  onChange: (bounds: LatLngBounds) => void;
}) {
  const map = useMap();

  useEffect(
    function reportViewport() {
      const report = () => onChange(map.getBounds());
      report();
      map.on('moveend', report);

      return function stopReporting() {
        map.off('moveend', report);
      };
    },
    [map, onChange],
  );

  return null;
}
