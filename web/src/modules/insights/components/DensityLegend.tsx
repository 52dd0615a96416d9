import { useTranslation } from 'react-i18next';

import type { DensityClass } from '../density-classes';

/** Names each fill of the density grid with its range of counts. */
export function DensityLegend({
  classes,
}: {
  classes: readonly DensityClass[];
}) {
  const { t } = useTranslation();

  return (
    <div className="insights-legend">
      <p className="insights-legend__title">{t('insights.map.legendTitle')}</p>
      <ul>
        <li>
          <span className="insights-legend__swatch insights-legend__swatch--empty" />
          {t('insights.map.legendEmpty')}
        </li>
        {classes.map((range) => (
          <li key={range.min}>
            <span
              className="insights-legend__swatch"
              style={{ background: range.fill }}
            />
            {range.min === range.max
              ? t('insights.map.legendOne', { value: range.min })
              : t('insights.map.legendRange', {
                  min: range.min,
                  max: range.max,
                })}
          </li>
        ))}
      </ul>
    </div>
  );
}
