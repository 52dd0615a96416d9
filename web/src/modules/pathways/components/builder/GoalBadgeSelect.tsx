import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import {
  describedBy,
  type FieldIds,
  FormField,
} from '@/components/form/FormField';
import { BadgeChoiceOptions } from '@/modules/achievements/components/BadgeChoiceOptions';
import { useBadgeChoices } from '@/modules/achievements/hooks/useBadgeChoices';

interface GoalBadgeSelectProps {
  ids: FieldIds;
  organisationId: string;
  /** The chosen design's id, or '' for none yet. */
  value: string;
  /** The stored goal's name, shown even when it is archived. */
  currentName: string | null;
  error: string | undefined;
  onChange: (achievementId: string) => void;
  onBlur: () => void;
}

/** Renders the select of the goal badge among the organisation's designs. */
export function GoalBadgeSelect({
  ids,
  organisationId,
  value,
  currentName,
  error,
  onChange,
  onBlur,
}: GoalBadgeSelectProps) {
  const { t } = useTranslation();
  const { status, choices } = useBadgeChoices(organisationId);
  const hint =
    status === 'error'
      ? t('pathways.form.goal.loadFailed')
      : t('pathways.form.goal.hint');

  return (
    <FormField
      ids={ids}
      label={t('pathways.form.goal.label')}
      hint={hint}
      error={error}
    >
      <select
        id={ids.control}
        className="select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
        {...describedBy(ids, hint, error)}
      >
        <BadgeChoiceOptions
          choices={choices}
          value={value}
          noneLabel={t('pathways.form.goal.choose')}
          currentLabel={currentName ?? t('pathways.form.goal.current')}
        />
      </select>
      {status === 'success' && choices.length === 0 && (
        <p className="hint">
          {t('pathways.form.goal.none')}{' '}
          <Link to={`/organisations/${organisationId}/badges/new`}>
            {t('pathways.form.goal.design')}
          </Link>
        </p>
      )}
    </FormField>
  );
}
