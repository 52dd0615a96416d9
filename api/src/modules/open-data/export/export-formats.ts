import type { Feature, FeatureCollection, Point } from 'geojson';

import {
  OpportunityKind,
  OpportunityMode,
} from '../../opportunities/opportunity.entity.js';
import { neutraliseFormula } from '../../registrations/registrations-csv.js';
import { opportunityPageUrl } from '../records/open-data-urls.js';
import { currencyDigits, majorUnitPrice } from '../records/record-values.js';
import type { ExportRow } from './export.repository.js';

/** The CSV header, in column order. */
export const EXPORT_CSV_COLUMNS = [
  'id',
  'title',
  'kind',
  'mode',
  'provider',
  'latitude',
  'longitude',
  'url',
  'sdgs',
  'skills',
  'cost',
  'currency',
  'next_session',
] as const;

/** GraphQL enum names by stored value, as the `kinds` parameter takes them. */
const KIND_NAMES = enumNames(OpportunityKind);
const MODE_NAMES = enumNames(OpportunityMode);

function enumNames(values: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(values).map(([name, value]) => [value, name]));
}

/** The properties of a GeoJSON feature, one per exported opportunity. */
export interface ExportProperties {
  id: string;
  title: string;
  kind: string;
  mode: string;
  provider: string;
  url: string;
  sdgs: number[];
  skills: string[];
  free: boolean;
  price: number;
  currency: string | null;
  nextSession: string | null;
}

/**
 * Builds an RFC 7946 FeatureCollection of located opportunities, each a
 * Point at [longitude, latitude].
 */
export function toFeatureCollection(
  rows: readonly ExportRow[],
  publicUrl: string,
): FeatureCollection<Point, ExportProperties> {
  return {
    type: 'FeatureCollection',
    features: rows.flatMap((row) =>
      row.latitude === null || row.longitude === null
        ? []
        : [toFeature(row, row.longitude, row.latitude, publicUrl)],
    ),
  };
}

function toFeature(
  row: ExportRow,
  longitude: number,
  latitude: number,
  publicUrl: string,
): Feature<Point, ExportProperties> {
  return {
    type: 'Feature',
    id: row.id,
    // GeoJSON positions are longitude first.
    geometry: { type: 'Point', coordinates: [longitude, latitude] },
    properties: {
      id: row.id,
      title: row.title,
      kind: KIND_NAMES.get(row.kind) ?? row.kind,
      mode: MODE_NAMES.get(row.mode) ?? row.mode,
      provider: row.providerName,
      url: opportunityPageUrl(publicUrl, row.id),
      sdgs: row.sdgs,
      skills: row.skills,
      free: row.costMinor === null,
      price: majorUnitPrice(row),
      currency: row.currency,
      nextSession: row.nextSessionStartsAt?.toISOString() ?? null,
    },
  };
}

/**
 * Converts a row to a CSV record that is safe to open in a spreadsheet:
 * the provider-written texts (title and provider name) are neutralised
 * against formulas, while numbers stay numbers, so a negative latitude
 * is not quoted. Lists are separated by spaces; a free opportunity costs
 * 0 with no currency.
 */
export function toCsvRecord(row: ExportRow, publicUrl: string): string[] {
  return [
    row.id,
    neutraliseFormula(row.title),
    KIND_NAMES.get(row.kind) ?? row.kind,
    MODE_NAMES.get(row.mode) ?? row.mode,
    neutraliseFormula(row.providerName),
    row.latitude === null ? '' : String(row.latitude),
    row.longitude === null ? '' : String(row.longitude),
    opportunityPageUrl(publicUrl, row.id),
    row.sdgs.join(' '),
    row.skills.join(' '),
    row.currency === null
      ? '0'
      : majorUnitPrice(row).toFixed(currencyDigits(row.currency)),
    row.currency ?? '',
    row.nextSessionStartsAt?.toISOString() ?? '',
  ];
}
