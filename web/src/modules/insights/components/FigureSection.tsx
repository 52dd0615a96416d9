import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { chartSummary, chartValue, type Measure } from '../figures';
import type { InsightParams, InsightTable } from '../insight-params';
import { CsvLink } from './CsvLink';
import { type ColouredFigureRow, FigureBarChart } from './FigureBarChart';
import { FigureTable } from './FigureTable';
import { MeasureSelect } from './MeasureSelect';

interface FigureSectionProps {
  councilId: string;
  params: InsightParams;
  table: Extract<InsightTable, 'sdgs' | 'skills'>;
  rows: readonly ColouredFigureRow[];
}

/**
 * Renders the figures by SDG or by skill: a bar chart of the chosen measure,
 * its caption, the table twin with every measure and the CSV link.
 */
export function FigureSection({
  councilId,
  params,
  table,
  rows,
}: FigureSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [measure, setMeasure] = useState<Measure>('opportunities');
  const group = t(`insights.groups.${table}`);
  const measureName = t(`insights.measures.${measure}`);
  const title = t('insights.chart.barTitle', { measure: measureName, group });
  const caption = t(`insights.tables.${table}`);
  const summary = chartSummary(
    t,
    'bar',
    title,
    rows.map((row) => ({
      label: row.label,
      value: chartValue(row.figure, measure),
    })),
  );

  return (
    <section className="insights-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`insights.headings.${table}`)}</h2>
      <MeasureSelect value={measure} onChange={setMeasure} chartName={group} />
      <figure className="insights-figure">
        <figcaption>{title}</figcaption>
        <FigureBarChart rows={rows} measure={measure} summary={summary} />
      </figure>
      <FigureTable caption={caption} groupHeading={group} rows={rows} />
      <CsvLink
        councilId={councilId}
        table={table}
        params={params}
        name={caption}
      />
    </section>
  );
}
