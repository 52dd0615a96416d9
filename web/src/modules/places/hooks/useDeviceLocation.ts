import { useCallback, useState } from 'react';

import type { GeoPoint } from '@/modules/map/geo';

export type LocationFailure =
  'denied' | 'unavailable' | 'timeout' | 'unsupported';

export type DeviceLocationState =
  | { status: 'idle' }
  | { status: 'locating' }
  | { status: 'failed'; reason: LocationFailure };

function toFailure(error: GeolocationPositionError): LocationFailure {
  switch (error.code) {
    case error.PERMISSION_DENIED:
      return 'denied';
    case error.TIMEOUT:
      return 'timeout';
    default:
      return 'unavailable';
  }
}

/**
 * Asks the browser for the device position once per call. The position goes
 * straight to `onLocated` and is kept nowhere else.
 */
export function useDeviceLocation(onLocated: (point: GeoPoint) => void) {
  const [state, setState] = useState<DeviceLocationState>({ status: 'idle' });

  const locate = useCallback(() => {
    if (typeof navigator === 'undefined' || !('geolocation' in navigator)) {
      setState({ status: 'failed', reason: 'unsupported' });

      return;
    }

    setState({ status: 'locating' });
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setState({ status: 'idle' });
        onLocated({
          latitude: position.coords.latitude,
          longitude: position.coords.longitude,
        });
      },
      (error) => setState({ status: 'failed', reason: toFailure(error) }),
      // Coarse accuracy is enough to search within kilometres.
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  }, [onLocated]);

  return { state, locate };
}
