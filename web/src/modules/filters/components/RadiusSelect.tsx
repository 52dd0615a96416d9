import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { RADIUS_OPTIONS_KM } from '../search-state';

interface RadiusSelectProps {
  radiusKm: number;
  /** True while the search covers the map view, which ignores the radius. */
  disabled: boolean;
  onChange: (radiusKm: number) => void;
}

export function RadiusSelect({
  radiusKm,
  disabled,
  onChange,
}: RadiusSelectProps) {
  const { t } = useTranslation();
  const id = useId();

  return (
    <div className="radius">
      <label htmlFor={id} className="field-label">
        {t('radius.label')}
      </label>
      <select
        id={id}
        className="select"
        value={radiusKm}
        disabled={disabled}
        aria-describedby={disabled ? `${id}-hint` : undefined}
        onChange={(event) => onChange(Number(event.target.value))}
      >
        {RADIUS_OPTIONS_KM.map((option) => (
          <option key={option} value={option}>
            {t('radius.option', { radius: option })}
          </option>
        ))}
      </select>
      {disabled && (
        <p id={`${id}-hint`} className="hint">
          {t('radius.bboxHint')}
        </p>
      )}
    </div>
  );
}
