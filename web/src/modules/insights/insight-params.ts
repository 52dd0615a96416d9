import type { GridShape, InsightPeriod } from '@/gql/graphql';

/**
 * The settings of an insights view. They live in the page's query string
 * under these names, which are also the CSV export's parameter names, so a
 * shared link and a download show the same figures.
 */
export interface InsightParams {
  /** First day, `YYYY-MM-DD` (UTC), included. */
  from: string;
  /** Last day, `YYYY-MM-DD` (UTC), included. */
  to: string;
  period: InsightPeriod;
  cellKm: number;
  shape: GridShape;
  gapDistanceKm: number;
  fewThreshold: number;
}

export type InsightParamName = keyof InsightParams;

export const INSIGHT_TABLES = [
  'sdgs',
  'skills',
  'places',
  'over-time',
  'density',
  'skill-gaps',
  'sdg-gaps',
] as const;

export type InsightTable = (typeof INSIGHT_TABLES)[number];

/** The parameters each CSV table reads besides the date range. */
const TABLE_PARAMS: Record<InsightTable, readonly InsightParamName[]> = {
  sdgs: [],
  skills: [],
  places: [],
  'over-time': ['period'],
  density: ['cellKm', 'shape'],
  'skill-gaps': ['gapDistanceKm'],
  'sdg-gaps': ['fewThreshold'],
};

/** The API's defaults for the settings that are not dates. */
export const DEFAULT_SETTINGS = {
  period: 'MONTH',
  cellKm: 2,
  shape: 'HEXAGON',
  gapDistanceKm: 10,
  fewThreshold: 3,
} as const satisfies Omit<InsightParams, 'from' | 'to'>;

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  if (!DATE_PATTERN.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);

  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** Returns the default range: the twelve months up to and including today. */
export function defaultDateRange(today: Date = new Date()) {
  const to = today.toISOString().slice(0, 10);
  const start = new Date(`${to}T00:00:00Z`);
  start.setUTCFullYear(start.getUTCFullYear() - 1);
  start.setUTCDate(start.getUTCDate() + 1);

  return { from: start.toISOString().slice(0, 10), to };
}

function readNumber(text: string | null, fallback: number): number {
  if (text === null || text.trim() === '') return fallback;
  const value = Number(text);

  return Number.isFinite(value) ? value : fallback;
}

function readChoice<T extends string>(
  text: string | null,
  choices: readonly T[],
  fallback: T,
): T {
  return choices.find((choice) => choice === text) ?? fallback;
}

/**
 * Reads the settings from a query string. A missing or unreadable value
 * takes its default, while a readable value outside the API's limits is kept
 * so that the API's message about it can be shown next to its control.
 */
export function readInsightParams(
  search: URLSearchParams,
  today: Date = new Date(),
): InsightParams {
  const range = defaultDateRange(today);
  const from = search.get('from') ?? '';
  const to = search.get('to') ?? '';

  return {
    from: isIsoDate(from) ? from : range.from,
    to: isIsoDate(to) ? to : range.to,
    period: readChoice(
      search.get('period'),
      ['WEEK', 'MONTH'],
      DEFAULT_SETTINGS.period,
    ),
    cellKm: readNumber(search.get('cellKm'), DEFAULT_SETTINGS.cellKm),
    shape: readChoice(
      search.get('shape'),
      ['HEXAGON', 'SQUARE'],
      DEFAULT_SETTINGS.shape,
    ),
    gapDistanceKm: readNumber(
      search.get('gapDistanceKm'),
      DEFAULT_SETTINGS.gapDistanceKm,
    ),
    fewThreshold: readNumber(
      search.get('fewThreshold'),
      DEFAULT_SETTINGS.fewThreshold,
    ),
  };
}

/** Writes every setting, so that a shared link keeps its date range. */
export function toSearchParams(params: InsightParams): URLSearchParams {
  return new URLSearchParams({
    from: params.from,
    to: params.to,
    period: params.period,
    cellKm: String(params.cellKm),
    shape: params.shape,
    gapDistanceKm: String(params.gapDistanceKm),
    fewThreshold: String(params.fewThreshold),
  });
}

/**
 * Converts the inclusive day range to the API's instants: from the start of
 * the first day to the start of the day after the last, in UTC.
 */
export function dateRangeVariables(params: Pick<InsightParams, 'from' | 'to'>) {
  const end = new Date(new Date(`${params.to}T00:00:00Z`).getTime() + DAY_MS);

  return {
    from: `${params.from}T00:00:00.000Z`,
    to: end.toISOString(),
  };
}

/** Builds the address of one table's CSV download with the view's settings. */
export function insightCsvUrl(
  councilId: string,
  table: InsightTable,
  params: InsightParams,
): string {
  const query = new URLSearchParams(dateRangeVariables(params));
  for (const name of TABLE_PARAMS[table]) {
    query.set(name, String(params[name]));
  }

  return `/api/councils/${encodeURIComponent(councilId)}/insights/${table}.csv?${query.toString()}`;
}
