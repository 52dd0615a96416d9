/** A calendar date; `month` is 1-12. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** A wall-clock time on a calendar date in some time zone. */
export interface LocalDateTime extends LocalDate {
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    // Throws RangeError for a time zone that the ICU data does not contain.
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

type LocalDateTimeWithSeconds = Readonly<LocalDateTime & { second: number }>;

// Seeds convert the same few instants and wall-clock times again and again,
// and formatToParts dominated the generator's CPU time, so both are cached.
const MAX_CACHED_INSTANTS = 100_000;
const localTimes = new Map<string, LocalDateTimeWithSeconds>();
const instants = new Map<string, number>();

/** Returns the wall-clock date and time that `instant` shows in `timeZone`. */
export function localDateTimeAt(
  instant: Date,
  timeZone: string,
): LocalDateTimeWithSeconds {
  const key = `${timeZone}|${instant.getTime()}`;
  let local = localTimes.get(key);
  if (local === undefined) {
    local = formatLocal(instant, timeZone);
    if (localTimes.size >= MAX_CACHED_INSTANTS) localTimes.clear();
    localTimes.set(key, local);
  }

  return local;
}

function formatLocal(
  instant: Date,
  timeZone: string,
): LocalDateTimeWithSeconds {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }

  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Returns how many milliseconds `timeZone` is ahead of UTC at `instant`. */
export function utcOffsetMs(instant: Date, timeZone: string): number {
  const local = localDateTimeAt(instant, timeZone);
  const localAsUtc = Date.UTC(
    local.year,
    local.month - 1,
    local.day,
    local.hour,
    local.minute,
    local.second,
  );
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;

  return localAsUtc - wholeSeconds;
}

/**
 * Converts a wall-clock time in `timeZone` to the instant it names. A time
 * that a daylight-saving change skips (02:30 when clocks jump from 02:00 to
 * 03:00) moves forward by the size of the jump. A time that occurs twice
 * resolves to its earlier instant.
 */
export function zonedTimeToUtc(local: LocalDateTime, timeZone: string): Date {
  const key = `${timeZone}|${local.year}-${local.month}-${local.day} ${local.hour}:${local.minute}`;
  let instant = instants.get(key);
  if (instant === undefined) {
    instant = resolveLocalTime(local, timeZone);
    if (instants.size >= MAX_CACHED_INSTANTS) instants.clear();
    instants.set(key, instant);
  }

  return new Date(instant);
}

function resolveLocalTime(local: LocalDateTime, timeZone: string): number {
  const asUtc = Date.UTC(
    local.year,
    local.month - 1,
    local.day,
    local.hour,
    local.minute,
  );
  // The offset can differ on either side of a change, so try both.
  const offsetBefore = utcOffsetMs(new Date(asUtc - 86_400_000), timeZone);
  const offsetAfter = utcOffsetMs(new Date(asUtc + 86_400_000), timeZone);
  const candidates = [asUtc - offsetBefore, asUtc - offsetAfter];
  for (const candidate of candidates.sort((a, b) => a - b)) {
    if (utcOffsetMs(new Date(candidate), timeZone) === asUtc - candidate) {
      return candidate;
    }
  }

  // Inside a skipped hour: the earlier offset still applies just before it.
  return asUtc - offsetBefore;
}

/** Adds `days`, which may be negative, to a calendar date. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const shifted = new Date(
    Date.UTC(date.year, date.month - 1, date.day + days),
  );

  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  };
}

/** Returns the day of the week of a calendar date, 0 being Sunday. */
export function dayOfWeek(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}
