import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { GeoPoint } from '@/modules/map/geo';

import { useDeviceLocation } from '../hooks/useDeviceLocation';

interface LocateButtonProps {
  active: boolean;
  onLocated: (point: GeoPoint) => void;
}

/** Searches around the device position, with the reason when it fails. */
export function LocateButton({ active, onLocated }: LocateButtonProps) {
  const { t } = useTranslation();
  const { state, locate } = useDeviceLocation(onLocated);
  const locating = state.status === 'locating';
  const privacyId = useId();

  return (
    <div className="locate">
      <button
        type="button"
        className="button button--secondary"
        aria-pressed={active}
        aria-describedby={privacyId}
        disabled={locating}
        onClick={locate}
      >
        {t(locating ? 'location.locating' : 'location.use')}
      </button>
      {/* The error takes the privacy note's place, so the header keeps its
          height on wide screens. */}
      <p id={privacyId} className="hint" hidden={state.status === 'failed'}>
        {t('location.privacy')}
      </p>
      {state.status === 'failed' && (
        <p role="alert" className="error-text">
          {t(`location.${state.reason}`)}
        </p>
      )}
    </div>
  );
}
