import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/ErrorMessage';
import type { SkillGroup } from '@/gql/graphql';
import { useReferenceData } from '@/modules/filters/hooks/useReferenceData';

// The WEF order: foundational literacies, competencies, character qualities.
const GROUPS: readonly SkillGroup[] = [
  'FOUNDATIONAL_LITERACY',
  'COMPETENCY',
  'CHARACTER_QUALITY',
];

interface NeedSkillsFieldProps {
  value: readonly string[];
  error: string | undefined;
  errorId: string;
  onChange: (skillIds: string[]) => void;
  onBlur: () => void;
}

/** Renders the 16 WEF skills as checkboxes in their three groups. */
export function NeedSkillsField({
  value,
  error,
  errorId,
  onChange,
  onBlur,
}: NeedSkillsFieldProps) {
  const { t } = useTranslation();
  const reference = useReferenceData();

  if (reference.status === 'error') {
    return (
      <ErrorMessage
        error={reference.error}
        summaryKey="employerNeeds.form.skillsFailed"
        onRetry={reference.retry}
      />
    );
  }
  if (reference.skills.length === 0) {
    return <p role="status">{t('employerNeeds.form.skillsLoading')}</p>;
  }

  function toggle(id: string, on: boolean) {
    const without = value.filter((each) => each !== id);
    onChange(on ? [...without, id] : without);
  }

  return (
    <fieldset
      className="need-skills"
      aria-invalid={error === undefined ? undefined : true}
      aria-describedby={error === undefined ? undefined : errorId}
      onBlur={onBlur}
    >
      <legend>{t('employerNeeds.form.skills')}</legend>
      {GROUPS.map((group) => (
        <fieldset key={group} className="need-skills__group">
          <legend>{t(`skillGroup.${group}`)}</legend>
          <div className="need-skills__grid">
            {reference.skills
              .filter((skill) => skill.group === group)
              .map((skill) => (
                <label key={skill.id} className="need-skills__option">
                  <input
                    type="checkbox"
                    checked={value.includes(skill.id)}
                    onChange={(event) => toggle(skill.id, event.target.checked)}
                  />
                  {t(`skill.${skill.id}`, { defaultValue: skill.name })}
                </label>
              ))}
          </div>
        </fieldset>
      ))}
      {error !== undefined && (
        <p id={errorId} className="error-text">
          {error}
        </p>
      )}
    </fieldset>
  );
}
