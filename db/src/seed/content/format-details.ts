import type { PlannedSession } from '../schedule/session-plan.js';
import type { LocalDateTime } from '../time/zoned-time.js';
import { dayOfWeek } from '../time/zoned-time.js';

const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const CURRENCY_SYMBOLS: Record<string, string> = {
  AUD: 'A$',
  EUR: '€',
  FJD: 'FJ$',
  GBP: '£',
  NZD: 'NZ$',
};

function formatDate(local: LocalDateTime): string {
  const weekday = WEEKDAYS[dayOfWeek(local)] ?? '';
  const month = MONTHS[local.month - 1] ?? '';

  return `${weekday} ${local.day} ${month} ${local.year}`;
}

function formatClock(local: LocalDateTime): string {
  const pad = (value: number) => String(value).padStart(2, '0');

  return `${pad(local.hour)}:${pad(local.minute)}`;
}

/** "Saturday 14 March 2026, 10:00–12:00", or the range of a run of sessions. */
export function formatSessions(sessions: readonly PlannedSession[]): string {
  const first = sessions[0];
  const last = sessions.at(-1);
  if (first === undefined || last === undefined) return 'Dates to be announced';
  const hours = `${formatClock(first.localStart)}–${formatClock(first.localEnd)}`;
  if (sessions.length === 1) {
    return `${formatDate(first.localStart)}, ${hours} local time`;
  }

  return (
    `${sessions.length} sessions from ${formatDate(first.localStart)} ` +
    `to ${formatDate(last.localStart)}, ${hours} local time`
  );
}

export function formatCost(
  costMinor: number | null,
  currency: string | null,
): string {
  if (costMinor === null || currency === null) return 'Free';
  const amount = (costMinor / 100).toFixed(2);
  const symbol = CURRENCY_SYMBOLS[currency];

  return symbol === undefined ? `${currency} ${amount}` : `${symbol}${amount}`;
}

export function formatAges(minAge: number | null, maxAge: number | null) {
  if (minAge === null && maxAge === null) return 'All ages';
  if (maxAge === null) return `${minAge} and over`;
  if (minAge === null) return `Up to ${maxAge}`;

  return `${minAge}–${maxAge}`;
}
