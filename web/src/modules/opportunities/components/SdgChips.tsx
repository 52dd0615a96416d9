import { useTranslation } from 'react-i18next';

import type { SdgChipFieldsFragment } from '@/gql/graphql';
import { readableTextColour } from '@/lib/colour/contrast';

interface SdgChipsProps {
  sdgs: readonly SdgChipFieldsFragment[];
  /** Shows each goal's title beside its number. */
  withTitles?: boolean;
}

/** Renders goal numbers on their official colours, named for screen readers. */
export function SdgChips({ sdgs, withTitles = false }: SdgChipsProps) {
  const { t } = useTranslation();
  if (sdgs.length === 0) return null;

  return (
    <ul className="sdg-chips" aria-label={t('opportunity.sdgs')}>
      {sdgs.map((sdg) => {
        const title = t(`sdg.${sdg.number}`, { defaultValue: sdg.shortTitle });
        const name = t('filters.sdgOption', { number: sdg.number, title });

        return (
          <li key={sdg.number} className="sdg-chip" title={name}>
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
            {withTitles ? (
              <span>{title}</span>
            ) : (
              <span className="visually-hidden">{name}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
