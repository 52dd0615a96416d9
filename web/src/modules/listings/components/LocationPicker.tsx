import 'leaflet/dist/leaflet.css';

import L from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MapContainer, Marker, useMap, useMapEvents } from 'react-leaflet';

import {
  describedBy,
  type FieldIds,
  FormField,
} from '@/components/form/FormField';
import type { PlaceFieldsFragment } from '@/gql/graphql';
import { useFormatLocale } from '@/i18n/useFormatLocale';
import { useQuery } from '@/lib/graphql/useQuery';
import { SettingsTileLayer } from '@/modules/map/components/SettingsTileLayer';
import {
  fromLatLng,
  type GeoPoint,
  toLatLng,
  WORLD_VIEW,
  wrapLongitude,
} from '@/modules/map/geo';
import { PlaceSearch } from '@/modules/places/components/PlaceSearch';
import { useDebouncedValue } from '@/modules/places/hooks/useDebouncedValue';

import { NearestPlaceQuery } from '../graphql/listings';
import { parseOptionalNumber } from '../listing-form-model';

/** Zoom at which a street-level venue can be placed. */
const VENUE_ZOOM = 15;
/** Six decimals is about 0.1 m, finer than anyone can click. */
const COORDINATE_DECIMALS = 6;

const pinIcon = L.divIcon({
  className: 'location-pin',
  html: '<span class="location-pin__head"></span>',
  iconSize: [28, 28],
  iconAnchor: [14, 28],
});

function roundCoordinate(value: number): string {
  return String(Number(value.toFixed(COORDINATE_DECIMALS)));
}

/** Returns the point the two inputs describe, or null while either is invalid. */
export function pointFromInputs(
  latitude: string,
  longitude: string,
): GeoPoint | null {
  const lat = parseOptionalNumber(latitude);
  const lng = parseOptionalNumber(longitude);
  if (lat === null || lng === null || Number.isNaN(lat) || Number.isNaN(lng)) {
    return null;
  }
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;

  return { latitude: lat, longitude: lng };
}

interface PinLayerProps {
  point: GeoPoint | null;
  /** Increments when the map should centre on the point, such as after a search. */
  centreRequest: number;
  pinLabel: string;
  onPick: (point: GeoPoint) => void;
}

/** Places the pin on a click, moves it on a drag and keeps it in view. */
function PinLayer({ point, centreRequest, pinLabel, onPick }: PinLayerProps) {
  const map = useMap();
  const latitude = point?.latitude;
  const longitude = point?.longitude;

  useMapEvents({
    click(event) {
      onPick(fromLatLng(event.latlng));
    },
  });

  useEffect(
    function centreOnRequest() {
      if (latitude === undefined || longitude === undefined) return;

      map.setView(toLatLng({ latitude, longitude }), VENUE_ZOOM, {
        animate: false,
      });
    },
    // Only a new request centres the map, so the point is left out: a click
    // or a drag must not move the view under the pointer.
    [map, centreRequest],
  );

  useEffect(
    function keepPinInView() {
      if (latitude === undefined || longitude === undefined) return;

      const latLng = toLatLng({ latitude, longitude });
      if (!map.getBounds().contains(latLng)) {
        map.setView(latLng, Math.max(map.getZoom(), VENUE_ZOOM), {
          animate: false,
        });
      }
    },
    [map, latitude, longitude],
  );

  const handlers = useMemo(
    () => ({
      dragend(event: L.DragEndEvent) {
        onPick(fromLatLng((event.target as L.Marker).getLatLng()));
      },
    }),
    [onPick],
  );

  if (point === null) return null;

  return (
    <Marker
      position={toLatLng(point)}
      icon={pinIcon}
      draggable
      // The latitude and longitude inputs are the keyboard alternative, so
      // the pin is not a tab stop that does nothing.
      keyboard={false}
      title={pinLabel}
      alt={pinLabel}
      eventHandlers={handlers}
    />
  );
}

function NearestPlaceText({ point }: { point: GeoPoint | null }) {
  const { t } = useTranslation();
  const settled = useDebouncedValue(point, 400);
  const nearest = useQuery(NearestPlaceQuery, settled);
  const place = nearest.data?.nearestPlace;

  if (point === null || settled === null) return null;
  if (nearest.status === 'error')
    return <>{t('listingForm.location.nearestFailed')}</>;
  if (place === undefined || place === null) return null;

  return <>{t('listingForm.location.nearest', { place: place.name })}</>;
}

