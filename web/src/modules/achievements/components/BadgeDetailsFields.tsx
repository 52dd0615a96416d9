import { useTranslation } from 'react-i18next';

import { describedBy, FormField } from '@/components/form/FormField';

import { BADGE_LIMITS } from '../badge-form-model';
import { CriteriaField } from './CriteriaField';
import type { BadgeSectionProps } from './section-props';

/** Splits an AchievementType term such as `CommunityService` into words. */
export function achievementTypeLabel(type: string): string {
  return type.replace(/^ext:/, '').replace(/([a-z])([A-Z])/g, '$1 $2');
}

interface BadgeDetailsFieldsProps extends BadgeSectionProps {
  achievementTypes: readonly string[];
}

/** Renders the name, description, criteria, type, tags and expiry. */
export function BadgeDetailsFields({
  values,
  update,
  errorOf,
  touch,
  idsOf,
  achievementTypes,
}: BadgeDetailsFieldsProps) {
  const { t } = useTranslation();
  const name = idsOf('name');
  const description = idsOf('description');
  const type = idsOf('achievementType');
  const tags = idsOf('tags');
  const days = idsOf('validityDays');
  const nameHint = t('achievements.form.name.hint', { max: BADGE_LIMITS.name });
  const descriptionHint = t('achievements.form.description.hint', {
    max: BADGE_LIMITS.description,
  });
  const tagsHint = t('achievements.form.tags.hint', {
    max: BADGE_LIMITS.tags,
    length: BADGE_LIMITS.tagLength,
  });
  const daysHint = t('achievements.form.validityDays.hint', {
    max: BADGE_LIMITS.validityDays,
  });
  // A stored extension term, such as ext:Volunteering, stays choosable.
  const types = achievementTypes.includes(values.achievementType)
    ? achievementTypes
    : [values.achievementType, ...achievementTypes];

  return (
    <fieldset className="badge-form__section">
      <legend>{t('achievements.form.sections.details')}</legend>
      <FormField
        ids={name}
        label={t('achievements.form.name.label')}
        hint={nameHint}
        error={errorOf('name')}
      >
        <input
          id={name.control}
          className="text-input"
          required
          value={values.name}
          onChange={(event) => update({ name: event.target.value })}
          onBlur={() => touch('name')}
          {...describedBy(name, nameHint, errorOf('name'))}
        />
      </FormField>
      <FormField
        ids={description}
        label={t('achievements.form.description.label')}
        hint={descriptionHint}
        error={errorOf('description')}
      >
        <textarea
          id={description.control}
          className="text-input"
          rows={3}
          required
          value={values.description}
          onChange={(event) => update({ description: event.target.value })}
          onBlur={() => touch('description')}
          {...describedBy(description, descriptionHint, errorOf('description'))}
        />
      </FormField>
      <CriteriaField
        ids={idsOf('criteriaNarrative')}
        value={values.criteriaNarrative}
        error={errorOf('criteriaNarrative')}
        onChange={(criteriaNarrative) => update({ criteriaNarrative })}
        onBlur={() => touch('criteriaNarrative')}
      />
      <FormField
        ids={type}
        label={t('achievements.form.type.label')}
        error={errorOf('achievementType')}
      >
        <select
          id={type.control}
          className="select"
          value={values.achievementType}
          onChange={(event) => update({ achievementType: event.target.value })}
          {...describedBy(type, undefined, errorOf('achievementType'))}
        >
          {types.map((value) => (
            <option key={value} value={value}>
              {achievementTypeLabel(value)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField
        ids={tags}
        label={t('achievements.form.tags.label')}
        hint={tagsHint}
        error={errorOf('tags')}
      >
        <input
          id={tags.control}
          className="text-input"
          value={values.tags}
          onChange={(event) => update({ tags: event.target.value })}
          onBlur={() => touch('tags')}
          {...describedBy(tags, tagsHint, errorOf('tags'))}
        />
      </FormField>
      <FormField
        ids={days}
        label={t('achievements.form.validityDays.label')}
        hint={daysHint}
        error={errorOf('validityDays')}
      >
        <input
          id={days.control}
          className="text-input badge-form__number"
          inputMode="numeric"
          value={values.validityDays}
          onChange={(event) => update({ validityDays: event.target.value })}
          onBlur={() => touch('validityDays')}
          {...describedBy(days, daysHint, errorOf('validityDays'))}
        />
      </FormField>
    </fieldset>
  );
}
