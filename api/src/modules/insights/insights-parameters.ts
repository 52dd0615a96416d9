import { BadUserInputError } from '../../common/errors/domain-error.js';

/** The window that `councilInsights` covers: `from` inclusive, `to` exclusive. */
export interface InsightWindow {
  from: Date;
  to: Date;
}

/** Maximum window length, in years, so that weekly series stay short. */
export const MAX_WINDOW_YEARS = 5;

export const CELL_KM = { min: 0.5, max: 50, default: 2 };
export const GAP_DISTANCE_KM = { min: 0.5, max: 200, default: 10 };
export const FEW_THRESHOLD = { min: 0, max: 100, default: 3 };

/** Milliseconds in a UTC day; UTC has no daylight saving. */
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Fills in the default window (the 12 months up to the end of today, UTC),
 * checks that `from` comes before `to`, and widens the window to whole
 * UTC days: `from` down to its midnight and `to` up to the next one.
 * Whole days stop a caller from comparing windows a millisecond apart to
 * learn when one person registered. The widened window may be at most
 * 5 years long.
 */
export function resolveWindow(
  from: Date | null | undefined,
  to: Date | null | undefined,
  now = new Date(),
): InsightWindow {
  requireValidDate(from, 'from');
  requireValidDate(to, 'to');
  const givenEnd = to ?? now;
  if (from && from.getTime() >= givenEnd.getTime()) {
    throw new BadUserInputError(
      `from (${from.toISOString()}) must be before to (${givenEnd.toISOString()}).`,
      'from',
    );
  }
  const end = ceilUtcDay(givenEnd);
  const start = from ? floorUtcDay(from) : shiftUtcYears(end, -1);
  if (start.getTime() < shiftUtcYears(end, -MAX_WINDOW_YEARS).getTime()) {
    throw new BadUserInputError(
      `The window from ${start.toISOString()} to ${end.toISOString()} (widened to whole UTC days) is longer than ${MAX_WINDOW_YEARS} years; ask for at most ${MAX_WINDOW_YEARS} years.`,
      'from',
    );
  }

  return { from: start, to: end };
}

export function floorUtcDay(instant: Date): Date {
  return new Date(Math.floor(instant.getTime() / DAY_MS) * DAY_MS);
}

export function ceilUtcDay(instant: Date): Date {
  return new Date(Math.ceil(instant.getTime() / DAY_MS) * DAY_MS);
}

/**
 * Rejects an Invalid Date. The DateTime scalar of @nestjs/graphql 14
 * passes any string through `new Date()`, so a bad value arrives here.
 */
function requireValidDate(value: Date | null | undefined, field: string) {
  if (value instanceof Date && Number.isNaN(value.getTime())) {
    throw new BadUserInputError(
      `${field} is not a valid date-time; use ISO 8601, such as 2025-01-01T00:00:00Z.`,
      field,
    );
  }
}

function shiftUtcYears(instant: Date, years: number): Date {
  const shifted = new Date(instant.getTime());
  shifted.setUTCFullYear(shifted.getUTCFullYear() + years);

  return shifted;
}

/** Checks a number argument against its range; null means the default. */
export function requireInRange(
  value: number | null | undefined,
  range: { min: number; max: number; default: number },
  field: string,
  unit = '',
): number {
  if (value === null || value === undefined) return range.default;
  if (!Number.isFinite(value) || value < range.min || value > range.max) {
    throw new BadUserInputError(
      `${field} ${value} is out of range; use ${range.min} to ${range.max}${unit}.`,
      field,
    );
  }

  return value;
}

/** Checks a whole-number argument, such as `fewThreshold`. */
export function requireWholeInRange(
  value: number | null | undefined,
  range: { min: number; max: number; default: number },
  field: string,
): number {
  const checked = requireInRange(value, range, field);
  if (!Number.isInteger(checked)) {
    throw new BadUserInputError(
      `${field} ${checked} is not a whole number; use ${range.min} to ${range.max}.`,
      field,
    );
  }

  return checked;
}