interface LocationPickerProps {
  latitude: string;
  longitude: string;
  onChange: (latitude: string, longitude: string) => void;
  onBlur: (field: 'location.latitude' | 'location.longitude') => void;
  idsOf: (field: string) => FieldIds;
  errorOf: (field: string) => string | undefined;
}

/**
 * Renders a venue picker: a gazetteer search, a map where a click places
 * the pin and a drag moves it, and latitude and longitude inputs that do
 * the same without a pointer.
 */
export function LocationPicker({
  latitude,
  longitude,
  onChange,
  onBlur,
  idsOf,
  errorOf,
}: LocationPickerProps) {
  const { t } = useTranslation();
  const locale = useFormatLocale();
  const point = pointFromInputs(latitude, longitude);
  const [searchedPlace, setSearchedPlace] =
    useState<PlaceFieldsFragment | null>(null);
  // A stored venue centres the map once when it opens.
  const [centreRequest, setCentreRequest] = useState(0);
  const pinLabel = t('listingForm.location.pin');
  const latitudeIds = idsOf('location.latitude');
  const longitudeIds = idsOf('location.longitude');
  const latitudeError = errorOf('location.latitude');
  const longitudeError = errorOf('location.longitude');
  const locationError = errorOf('location');
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 });

  function pick(picked: GeoPoint) {
    setSearchedPlace(null);
    onChange(
      roundCoordinate(picked.latitude),
      roundCoordinate(wrapLongitude(picked.longitude)),
    );
  }

  function pickPlace(place: PlaceFieldsFragment) {
    setSearchedPlace(place);
    onChange(
      roundCoordinate(place.location.latitude),
      roundCoordinate(place.location.longitude),
    );
    setCentreRequest((count) => count + 1);
  }

  return (
    <fieldset className="location-picker">
      <legend>{t('listingForm.location.legend')}</legend>
      <p className="hint">{t('listingForm.location.help')}</p>
      <PlaceSearch selectedPlace={searchedPlace} onSelect={pickPlace} />
      <div
        className="location-picker__map"
        role="region"
        aria-label={t('listingForm.location.mapLabel')}
      >
        <MapContainer
          center={point === null ? WORLD_VIEW.centre : toLatLng(point)}
          zoom={point === null ? WORLD_VIEW.zoom : VENUE_ZOOM}
          minZoom={2}
          maxZoom={19}
          className="location-picker__canvas"
          worldCopyJump
        >
          <SettingsTileLayer />
          <PinLayer
            point={point}
            centreRequest={centreRequest}
            pinLabel={pinLabel}
            onPick={pick}
          />
        </MapContainer>
      </div>
      <p role="status" className="location-picker__status">
        {point === null
          ? t('listingForm.location.noPin')
          : t('listingForm.location.pinAt', {
              latitude: number.format(point.latitude),
              longitude: number.format(point.longitude),
            })}{' '}
        <NearestPlaceText point={point} />
      </p>
      {locationError !== undefined && (
        <p className="error-text">{locationError}</p>
      )}
      <div className="location-picker__coordinates">
        <FormField
          ids={latitudeIds}
          label={t('listingForm.location.latitude')}
          error={latitudeError}
        >
          <input
            id={latitudeIds.control}
            type="number"
            inputMode="decimal"
            step="any"
            min={-90}
            max={90}
            className="text-input"
            value={latitude}
            onChange={(event) => onChange(event.target.value, longitude)}
            onBlur={() => onBlur('location.latitude')}
            {...describedBy(latitudeIds, undefined, latitudeError)}
          />
        </FormField>
        <FormField
          ids={longitudeIds}
          label={t('listingForm.location.longitude')}
          error={longitudeError}
        >
          <input
            id={longitudeIds.control}
            type="number"
            inputMode="decimal"
            step="any"
            min={-180}
            max={180}
            className="text-input"
            value={longitude}
            onChange={(event) => onChange(latitude, event.target.value)}
            onBlur={() => onBlur('location.longitude')}
            {...describedBy(longitudeIds, undefined, longitudeError)}
          />
        </FormField>
      </div>
    </fieldset>
  );
}
