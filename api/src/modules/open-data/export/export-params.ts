import { BadUserInputError } from '../../../common/errors/domain-error.js';
import { parseIsoDateTime } from '../../../common/graphql/date-time.scalar.js';
import type { SearchArgs } from '../../opportunities/dto/search.args.js';
import {
  OpportunityKind,
  OpportunityMode,
} from '../../opportunities/opportunity.entity.js';

/**
 * The query parameters of the exports. They carry the map search's
 * arguments flat: `lat`, `lng` or `placeId` for `near`; the four edges for
 * `bbox`; list filters as comma-separated values.
 */
export const EXPORT_PARAMETERS = [
  'lat',
  'lng',
  'placeId',
  'radiusKm',
  'west',
  'south',
  'east',
  'north',
  'sdgs',
  'skills',
  'kinds',
  'modes',
  'freeOnly',
  'age',
  'startsAfter',
  'startsBefore',
  'text',
] as const;

type ExportParameter = (typeof EXPORT_PARAMETERS)[number];
type RawQuery = Partial<Record<ExportParameter, string>>;

const KNOWN = new Set<string>(EXPORT_PARAMETERS);
const BOX_EDGES = ['west', 'south', 'east', 'north'] as const;

/**
 * Converts the query string to the map search's arguments, checking types
 * here; ranges and combinations are checked by the search's own
 * validation. Raises BAD_USER_INPUT naming the parameter at fault.
 */
export function parseExportQuery(query: Record<string, unknown>): SearchArgs {
  const raw = readStrings(query);
  const hasNear = ['lat', 'lng', 'placeId'].some((name) => name in raw);
  const edges = BOX_EDGES.filter((edge) => edge in raw);
  if (edges.length > 0 && edges.length < BOX_EDGES.length) {
    throw new BadUserInputError(
      `The bounding box needs all of west, south, east and north, but only ${edges.join(', ')} ${edges.length === 1 ? 'was' : 'were'} given.`,
    );
  }

  return {
    near: hasNear
      ? {
          latitude: optionalNumber(raw, 'lat'),
          longitude: optionalNumber(raw, 'lng'),
          placeId: raw.placeId ?? null,
        }
      : null,
    radiusKm: optionalNumber(raw, 'radiusKm'),
    bbox:
      edges.length === 0
        ? null
        : {
            west: optionalNumber(raw, 'west')!,
            south: optionalNumber(raw, 'south')!,
            east: optionalNumber(raw, 'east')!,
            north: optionalNumber(raw, 'north')!,
          },
    filter: {
      sdgs: listOf(raw, 'sdgs')?.map((item) => wholeNumber('sdgs', item)),
      skills: listOf(raw, 'skills'),
      kinds: listOf(raw, 'kinds')?.map((item) =>
        enumValue('kinds', item, OpportunityKind),
      ),
      modes: listOf(raw, 'modes')?.map((item) =>
        enumValue('modes', item, OpportunityMode),
      ),
      freeOnly: booleanOf(raw, 'freeOnly'),
      age: raw.age === undefined ? null : wholeNumber('age', raw.age),
      startsAfter: dateOf(raw, 'startsAfter'),
      startsBefore: dateOf(raw, 'startsBefore'),
      text: raw.text ?? null,
    },
  };
}

/**
 * Renames the GraphQL argument paths in a search validation message, such
 * as `near.latitude` or `filter.sdgs`, to this route's parameter names.
 */
export function toParameterNames(message: string): string {
  return message
    .replace(/\bnear\.latitude\b/g, 'lat')
    .replace(/\bnear\.longitude\b/g, 'lng')
    .replace(/\bnear\.placeId\b/g, 'placeId')
    .replace(
      /\bnear needs both latitude and longitude\b/g,
      'lat and lng go together',
    )
    .replace(
      /\bnear has both placeId and coordinates\b/g,
      'placeId and lat/lng were both given',
    )
    .replace(
      /\bradiusKm needs near; give near\b/g,
      'radiusKm needs a centre; give lat and lng or placeId',
    )
    .replace(/\bbbox\.(west|south|east|north)\b/g, '$1')
    .replace(/\bfilter\.(\w+)\b/g, '$1')
    .replace(
      /\bor use bbox alone\b/g,
      'or use west, south, east and north alone',
    );
}

function readStrings(query: Record<string, unknown>): RawQuery {
  const raw: RawQuery = {};
  for (const [name, value] of Object.entries(query)) {
    if (!KNOWN.has(name)) {
      throw new BadUserInputError(
        `"${name.slice(0, 40)}" is not an export parameter; use ${EXPORT_PARAMETERS.join(', ')}.`,
        name,
      );
    }
    if (typeof value !== 'string') {
      throw new BadUserInputError(
        `${name} is given more than once; give it once, with list values separated by commas.`,
        name,
      );
    }
    if (value.trim() !== '') raw[name as ExportParameter] = value.trim();
  }

  return raw;
}

function optionalNumber(raw: RawQuery, name: ExportParameter): number | null {
  const text = raw[name];
  if (text === undefined) return null;
  const value = /^[-+]?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(value)) {
    throw new BadUserInputError(
      `${name} "${text.slice(0, 40)}" is not a number; write it as a decimal number, such as 12.5.`,
      name,
    );
  }

  return value;
}

function wholeNumber(name: ExportParameter, text: string): number {
  if (!/^\d{1,9}$/.test(text)) {
    throw new BadUserInputError(
      `${name} "${text.slice(0, 40)}" is not a whole number.`,
      name,
    );
  }

  return Number(text);
}

function listOf(raw: RawQuery, name: ExportParameter): string[] | null {
  const text = raw[name];
  if (text === undefined) return null;

  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Reads a GraphQL enum name such as WORKSHOP, in any case. */
function enumValue<T extends string>(
  name: ExportParameter,
  text: string,
  values: Record<string, T>,
): T {
  const value = values[text.toUpperCase()];
  if (value === undefined) {
    throw new BadUserInputError(
      `${name} contains "${text.slice(0, 40)}"; expected one of ${Object.keys(values).join(', ')}.`,
      name,
    );
  }

  return value;
}

function booleanOf(raw: RawQuery, name: ExportParameter): boolean {
  const text = raw[name];
  if (text === undefined || text === 'false') return false;
  if (text === 'true') return true;
  throw new BadUserInputError(
    `${name} "${text.slice(0, 40)}" is not a boolean; use true or false.`,
    name,
  );
}

/** Reads an ISO 8601 date-time with a zone, such as 2030-03-01T09:00:00Z. */
function dateOf(raw: RawQuery, name: ExportParameter): Date | null {
  const text = raw[name];
  if (text === undefined) return null;
  const value = parseIsoDateTime(text);
  if (value === null) {
    throw new BadUserInputError(
      `${name} "${text.slice(0, 40)}" is not a date-time; use ISO 8601 with a zone, such as 2030-03-01T09:00:00Z.`,
      name,
    );
  }

  return value;
}
