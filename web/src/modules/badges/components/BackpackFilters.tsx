import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { MyBackpackIssuersQuery } from '@/gql/graphql';
import { useReferenceData } from '@/modules/filters/hooks/useReferenceData';

import {
  BACKPACK_SORTS,
  BACKPACK_STATUSES,
  type BackpackView,
} from '../hooks/useBackpackFilters';

interface BackpackFiltersProps {
  view: BackpackView;
  issuers: MyBackpackIssuersQuery['myBackpackIssuers'];
  onChange: (changes: Partial<BackpackView>) => void;
  onClear: () => void;
}

/** Sort and filter controls of the backpack; each change updates the URL. */
export function BackpackFilters({
  view,
  issuers,
  onChange,
  onClear,
}: BackpackFiltersProps) {
  const { t } = useTranslation();
  const reference = useReferenceData();
  const id = useId();
  const field = (name: string) => `${id}-${name}`;

  return (
    <form
      className="backpack-filters"
      aria-label={t('myBadges.filters.label')}
      onSubmit={(event) => event.preventDefault()}
    >
      <label htmlFor={field('sort')}>{t('myBadges.filters.sort')}</label>
      <select
        id={field('sort')}
        value={view.sort}
        onChange={(event) =>
          onChange({ sort: event.target.value as BackpackView['sort'] })
        }
      >
        {BACKPACK_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {t(`myBadges.sort.${sort}`)}
          </option>
        ))}
      </select>
      <label htmlFor={field('sdg')}>{t('myBadges.filters.sdg')}</label>
      <select
        id={field('sdg')}
        value={view.sdg}
        onChange={(event) => onChange({ sdg: event.target.value })}
      >
        <option value="">{t('myBadges.filters.any')}</option>
        {reference.sdgs.map((sdg) => (
          <option
            key={sdg.number}
            value={String(sdg.number)}
          >{`${sdg.number}. ${sdg.shortTitle}`}</option>
        ))}
      </select>
      <label htmlFor={field('skill')}>{t('myBadges.filters.skill')}</label>
      <select
        id={field('skill')}
        value={view.skill}
        onChange={(event) => onChange({ skill: event.target.value })}
      >
        <option value="">{t('myBadges.filters.any')}</option>
        {reference.skills.map((skill) => (
          <option key={skill.id} value={skill.id}>
            {skill.name}
          </option>
        ))}
      </select>
      <label htmlFor={field('issuer')}>{t('myBadges.filters.issuer')}</label>
      <select
        id={field('issuer')}
        value={view.issuer}
        onChange={(event) => onChange({ issuer: event.target.value })}
      >
        <option value="">{t('myBadges.filters.any')}</option>
        {issuers.map((issuer) => (
          <option key={issuer.key} value={issuer.key}>
            {t('myBadges.filters.issuerOption', {
              name: issuer.name ?? t('myBadges.unknownIssuer'),
              count: issuer.badgeCount,
            })}
          </option>
        ))}
      </select>
      <label htmlFor={field('status')}>{t('myBadges.filters.status')}</label>
      <select
        id={field('status')}
        value={view.status}
        onChange={(event) => onChange({ status: event.target.value })}
      >
        <option value="">{t('myBadges.filters.any')}</option>
        {BACKPACK_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`myBadges.backpackStatus.${status}`)}
          </option>
        ))}
      </select>
      <label htmlFor={field('from')}>{t('myBadges.filters.from')}</label>
      <input
        id={field('from')}
        type="date"
        value={view.from}
        onChange={(event) => onChange({ from: event.target.value })}
      />
      <label htmlFor={field('to')}>{t('myBadges.filters.to')}</label>
      <input
        id={field('to')}
        type="date"
        value={view.to}
        onChange={(event) => onChange({ to: event.target.value })}
      />
      <button
        type="button"
        className="button button--secondary"
        onClick={onClear}
      >
        {t('myBadges.filters.clear')}
      </button>
    </form>
  );
}
