import { useTranslation } from 'react-i18next';

import {
  describedBy,
  type FieldIds,
  FormField,
} from '@/components/form/FormField';

import { useBadgeChoices } from '../hooks/useBadgeChoices';
import { BadgeChoiceOptions } from './BadgeChoiceOptions';

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
  const { status, choices } = useBadgeChoices(organisationId);
  const hint =
    status === 'error'
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
        <BadgeChoiceOptions
          choices={choices}
          value={value}
          noneLabel={t('achievements.select.none')}
          currentLabel={currentName ?? t('achievements.select.current')}
        />
      </select>
    </FormField>
  );
}
