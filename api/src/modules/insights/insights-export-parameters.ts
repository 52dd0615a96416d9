import { BadUserInputError } from '../../common/errors/domain-error.js';
import { parseIsoDateTime } from '../../common/graphql/date-time.scalar.js';
import { GridShape, InsightPeriod } from './dto/insights.args.js';
import {
  CELL_KM,
  FEW_THRESHOLD,
  GAP_DISTANCE_KM,
  requireInRange,
  requireWholeInRange,
} from './insights-parameters.js';

/** The query parameters every insights CSV table accepts. */
export const EXPORT_PARAMETERS = [
  'from',
  'to',
  'period',
  'cellKm',
  'shape',
  'gapDistanceKm',
  'fewThreshold',
] as const;

type ExportParameterName = (typeof EXPORT_PARAMETERS)[number];

/** The CSV query, checked; null means the GraphQL default. */
export interface ExportParameters {
  from: Date | null;
  to: Date | null;
  period: InsightPeriod | null;
  cellKm: number | null;
  shape: GridShape | null;
  gapDistanceKm: number | null;
  fewThreshold: number | null;
}

/**
 * Reads the query string of a CSV request. Every table accepts the same
 * parameters, so that one query string serves all the tables of a view,
 * and each is checked whether the table reads it or not. A name that is
 * not one of them, a repeated name and the `name[]` array form are
 * rejected, so that a mistyped parameter never yields the default figures
 * silently.
 */
export function readExportParameters(query: URLSearchParams): ExportParameters {
  const names = new Set(query.keys());
  for (const name of names) requireOnce(query, name);
  const text = (name: ExportParameterName) => {
    const value = query.get(name);

    return value === null || value === '' ? null : value;
  };

  return {
    from: dateParameter(text('from'), 'from'),
    to: dateParameter(text('to'), 'to'),
    period: enumParameter(text('period'), 'period', InsightPeriod),
    cellKm: inRange(numberParameter(text('cellKm'), 'cellKm'), (value) =>
      requireInRange(value, CELL_KM, 'cellKm', ' km'),
    ),
    shape: enumParameter(text('shape'), 'shape', GridShape),
    gapDistanceKm: inRange(
      numberParameter(text('gapDistanceKm'), 'gapDistanceKm'),
      (value) => requireInRange(value, GAP_DISTANCE_KM, 'gapDistanceKm', ' km'),
    ),
    fewThreshold: inRange(
      numberParameter(text('fewThreshold'), 'fewThreshold'),
      (value) => requireWholeInRange(value, FEW_THRESHOLD, 'fewThreshold'),
    ),
  };
}

/** Checks a number given, keeping null for the default. */
function inRange(
  value: number | null,
  check: (value: number) => number,
): number | null {
  return value === null ? null : check(value);
}

function requireOnce(query: URLSearchParams, name: string): void {
  const shown = name.slice(0, 40);
  const base = /^([^[]*)\[/.exec(name)?.[1];
  if (base !== undefined && isExportParameter(base)) {
    throw new BadUserInputError(
      `Give ${base} as ${base}=value, not as "${shown}".`,
      base,
    );
  }
  if (!isExportParameter(name)) {
    throw new BadUserInputError(
      `There is no insights parameter "${shown}"; use ${EXPORT_PARAMETERS.join(', ')}.`,
      shown,
    );
  }
  if (query.getAll(name).length > 1) {
    throw new BadUserInputError(`Give ${name} once, as a single value.`, name);
  }
}

function isExportParameter(name: string): name is ExportParameterName {
  return (EXPORT_PARAMETERS as readonly string[]).includes(name);
}

function dateParameter(text: string | null, name: string): Date | null {
  if (text === null) return null;
  // The same rule as the GraphQL DateTime scalar: a real moment, with a zone.
  const date = parseIsoDateTime(text);
  if (date === null) {
    throw new BadUserInputError(
      `${name} "${text.slice(0, 40)}" is not a date-time; use ISO 8601 with a zone, such as 2025-01-01T00:00:00Z.`,
      name,
    );
  }

  return date;
}

function numberParameter(text: string | null, name: string): number | null {
  if (text === null) return null;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) {
    throw new BadUserInputError(
      `${name} "${text.slice(0, 40)}" is not a number.`,
      name,
    );
  }

  return value;
}

/** Reads an enum by its GraphQL name (`WEEK`) or value (`week`). */
function enumParameter<Value extends string>(
  text: string | null,
  name: string,
  values: Record<string, Value>,
): Value | null {
  if (text === null) return null;
  const found = Object.values(values).find(
    (value) => value === text.toLowerCase(),
  );
  if (found === undefined) {
    throw new BadUserInputError(
      `${name} "${text.slice(0, 40)}" is not allowed; use one of ${Object.keys(values).join(', ')}.`,
      name,
    );
  }

  return found;
}
