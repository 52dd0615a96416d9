import type { TFunction } from 'i18next';

/** A people count that the API withholds (null) when it is from 1 to 4. */
export interface SuppressedCountValue {
  value?: number | null;
  suppressed: boolean;
}

/** The four measures of an insight figure or time point. */
export const MEASURES = [
  'opportunities',
  'registrations',
  'attendances',
  'badgesIssued',
] as const;

export type Measure = (typeof MEASURES)[number];

/** A figure or time point: opportunities are never suppressed, people are. */
export interface MeasuredFigure {
  opportunities: number;
  registrations: SuppressedCountValue;
  attendances: SuppressedCountValue;
  badgesIssued: SuppressedCountValue;
}

/** Returns a measure as a number to draw, or null for a gap in the chart. */
export function chartValue(
  figure: MeasuredFigure,
  measure: Measure,
): number | null {
  const entry = figure[measure];
  if (typeof entry === 'number') return entry;

  return entry.suppressed ? null : (entry.value ?? 0);
}

/** Formats a measure for a table cell: suppressed counts read `<5`. */
export function formatMeasure(
  t: TFunction,
  figure: MeasuredFigure,
  measure: Measure,
): string {
  const value = chartValue(figure, measure);

  return value === null
    ? t('insights.suppressed.short')
    : t('insights.number', { value });
}

/** True when any people count of the figures is suppressed. */
export function hasSuppressed(figures: readonly MeasuredFigure[]): boolean {
  return figures.some((figure) =>
    MEASURES.some((measure) => chartValue(figure, measure) === null),
  );
}

/** Finds the largest drawn value and counts the suppressed ones. */
export function summariseValues(
  points: readonly { label: string; value: number | null }[],
) {
  let top: { label: string; value: number } | null = null;
  for (const point of points) {
    if (point.value !== null && (top === null || point.value > top.value)) {
      top = { label: point.label, value: point.value };
    }
  }

  return {
    top,
    hiddenCount: points.filter((point) => point.value === null).length,
  };
}

/**
 * Words the chart's content for screen readers: what it shows, its highest
 * value and how many values are suppressed.
 */
export function chartSummary(
  t: TFunction,
  kind: 'bar' | 'line',
  title: string,
  points: readonly { label: string; value: number | null }[],
): string {
  const { top, hiddenCount } = summariseValues(points);
  const parts = [t(`insights.chart.kinds.${kind}`, { title })];
  parts.push(
    top === null || top.value === 0
      ? t('insights.chart.allZero')
      : t('insights.chart.highest', { label: top.label, value: top.value }),
  );
  if (hiddenCount > 0) {
    parts.push(t('insights.chart.hidden', { count: hiddenCount }));
  }

  return parts.join(' ');
}
