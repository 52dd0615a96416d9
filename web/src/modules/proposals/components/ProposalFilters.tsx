import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { useReferenceData } from '@/modules/filters/hooks/useReferenceData';

import type { ProposalFilters as Filters } from '../hooks/useProposalSearch';
import { PROPOSAL_KINDS, PROPOSAL_STATUSES } from '../kinds';

interface ProposalFiltersProps {
  filters: Filters;
  reference: ReturnType<typeof useReferenceData>;
  onChange: (filters: Filters) => void;
}

/** Renders the kind, SDG, skill and status filters of the ideas map. */
export function ProposalFilters({
  filters,
  reference,
  onChange,
}: ProposalFiltersProps) {
  const { t } = useTranslation();
  const id = useId();

  return (
    <fieldset className="ideas-filters">
      <legend>{t('proposals.filters.legend')}</legend>
      <label htmlFor={`${id}-kind`}>{t('proposals.filters.kind')}</label>
      <select
        id={`${id}-kind`}
        className="select"
        value={filters.kind}
        onChange={(event) =>
          onChange({ ...filters, kind: event.target.value as Filters['kind'] })
        }
      >
        <option value="">{t('proposals.filters.any')}</option>
        {PROPOSAL_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`proposals.kind.${kind}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-sdg`}>{t('proposals.filters.sdg')}</label>
      <select
        id={`${id}-sdg`}
        className="select"
        value={filters.sdg}
        onChange={(event) => onChange({ ...filters, sdg: event.target.value })}
      >
        <option value="">{t('proposals.filters.any')}</option>
        {reference.sdgs.map((sdg) => (
          <option key={sdg.number} value={String(sdg.number)}>
            {t('proposals.sdgOption', {
              number: sdg.number,
              title: sdg.shortTitle,
            })}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-skill`}>{t('proposals.filters.skill')}</label>
      <select
        id={`${id}-skill`}
        className="select"
        value={filters.skill}
        onChange={(event) =>
          onChange({ ...filters, skill: event.target.value })
        }
      >
        <option value="">{t('proposals.filters.any')}</option>
        {reference.skills.map((skill) => (
          <option key={skill.id} value={skill.id}>
            {skill.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-status`}>{t('proposals.filters.status')}</label>
      <select
        id={`${id}-status`}
        className="select"
        value={filters.status}
        onChange={(event) =>
          onChange({
            ...filters,
            status: event.target.value as Filters['status'],
          })
        }
      >
        <option value="">{t('proposals.filters.anyStatus')}</option>
        {PROPOSAL_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`proposals.status.${status}`)}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
