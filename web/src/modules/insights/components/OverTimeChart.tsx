import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';

import { chartValue, type Measure, type MeasuredFigure } from '../figures';

const CHART_HEIGHT = 260;

export interface TimeRow {
  periodStart: string;
  /** The period as words, such as "Mar 2026". */
  label: string;
  figure: MeasuredFigure;
}

interface OverTimeChartProps {
  rows: readonly TimeRow[];
  measure: Measure;
  summary: string;
}

/**
 * Draws one measure over time. A suppressed count breaks the line
 * (`connectNulls` off), so it is never drawn as a zero.
 */
export function OverTimeChart({ rows, measure, summary }: OverTimeChartProps) {
  const { t } = useTranslation();
  const data = rows.map((row) => ({
    label: row.label,
    value: chartValue(row.figure, measure),
  }));

  return (
    <div className="insights-chart" role="img" aria-label={summary}>
      <ResponsiveContainer
        width="100%"
        height={CHART_HEIGHT}
        initialDimension={{ width: 320, height: CHART_HEIGHT }}
      >
        <LineChart
          data={data}
          margin={{ top: 8, right: 16, bottom: 4, left: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} minTickGap={12} />
          <YAxis allowDecimals={false} width={40} tick={{ fontSize: 12 }} />
          <Line
            type="linear"
            dataKey="value"
            name={t(`insights.measures.${measure}`)}
            stroke="#0f4c5c"
            strokeWidth={2}
            dot={{ r: 3 }}
            connectNulls={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
