/** Intl formatting of the values that the opportunity list and detail show. */

export function formatDistance(km: number, locale: string): string {
  if (km < 1) {
    return new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: 'meter',
      maximumFractionDigits: 0,
    }).format(Math.round(km * 100) * 10);
  }

  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'kilometer',
    maximumFractionDigits: km < 100 ? 1 : 0,
  }).format(km);
}

/** Formats an amount given in the currency's minor unit (cents for AUD). */
export function formatMinorAmount(
  amountMinor: number,
  currency: string,
  locale: string,
): string {
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
  });
  // ISO 4217 minor-unit digits: 2 for AUD, 0 for JPY, 3 for KWD.
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;

  return formatter.format(amountMinor / 10 ** digits);
}

function sessionFormatter(locale: string, timeZone: string) {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  });
}

/** Formats a session time in the session's own time zone. */
export function formatSessionTime(
  isoDateTime: string,
  timeZone: string,
  locale: string,
): string {
  return sessionFormatter(locale, timeZone).format(new Date(isoDateTime));
}

/**
 * Formats a session's start and end in its own time zone, naming the day
 * once when both fall on it ("Wed, 24 Mar 2027, 6:00 – 8:30 pm AEDT").
 */
export function formatSessionRange(
  startsAt: string,
  endsAt: string,
  timeZone: string,
  locale: string,
): string {
  return sessionFormatter(locale, timeZone).formatRange(
    new Date(startsAt),
    new Date(endsAt),
  );
}
