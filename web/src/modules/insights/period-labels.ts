import type { InsightPeriod } from '@/gql/graphql';

/**
 * Words a period's first day (`YYYY-MM-DD`, UTC) for the chart axis and the
 * table: a month as "Mar 2026", a week by its Monday. `long` spells out the
 * month for the table.
 */
export function periodLabel(
  language: string,
  period: InsightPeriod,
  periodStart: string,
  long = false,
): string {
  const date = new Date(`${periodStart}T00:00:00Z`);
  const month = long ? 'long' : 'short';
  const format =
    period === 'MONTH'
      ? new Intl.DateTimeFormat(language, {
          month,
          year: 'numeric',
          timeZone: 'UTC',
        })
      : new Intl.DateTimeFormat(language, {
          day: 'numeric',
          month,
          year: 'numeric',
          timeZone: 'UTC',
        });

  return format.format(date);
}

/** Words a `YYYY-MM-DD` day in the reader's language, such as "5 Mar 2026". */
export function dayLabel(language: string, day: string): string {
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}
