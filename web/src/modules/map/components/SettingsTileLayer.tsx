import { TileLayer } from 'react-leaflet';

import { useQuery } from '@/lib/graphql/useQuery';

import { AppSettingsQuery } from '../graphql/map';

/**
 * Base tiles from the server's settings. Without settings, or when tiles fail
 * to load, the map keeps its plain background and still shows markers.
 */
export function SettingsTileLayer() {
  const settings = useQuery(AppSettingsQuery, {});
  if (settings.status !== 'success') return null;

  const { tileUrl, tileAttribution } = settings.data.appSettings;

  return <TileLayer url={tileUrl} attribution={tileAttribution} />;
}
