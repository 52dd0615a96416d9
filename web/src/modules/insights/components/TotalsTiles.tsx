import { useTranslation } from 'react-i18next';

import { formatMeasure, type MeasuredFigure, MEASURES } from '../figures';

/** Renders the four totals of the window as tiles. */
export function TotalsTiles({ totals }: { totals: MeasuredFigure }) {
  const { t } = useTranslation();

  return (
    <ul className="insights-tiles" aria-label={t('insights.totals.label')}>
      {MEASURES.map((measure) => (
        <li key={measure} className="insights-tile">
          <span className="insights-tile__value">
            {formatMeasure(t, totals, measure)}
          </span>{' '}
          <span className="insights-tile__label">
            {t(`insights.totals.${measure}`)}
          </span>
        </li>
      ))}
    </ul>
  );
}
