import L from 'leaflet';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { MapContainer, Marker, useMap, useMapEvents } from 'react-leaflet';

import type { PlaceFieldsFragment } from '@/gql/graphql';
import { SettingsTileLayer } from '@/modules/map/components/SettingsTileLayer';
import {
  fromLatLng,
  type GeoPoint,
  toLatLng,
  WORLD_VIEW,
  wrapLongitude,
} from '@/modules/map/geo';
import { PlaceSearch } from '@/modules/places/components/PlaceSearch';

/** Where an idea would happen: a clicked point or a gazetteer place. */
export type PickedPlace =
  | { kind: 'point'; point: GeoPoint }
  | { kind: 'place'; place: PlaceFieldsFragment };

const PLACE_ZOOM = 12;

// Created once and shared by every render of the pin.
const pinIcon = L.divIcon({
  className: 'idea-pin',
  html: '<span class="idea-pin__head"></span>',
  iconSize: [22, 22],
  iconAnchor: [11, 22],
});

export function pointOf(picked: PickedPlace): GeoPoint {
  return picked.kind === 'point' ? picked.point : picked.place.location;
}

function ClickToPlace({ onPick }: { onPick: (point: GeoPoint) => void }) {
  useMapEvents({
    click(event) {
      const point = fromLatLng(event.latlng);
      onPick({ ...point, longitude: wrapLongitude(point.longitude) });
    },
  });

  return null;
}

/** Moves the view to a place chosen in the search box. */
function FollowPlace({ place }: { place: PlaceFieldsFragment | null }) {
  const map = useMap();
  const latitude = place?.location.latitude;
  const longitude = place?.location.longitude;

  useEffect(
    function centreOnChosenPlace() {
      if (latitude === undefined || longitude === undefined) return;
      map.setView([latitude, longitude], PLACE_ZOOM);
    },
    [map, latitude, longitude],
  );

  return null;
}

interface PlacePickerProps {
  value: PickedPlace | null;
  onChange: (value: PickedPlace) => void;
  /** The API's message about the place, shown under the map. */
  error?: string;
  errorId?: string;
}

/**
 * Renders a map to click on and, as its keyboard twin, the place search.
 * The API keeps the point only to about 100 m.
 */
export function PlacePicker({
  value,
  onChange,
  error,
  errorId,
}: PlacePickerProps) {
  const { t } = useTranslation();
  const place = value?.kind === 'place' ? value.place : null;

  return (
    <fieldset
      className="idea-picker"
      aria-invalid={error === undefined ? undefined : true}
      aria-describedby={error === undefined ? undefined : errorId}
    >
      <legend>{t('proposals.form.place')}</legend>
      <p className="field-hint">{t('proposals.form.placeHint')}</p>
      <PlaceSearch
        selectedPlace={place}
        onSelect={(chosen) => onChange({ kind: 'place', place: chosen })}
      />
      <MapContainer
        center={WORLD_VIEW.centre}
        zoom={WORLD_VIEW.zoom}
        className="idea-picker__canvas"
        worldCopyJump
      >
        <SettingsTileLayer />
        <ClickToPlace onPick={(point) => onChange({ kind: 'point', point })} />
        <FollowPlace place={place} />
        {value !== null && (
          <Marker
            position={toLatLng(pointOf(value))}
            icon={pinIcon}
            title={t('proposals.form.pin')}
          />
        )}
      </MapContainer>
      <p aria-live="polite">
        {value === null
          ? t('proposals.form.noPlace')
          : value.kind === 'place'
            ? t('proposals.form.placeChosen', { name: value.place.name })
            : t('proposals.form.pointChosen', {
                latitude: value.point.latitude.toFixed(3),
                longitude: value.point.longitude.toFixed(3),
              })}
      </p>
      {error !== undefined && (
        <p id={errorId} className="error-text">
          {error}
        </p>
      )}
    </fieldset>
  );
}
