import { useTranslation } from 'react-i18next';

import type { OpportunityKind } from '@/gql/graphql';

import { OPPORTUNITY_KINDS } from '../search-state';
import { CheckboxChip, toggleValue } from './CheckboxChip';

interface KindFilterProps {
  selected: readonly OpportunityKind[];
  onChange: (kinds: OpportunityKind[]) => void;
}

export function KindFilter({ selected, onChange }: KindFilterProps) {
  const { t } = useTranslation();

  return (
    <fieldset className="filter-group">
      <legend>{t('filters.kinds')}</legend>
      <div className="chip-grid">
        {OPPORTUNITY_KINDS.map((kind) => (
          <CheckboxChip
            key={kind}
            checked={selected.includes(kind)}
            onChange={(on) => onChange(toggleValue(selected, kind, on))}
          >
            {t(`kind.${kind}`)}
          </CheckboxChip>
        ))}
      </div>
    </fieldset>
  );
}
