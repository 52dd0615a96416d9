/**
 * Conversion between the wall-clock time a provider types into a
 * `datetime-local` input ("2027-04-04T02:30") and the ISO instant the API
 * stores, in an IANA time zone chosen for the session rather than the
 * browser's own.
 */

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const HOUR_MS = 3_600_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }

  return formatter;
}

/**
 * Returns the wall time that `instant` shows in `timeZone`, as milliseconds
 * of a UTC clock that reads the same, which makes wall times comparable.
 */
function wallClockMs(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }

  return Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour!,
    parts.minute!,
    parts.second!,
  );
}

/** Offset of `timeZone` from UTC at `instant`, in milliseconds. */
function offsetMs(instant: number, timeZone: string): number {
  return wallClockMs(instant, timeZone) - Math.floor(instant / 1000) * 1000;
}

/**
 * Fit of a wall time to instants: one (`exact`), none because clocks went
 * forward over it (`skipped`), or two because clocks went back (`repeated`).
 */
export type WallTimeFit = 'exact' | 'skipped' | 'repeated';

export interface ZonedInstant {
  /** ISO 8601 in UTC, such as `2027-04-03T15:30:00.000Z`. */
  iso: string;
  fit: WallTimeFit;
}

/**
 * Converts a `datetime-local` value in `timeZone` to an instant. A repeated
 * wall time takes its first occurrence and a skipped one moves forward by
 * the length of the gap, as Temporal's `compatible` disambiguation does, so
 * 02:30 on a Sydney spring-forward night becomes 03:30 daylight time.
 * Returns null for text that is not a wall time or an unknown zone.
 */
export function wallTimeToInstant(
  wallTime: string,
  timeZone: string,
): ZonedInstant | null {
  const match = WALL_TIME.exec(wallTime);
  if (match === null || !isTimeZone(timeZone)) return null;

  const [year, month, day, hour, minute, second] = match
    .slice(1)
    .map((part) => Number(part ?? 0));
  const wall = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  // Date.UTC rolls 30 February over into March; such a date is invalid.
  if (new Date(wall).toISOString().slice(0, 16) !== wallTime.slice(0, 16)) {
    return null;
  }

  // Offsets a day either side cover a transition, assuming no zone changes
  // its offset twice within 48 hours (true of current tz database rules).
  const offsets = new Set([
    offsetMs(wall - 24 * HOUR_MS, timeZone),
    offsetMs(wall + 24 * HOUR_MS, timeZone),
  ]);
  const candidates = [...offsets]
    .map((offset) => wall - offset)
    .filter((instant) => wallClockMs(instant, timeZone) === wall)
    .sort((a, b) => a - b);
  if (candidates.length > 0) {
    return {
      iso: new Date(candidates[0]!).toISOString(),
      fit: candidates.length > 1 ? 'repeated' : 'exact',
    };
  }

  // In a gap: the offset from before the change moves the time forward.
  const before = offsetMs(wall - 24 * HOUR_MS, timeZone);

  return { iso: new Date(wall - before).toISOString(), fit: 'skipped' };
}

/** Converts an instant to the `datetime-local` value it shows in `timeZone`. */
export function instantToWallTime(iso: string, timeZone: string): string {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant) || !isTimeZone(timeZone)) return '';

  return new Date(wallClockMs(instant, timeZone)).toISOString().slice(0, 16);
}

/** Checks that `timeZone` is an IANA zone name in this runtime's Intl data. */
export function isTimeZone(timeZone: string): boolean {
  if (timeZone === '') return false;
  try {
    formatterFor(timeZone);

    return true;
  } catch {
    return false;
  }
}

/** Returns the browser's own zone, or UTC when it reports none. */
export function browserTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  return zone !== undefined && isTimeZone(zone) ? zone : 'UTC';
}

/**
 * IANA zones for a select, sorted, always including `extra` (such as a
 * saved session's zone or the browser's), which may be an alias that
 * `Intl.supportedValuesOf` leaves out.
 */
export function timeZoneOptions(extra: readonly string[]): string[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add('UTC');
  for (const zone of extra) {
    if (isTimeZone(zone)) zones.add(zone);
  }

  return [...zones].sort();
}
