import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { type Measure, MEASURES } from '../figures';

interface MeasureSelectProps {
  value: Measure;
  onChange: (measure: Measure) => void;
  /** The chart's grouping, such as "SDG", named in the label. */
  chartName: string;
}

/** Chooses which of the four measures a chart draws. */
export function MeasureSelect({
  value,
  onChange,
  chartName,
}: MeasureSelectProps) {
  const { t } = useTranslation();
  const id = useId();

  return (
    <div className="insights-measure">
      <label htmlFor={id} className="field-label">
        {t('insights.measure.label', { chart: chartName })}
      </label>
      <select
        id={id}
        className="select"
        value={value}
        onChange={(event) => onChange(event.target.value as Measure)}
      >
        {MEASURES.map((measure) => (
          <option key={measure} value={measure}>
            {t(`insights.measures.${measure}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
