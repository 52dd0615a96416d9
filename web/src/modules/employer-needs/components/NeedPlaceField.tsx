import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import type { GeoPoint } from '@/modules/map/geo';
import { PlaceSearch } from '@/modules/places/components/PlaceSearch';

import { type NeedPlace, pointOf } from '../need-form-model';
import { NeedAreaMap } from './NeedAreaMap';

interface NeedPlaceFieldProps {
  value: NeedPlace | null;
  radiusKm: number;
  error: string | undefined;
  errorId: string;
  onChange: (value: NeedPlace) => void;
}

/** Describes the chosen place or point in words, the map's text twin. */
function usePlaceText(value: NeedPlace | null, radiusKm: number): string {
  const { t } = useTranslation();
  if (value === null) return t('employerNeeds.form.place.none');
  const radius = Number.isFinite(radiusKm) ? radiusKm : 0;
  if (value.kind === 'place') {
    return t('employerNeeds.form.place.placeChosen', {
      name: value.place.name,
      radius,
    });
  }

  return value.name === null
    ? t('employerNeeds.form.place.pointChosen', {
        latitude: value.point.latitude.toFixed(3),
        longitude: value.point.longitude.toFixed(3),
        radius,
      })
    : t('employerNeeds.form.place.pointNear', { name: value.name, radius });
}

/**
 * Renders the place of a need: the gazetteer search, and a map where a
 * click places the point, with the radius drawn around it. The search is
 * the keyboard way to choose a place.
 */
export function NeedPlaceField({
  value,
  radiusKm,
  error,
  errorId,
  onChange,
}: NeedPlaceFieldProps) {
  const { t } = useTranslation();
  const text = usePlaceText(value, radiusKm);
  const pick = useCallback(
    (point: GeoPoint) => onChange({ kind: 'point', point, name: null }),
    [onChange],
  );

  return (
    <fieldset
      className="need-place"
      aria-invalid={error === undefined ? undefined : true}
      aria-describedby={error === undefined ? undefined : errorId}
    >
      <legend>{t('employerNeeds.form.place.legend')}</legend>
      <p className="hint">{t('employerNeeds.form.place.hint')}</p>
      <PlaceSearch
        selectedPlace={value?.kind === 'place' ? value.place : null}
        onSelect={(place) => onChange({ kind: 'place', place })}
      />
      <div
        className="need-place__map"
        role="region"
        aria-label={t('employerNeeds.form.place.mapLabel')}
      >
        <NeedAreaMap
          point={value === null ? null : pointOf(value)}
          radiusKm={radiusKm}
          markerLabel={t('employerNeeds.form.place.marker')}
          className="need-place__canvas"
          onPick={pick}
        />
      </div>
      <p role="status">{text}</p>
      {error !== undefined && (
        <p id={errorId} className="error-text">
          {error}
        </p>
      )}
    </fieldset>
  );
}
