import 'leaflet/dist/leaflet.css';
import '@/modules/map/skill-need-marker.css';

import type { LeafletMouseEvent } from 'leaflet';
import { useEffect, useMemo } from 'react';
import { Circle, MapContainer, Marker, useMap } from 'react-leaflet';

import { SettingsTileLayer } from '@/modules/map/components/SettingsTileLayer';
import {
  boundsAround,
  fromLatLng,
  type GeoPoint,
  toLatLng,
  WORLD_VIEW,
  wrapLongitude,
} from '@/modules/map/geo';
import { skillNeedIcon } from '@/modules/map/marker-icons';

/** Fits the view to the need's circle whenever its centre or radius changes. */
function FitToArea({ point, radiusKm }: { point: GeoPoint; radiusKm: number }) {
  const map = useMap();
  const { latitude, longitude } = point;

  useEffect(
    function fitToNeedArea() {
      map.fitBounds(boundsAround({ latitude, longitude }, radiusKm), {
        animate: false,
      });
    },
    [map, latitude, longitude, radiusKm],
  );

  return null;
}

/** Calls `onPick` with the clicked point, its longitude wrapped into range. */
function ClickToPick({ onPick }: { onPick: (point: GeoPoint) => void }) {
  const map = useMap();

  useEffect(
    function listenForClicks() {
      const pick = (event: LeafletMouseEvent) => {
        const point = fromLatLng(event.latlng);
        onPick({ ...point, longitude: wrapLongitude(point.longitude) });
      };
      map.on('click', pick);

      return function stopListening() {
        map.off('click', pick);
      };
    },
    [map, onPick],
  );

  return null;
}

interface NeedAreaMapProps {
  point: GeoPoint | null;
  /** The radius of the circle; a value out of range draws no circle. */
  radiusKm: number;
  /** The marker's accessible name. */
  markerLabel: string;
  className: string;
  /** Set in a form: a click on the map moves the point. */
  onPick?: (point: GeoPoint) => void;
}

/**
 * Renders a need's point and the circle within which learning counts as
 * local. The text beside the map is its accessible twin, so the marker
 * is not a tab stop.
 */
export function NeedAreaMap({
  point,
  radiusKm,
  markerLabel,
  className,
  onPick,
}: NeedAreaMapProps) {
  const centre = useMemo(
    () => (point === null ? null : toLatLng(point)),
    [point],
  );
  const hasRadius = Number.isFinite(radiusKm) && radiusKm > 0;

  return (
    <MapContainer
      center={centre ?? WORLD_VIEW.centre}
      zoom={WORLD_VIEW.zoom}
      minZoom={2}
      maxZoom={19}
      className={className}
      worldCopyJump
    >
      <SettingsTileLayer />
      {onPick !== undefined && <ClickToPick onPick={onPick} />}
      {point !== null && centre !== null && (
        <>
          <FitToArea point={point} radiusKm={hasRadius ? radiusKm : 1} />
          <Marker
            position={centre}
            icon={skillNeedIcon()}
            keyboard={false}
            title={markerLabel}
            alt={markerLabel}
          />
          {hasRadius && (
            <Circle
              center={centre}
              radius={radiusKm * 1000}
              pathOptions={{ color: '#0b5563', weight: 2, fillOpacity: 0.08 }}
            />
          )}
        </>
      )}
    </MapContainer>
  );
}
