import { useMemo } from 'react';

import { useFormatLocale } from '@/i18n/useFormatLocale';

/** Returns formatters for a need's calendar dates and distances. */
export function useNeedFormats() {
  const locale = useFormatLocale();

  return useMemo(() => {
    // A `YYYY-MM-DD` date has no time zone, so it is read and shown as UTC.
    const dates = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeZone: 'UTC',
    });
    const instants = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const kilometres = new Intl.NumberFormat(locale, {
      maximumFractionDigits: 1,
    });

    return {
      date: (isoDate: string) => dates.format(new Date(`${isoDate}T00:00:00Z`)),
      instant: (value: string) => instants.format(new Date(value)),
      km: (value: number) => kilometres.format(value),
    };
  }, [locale]);
}
