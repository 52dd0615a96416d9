import '../filters.css';

import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/ErrorMessage';

import type { useReferenceData } from '../hooks/useReferenceData';
import {
  countActiveFilters,
  EMPTY_FILTERS,
  type SearchFilters,
} from '../search-state';
import { KindFilter } from './KindFilter';
import { SdgFilter } from './SdgFilter';
import { SkillFilter } from './SkillFilter';

interface FilterPanelProps {
  filters: SearchFilters;
  reference: ReturnType<typeof useReferenceData>;
  onChange: (filters: SearchFilters) => void;
}

/** Goal, skill, kind and cost filters, folded away on small screens. */
export function FilterPanel({
  filters,
  reference,
  onChange,
}: FilterPanelProps) {
  const { t } = useTranslation();
  const activeCount = countActiveFilters(filters);

  return (
    <section className="filters" aria-label={t('filters.heading')}>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={filters.freeOnly}
          onChange={(event) =>
            onChange({ ...filters, freeOnly: event.target.checked })
          }
        />
        {t('filters.freeOnly')}
      </label>
      <details className="filters__more">
        <summary>
          {t('filters.summary')}
          {activeCount > 0 &&
            ` · ${t('filters.activeCount', { count: activeCount })}`}
        </summary>
        {reference.status === 'error' && (
          <ErrorMessage error={reference.error} onRetry={reference.retry} />
        )}
        <SdgFilter
          sdgs={reference.sdgs}
          selected={filters.sdgs}
          onChange={(sdgs) => onChange({ ...filters, sdgs })}
        />
        <SkillFilter
          skills={reference.skills}
          selected={filters.skills}
          onChange={(skills) => onChange({ ...filters, skills })}
        />
        <KindFilter
          selected={filters.kinds}
          onChange={(kinds) => onChange({ ...filters, kinds })}
        />
      </details>
      {activeCount > 0 && (
        <button
          type="button"
          className="button button--link"
          onClick={() => onChange(EMPTY_FILTERS)}
        >
          {t('filters.clear')}
        </button>
      )}
    </section>
  );
}
