import { useTranslation } from 'react-i18next';

import {
  describedBy,
  type FieldIds,
  FormField,
} from '@/components/form/FormField';
import { useQuery } from '@/lib/graphql/useQuery';

import { BadgeChoicesQuery } from '../graphql/achievements';

/** The most designs the select offers; the API pages at 100. */
const CHOICES = 100;

interface BadgeSelectProps {
  ids: FieldIds;
  organisationId: string;
  /** The chosen design's id, or '' for none. */
  value: string;
  /** The stored design's name, shown even when it is archived. */
  currentName: string | null;
  error: string | undefined;
  onChange: (achievementId: string) => void;
}

/**
 * Renders the optional "Badge earned" select of the listing form: the
 * organisation's designs that are not archived, plus the current one.
 */
export function BadgeSelect({
  ids,
  organisationId,
  value,
  currentName,
  error,
  onChange,
}: BadgeSelectProps) {
  const { t } = useTranslation();
  const result = useQuery(BadgeChoicesQuery, {
    organisationId,
    first: CHOICES,
  });
  const choices = (result.data?.organisationAchievements.edges ?? [])
    .map((edge) => edge.node)
    .filter((node) => !node.archived);
  const listed = value === '' || choices.some((node) => node.id === value);
  const hint =
    result.status === 'error'
      ? t('achievements.select.loadFailed')
      : t('achievements.select.hint');

  return (
    <FormField
      ids={ids}
      label={t('achievements.select.label')}
      hint={hint}
      error={error}
    >
      <select
        id={ids.control}
        className="select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...describedBy(ids, hint, error)}
      >
        <option value="">{t('achievements.select.none')}</option>
        {!listed && (
          <option value={value}>
            {currentName ?? t('achievements.select.current')}
          </option>
        )}
        {choices.map((node) => (
          <option key={node.id} value={node.id}>
            {node.name}
          </option>
        ))}
      </select>
    </FormField>
  );
}
