import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { CouncilInsightsOverTimeQuery } from '@/gql/graphql';
import type { QueryResult } from '@/lib/graphql/useQuery';

import { chartSummary, chartValue, type Measure } from '../figures';
import type { InsightParams } from '../insight-params';
import { periodLabel } from '../period-labels';
import { CsvLink } from './CsvLink';
import { FigureTable } from './FigureTable';
import { MeasureSelect } from './MeasureSelect';
import { OverTimeChart, type TimeRow } from './OverTimeChart';
import { SectionStatus } from './SectionStatus';

interface OverTimeSectionProps {
  councilId: string;
  params: InsightParams;
  result: QueryResult<CouncilInsightsOverTimeQuery>;
}

/** Renders the figures per week or month: line chart, table and CSV link. */
export function OverTimeSection({
  councilId,
  params,
  result,
}: OverTimeSectionProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [measure, setMeasure] = useState<Measure>('opportunities');
  const points = result.data?.councilInsights.overTime ?? [];
  const rows: TimeRow[] = points.map((point) => ({
    periodStart: point.periodStart,
    label: periodLabel(i18n.language, params.period, point.periodStart),
    figure: point,
  }));
  const group = t(`insights.periods.${params.period}`);
  const measureName = t(`insights.measures.${measure}`);
  const title = t('insights.chart.lineTitle', { measure: measureName, group });
  const caption = t(`insights.tables.overTime`, { group });
  const summary = chartSummary(
    t,
    'line',
    title,
    rows.map((row) => ({
      label: row.label,
      value: chartValue(row.figure, measure),
    })),
  );

  return (
    <section className="insights-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('insights.headings.overTime')}</h2>
      <SectionStatus result={result} />
      {result.data !== undefined && (
        <>
          <MeasureSelect
            value={measure}
            onChange={setMeasure}
            chartName={group}
          />
          <figure className="insights-figure">
            <figcaption>{title}</figcaption>
            <OverTimeChart rows={rows} measure={measure} summary={summary} />
          </figure>
          <FigureTable
            caption={caption}
            groupHeading={group}
            rows={rows.map((row) => ({
              key: row.periodStart,
              label: periodLabel(
                i18n.language,
                params.period,
                row.periodStart,
                true,
              ),
              figure: row.figure,
            }))}
          />
          <CsvLink
            councilId={councilId}
            table="over-time"
            params={params}
            name={caption}
          />
        </>
      )}
    </section>
  );
}
