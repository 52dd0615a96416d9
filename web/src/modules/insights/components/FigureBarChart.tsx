import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  type BarShapeProps,
  CartesianGrid,
  LabelList,
  Rectangle,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';

import { useMediaQuery, WIDE_LAYOUT_QUERY } from '@/lib/media/useMediaQuery';

import { chartValue, type Measure } from '../figures';
import type { FigureRow } from './FigureTable';

/** A bar's fill when the group has no colour of its own, such as a skill. */
const DEFAULT_BAR_COLOUR = '#0f4c5c';
const AXIS_HEIGHT = 40;
/** Phones wrap long names onto up to three lines beside each bar. */
const NARROW_LAYOUT = { rowHeight: 44, labelWidth: 130 };
const WIDE_LAYOUT = { rowHeight: 28, labelWidth: 280 };

export interface ColouredFigureRow extends FigureRow {
  colour?: string;
}

interface FigureBarChartProps {
  rows: readonly ColouredFigureRow[];
  measure: Measure;
  /** Summary read by screen readers in place of the drawing. */
  summary: string;
}

interface BarDatum {
  label: string;
  value: number | null;
  colour: string;
}

function ColouredBar(props: BarShapeProps) {
  const datum = props.payload as BarDatum;

  return <Rectangle {...props} fill={datum.colour} />;
}

/**
 * Draws one measure per group as horizontal bars, with each group named on
 * the axis, so colour is never the only way to tell bars apart. A
 * suppressed count has no bar at all, which differs from a zero.
 */
export function FigureBarChart({
  rows,
  measure,
  summary,
}: FigureBarChartProps) {
  const { t } = useTranslation();
  const data: BarDatum[] = rows.map((row) => ({
    label: row.label,
    value: chartValue(row.figure, measure),
    colour: row.colour ?? DEFAULT_BAR_COLOUR,
  }));
  const layout = useMediaQuery(WIDE_LAYOUT_QUERY) ? WIDE_LAYOUT : NARROW_LAYOUT;
  const height = data.length * layout.rowHeight + AXIS_HEIGHT;

  return (
    <div className="insights-chart" role="img" aria-label={summary}>
      <ResponsiveContainer
        width="100%"
        height={height}
        initialDimension={{ width: 320, height }}
      >
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 40, bottom: 4, left: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis
            type="category"
            dataKey="label"
            width={layout.labelWidth}
            interval={0}
            tick={{ fontSize: 12 }}
          />
          <Bar
            dataKey="value"
            name={t(`insights.measures.${measure}`)}
            shape={ColouredBar}
            isAnimationActive={false}
          >
            <LabelList dataKey="value" position="right" fontSize={12} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
