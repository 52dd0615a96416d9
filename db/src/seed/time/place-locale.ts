/** Time zone and currency of a place. */
export interface PlaceLocale {
  /** IANA time zone name. */
  timeZone: string;
  /** ISO 4217 code, or null where the seeds only list free opportunities. */
  currency: string | null;
}

// GeoNames admin1 codes of the Australian states and territories.
const AUSTRALIAN_TIME_ZONES: Record<string, string> = {
  '01': 'Australia/Sydney', // Australian Capital Territory
  '02': 'Australia/Sydney', // New South Wales
  '03': 'Australia/Darwin', // Northern Territory
  '04': 'Australia/Brisbane', // Queensland
  '05': 'Australia/Adelaide', // South Australia
  '06': 'Australia/Hobart', // Tasmania
  '07': 'Australia/Melbourne', // Victoria
  '08': 'Australia/Perth', // Western Australia
};

const COUNTRY_LOCALES: Record<string, PlaceLocale> = {
  AU: { timeZone: 'Australia/Sydney', currency: 'AUD' },
  FJ: { timeZone: 'Pacific/Fiji', currency: 'FJD' },
  GB: { timeZone: 'Europe/London', currency: 'GBP' },
  IE: { timeZone: 'Europe/Dublin', currency: 'EUR' },
  NZ: { timeZone: 'Pacific/Auckland', currency: 'NZD' },
};

/**
 * Chooses the time zone and currency of a place. Countries without an entry
 * get the fixed-offset zone nearest their longitude and no currency, so their
 * sessions fall at plausible local hours and are all free.
 */
export function placeLocale(
  countryCode: string,
  adminCode: string | null,
  lon: number,
): PlaceLocale {
  const known = COUNTRY_LOCALES[countryCode];
  if (known === undefined) {
    return { timeZone: fixedOffsetZone(lon), currency: null };
  }
  if (countryCode === 'AU' && adminCode !== null) {
    const timeZone = AUSTRALIAN_TIME_ZONES[adminCode] ?? known.timeZone;

    return { ...known, timeZone };
  }

  return known;
}

function fixedOffsetZone(lon: number): string {
  const hours = Math.max(-12, Math.min(14, Math.round(lon / 15)));
  if (hours === 0) return 'Etc/GMT';

  // The Etc/GMT zones use POSIX signs: Etc/GMT-10 is ten hours ahead of UTC.
  return hours > 0 ? `Etc/GMT-${hours}` : `Etc/GMT+${-hours}`;
}
