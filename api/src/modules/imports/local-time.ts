/** A wall-clock date and time with no time zone; `month` is 1-12. */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The result of placing a wall-clock time in a time zone. */
export type ZonedResult =
  | { kind: 'instant'; instant: Date }
  /** The time falls in a daylight-saving gap; `skippedMinutes` is its size. */
  | { kind: 'skipped'; skippedMinutes: number };

// ISO 8601 extended format without an offset: 2026-03-14T10:00 or with
// seconds. A space in place of the T is what spreadsheets often write.
const LOCAL_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;
const WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;

const DAY_MS = 86_400_000;

/**
 * Parses an ISO 8601 local date-time such as `2026-03-14T10:00`. Returns a
 * message saying what is wrong when the text is not one, or names a date
 * that the calendar does not have.
 */
export function parseLocalDateTime(text: string): LocalDateTime | string {
  const match = LOCAL_DATE_TIME.exec(text);
  if (match === null) {
    return WITH_OFFSET.test(text)
      ? 'has a UTC offset; give the local time without one, such as 2026-03-14T10:00, because the time_zone column sets the zone'
      : 'is not a local date and time; use the ISO 8601 form 2026-03-14T10:00';
  }
  const [year, month, day, hour, minute, second] = match
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part))) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const calendarDay = new Date(Date.UTC(year, month - 1, day));
  if (
    month < 1 ||
    month > 12 ||
    calendarDay.getUTCMonth() !== month - 1 ||
    calendarDay.getUTCDate() !== day
  ) {
    return 'is not a date in the calendar';
  }
  if (hour > 23 || minute > 59 || second > 59) {
    return 'is not a time of day; hours run 00-23 and minutes 00-59';
  }

  return { year, month, day, hour, minute, second };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }

  return formatter;
}

/** Milliseconds that `timeZone` is ahead of UTC at `instantMs`. */
function offsetAt(instantMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instantMs)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const shownAsUtc = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );

  return shownAsUtc - Math.floor(instantMs / 1000) * 1000;
}

/**
 * Finds the instant that a wall-clock time names in an IANA time zone. A
 * time that occurs twice, when clocks go back, resolves to the earlier
 * instant. A time that a daylight-saving change skips has no instant.
 */
export function zonedInstant(
  local: LocalDateTime,
  timeZone: string,
): ZonedResult {
  // Import files repeat the same few times, and each look-up formats
  // three instants, so results are kept.
  const key = `${timeZone}|${local.year}-${local.month}-${local.day}T${local.hour}:${local.minute}:${local.second}`;
  let result = zonedResults.get(key);
  if (result === undefined) {
    result = resolveZoned(local, timeZone);
    if (zonedResults.size >= MAX_CACHED_RESULTS) zonedResults.clear();
    zonedResults.set(key, result);
  }

  // A fresh Date, so that no caller can change the cached one.
  return result.kind === 'instant'
    ? { kind: 'instant', instant: new Date(result.instant.getTime()) }
    : result;
}

const MAX_CACHED_RESULTS = 10_000;
const zonedResults = new Map<string, ZonedResult>();

function resolveZoned(local: LocalDateTime, timeZone: string): ZonedResult {
  const asUtc = Date.UTC(
    local.year,
    local.month - 1,
    local.day,
    local.hour,
    local.minute,
    local.second,
  );
  // The offset may differ on either side of a change, so try both.
  const offsetBefore = offsetAt(asUtc - DAY_MS, timeZone);
  const offsetAfter = offsetAt(asUtc + DAY_MS, timeZone);
  const candidates = [asUtc - offsetBefore, asUtc - offsetAfter].sort(
    (a, b) => a - b,
  );
  for (const candidate of candidates) {
    if (offsetAt(candidate, timeZone) === asUtc - candidate) {
      return { kind: 'instant', instant: new Date(candidate) };
    }
  }

  return {
    kind: 'skipped',
    skippedMinutes: Math.abs(offsetAfter - offsetBefore) / 60_000,
  };
}
