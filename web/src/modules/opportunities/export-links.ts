import type { SearchVariables } from '@/app/search-area';

/** File formats of the opportunity export. */
export type ExportFormat = 'geojson' | 'csv';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['geojson', 'csv'];

/** The maximum number of rows in one export file (`MAX_EXPORT_ROWS` in the API). */
export const EXPORT_ROW_LIMIT = 5000;

function setList(
  params: URLSearchParams,
  name: string,
  values: readonly (string | number)[] | null | undefined,
) {
  if (values !== null && values !== undefined && values.length > 0) {
    params.set(name, values.join(','));
  }
}

function setValue(
  params: URLSearchParams,
  name: string,
  value: string | number | null | undefined,
) {
  if (value !== null && value !== undefined && value !== '') {
    params.set(name, String(value));
  }
}

/**
 * Writes a map search as the export's query parameters: the same area and
 * filters as `opportunities(near, radiusKm, bbox, filter)`, with lists
 * joined by commas.
 */
export function toExportParams(search: SearchVariables): URLSearchParams {
  const params = new URLSearchParams();
  const { near, bbox, filter } = search;
  if (near !== null && near !== undefined) {
    setValue(params, 'placeId', near.placeId);
    setValue(params, 'lat', near.latitude);
    setValue(params, 'lng', near.longitude);
    setValue(params, 'radiusKm', search.radiusKm);
  }
  if (bbox !== null && bbox !== undefined) {
    setValue(params, 'west', bbox.west);
    setValue(params, 'south', bbox.south);
    setValue(params, 'east', bbox.east);
    setValue(params, 'north', bbox.north);
  }
  if (filter !== null && filter !== undefined) {
    setList(params, 'sdgs', filter.sdgs);
    setList(params, 'skills', filter.skills);
    setList(params, 'kinds', filter.kinds);
    setList(params, 'modes', filter.modes);
    if (filter.freeOnly === true) params.set('freeOnly', 'true');
    setValue(params, 'age', filter.age);
    setValue(params, 'startsAfter', filter.startsAfter);
    setValue(params, 'startsBefore', filter.startsBefore);
    setValue(params, 'text', filter.text?.trim());
  }

  return params;
}

/** Builds the download link of a search's results in `format`. */
export function exportUrl(
  format: ExportFormat,
  search: SearchVariables,
): string {
  const query = toExportParams(search).toString();
  const path = `/api/opportunities/export.${format}`;

  return query === '' ? path : `${path}?${query}`;
}
