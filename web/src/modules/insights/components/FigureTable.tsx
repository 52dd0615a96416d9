import { useTranslation } from 'react-i18next';

import { formatMeasure, type MeasuredFigure, MEASURES } from '../figures';

export interface FigureRow {
  key: string;
  /** The row header, such as an SDG, a skill or a place. */
  label: string;
  figure: MeasuredFigure;
}

interface FigureTableProps {
  caption: string;
  /** The heading of the first column, such as "SDG". */
  groupHeading: string;
  rows: readonly FigureRow[];
}

/**
 * Renders figures as a table, the version of a chart that screen readers
 * and keyboard users read. It scrolls inside its own box on a phone.
 */
export function FigureTable({ caption, groupHeading, rows }: FigureTableProps) {
  const { t } = useTranslation();

  return (
    <div
      className="insights-table"
      tabIndex={0}
      role="region"
      aria-label={caption}
    >
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{groupHeading}</th>
            {MEASURES.map((measure) => (
              <th key={measure} scope="col" className="insights-table__number">
                {t(`insights.measures.${measure}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {MEASURES.map((measure) => (
                <td key={measure} className="insights-table__number">
                  {formatMeasure(t, row.figure, measure)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
