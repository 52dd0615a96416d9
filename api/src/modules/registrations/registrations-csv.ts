import type { ExportRow } from './registration-lists.repository.js';

/** The CSV header, in column order. */
export const CSV_COLUMNS = [
  'name',
  'email',
  'status',
  'waitlist_position',
  'attendance',
  'registered_at',
] as const;

/**
 * Characters that make a spreadsheet program read a cell as a formula
 * (`=`, `+`, `-`, `@`) or that can hide one in front of it (tab, carriage
 * return).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Prefixes a single quote to a cell that a spreadsheet would run as a
 * formula, so that it shows as text. Other cells pass through unchanged.
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Converts a row to a CSV record that is safe to open in a spreadsheet. */
export function csvRecordOf(row: ExportRow): string[] {
  return [
    row.name,
    row.email,
    row.status,
    row.waitlistPosition === null ? '' : String(row.waitlistPosition),
    row.attendance ?? '',
    row.createdAt.toISOString(),
  ].map(neutraliseFormula);
}

/**
 * Turns a title into ASCII letters, digits and hyphens for a file name,
 * so the `Content-Disposition` header needs no encoding. Empty when the
 * title has no such characters.
 */
export function slugOf(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** Formats an instant as YYYY-MM-DD on the calendar of `timeZone`. */
export function calendarDate(instant: Date, timeZone: string): string {
  // The Canadian English format is ISO 8601's year-month-day.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/** Names the file `registrations-<title slug or opportunity id>-<date>.csv`. */
export function exportFileName(session: {
  title: string;
  opportunityId: string;
  startsAt: Date;
  timeZone: string;
}): string {
  const name = slugOf(session.title) || session.opportunityId;

  return `registrations-${name}-${calendarDate(session.startsAt, session.timeZone)}.csv`;
}
