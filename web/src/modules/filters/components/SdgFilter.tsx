import { useTranslation } from 'react-i18next';

import { readableTextColour } from '@/lib/colour/contrast';

import type { Sdg } from '../hooks/useReferenceData';
import { CheckboxChip, toggleValue } from './CheckboxChip';

interface SdgFilterProps {
  sdgs: readonly Sdg[];
  selected: readonly number[];
  onChange: (sdgs: number[]) => void;
}

/** Renders the 17 goals as toggle chips with their official numbers and colours. */
export function SdgFilter({ sdgs, selected, onChange }: SdgFilterProps) {
  const { t } = useTranslation();

  return (
    <fieldset className="filter-group">
      <legend>{t('filters.sdgs')}</legend>
      <div className="chip-grid">
        {sdgs.map((sdg) => {
          const title = t(`sdg.${sdg.number}`, {
            defaultValue: sdg.shortTitle,
          });

          return (
            <CheckboxChip
              key={sdg.number}
              checked={selected.includes(sdg.number)}
              accessibleName={t('filters.sdgOption', {
                number: sdg.number,
                title,
              })}
              onChange={(on) =>
                onChange(
                  toggleValue(selected, sdg.number, on).sort((a, b) => a - b),
                )
              }
            >
              <span
                className="sdg-number"
                style={{
                  backgroundColor: sdg.colour,
                  color: readableTextColour(sdg.colour),
                }}
                aria-hidden="true"
              >
                {sdg.number}
              </span>
              <span aria-hidden="true">{title}</span>
            </CheckboxChip>
          );
        })}
      </div>
    </fieldset>
  );
}
