import { useTranslation } from 'react-i18next';

import { describedBy, FormField } from '@/components/form/FormField';
import { TagFields } from '@/modules/listings/components/TagFields';

import { BADGE_LIMITS, goalOfTarget } from '../badge-form-model';
import type { BadgeSectionProps } from './section-props';

interface BadgeAlignmentFieldsProps extends BadgeSectionProps {
  /** Target codes by goal number, from the `sdgs` query. */
  targetsByGoal: ReadonlyMap<number, readonly string[]>;
}

function SdgTargetFields({
  goal,
  targets,
  chosen,
  onChange,
}: {
  goal: number;
  targets: readonly string[];
  chosen: readonly string[];
  onChange: (targets: string[]) => void;
}) {
  const { t } = useTranslation();

  return (
    <fieldset className="tag-fields">
      <legend>{t('achievements.form.targets.legend', { goal })}</legend>
      <div className="badge-form__targets">
        {targets.map((code) => (
          <label key={code} className="tag-fields__option">
            <input
              type="checkbox"
              checked={chosen.includes(code)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...chosen, code]
                    : chosen.filter((item) => item !== code),
                )
              }
            />
            {t('achievements.form.targets.option', { code })}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * Renders what the badge aligns to: goals and skills with the listing
 * form's pickers, the targets of each chosen goal, and ESCO skill URIs.
 */
export function BadgeAlignmentFields({
  values,
  update,
  errorOf,
  touch,
  idsOf,
  targetsByGoal,
}: BadgeAlignmentFieldsProps) {
  const { t } = useTranslation();
  const esco = idsOf('escoSkillUris');
  const escoHint = t('achievements.form.esco.hint', {
    max: BADGE_LIMITS.escoSkillUris,
  });
  const targetError = errorOf('sdgTargets');

  return (
    <fieldset className="badge-form__section">
      <legend>{t('achievements.form.sections.alignment')}</legend>
      <TagFields
        sdgs={values.sdgNumbers}
        skills={values.skillIds}
        onChange={(patch) =>
          update({
            ...(patch.sdgs === undefined ? {} : { sdgNumbers: patch.sdgs }),
            ...(patch.skills === undefined ? {} : { skillIds: patch.skills }),
          })
        }
        errorOf={(field) =>
          errorOf(field === 'sdgs' ? 'sdgNumbers' : 'skillIds')
        }
      />
      {values.sdgNumbers.length > 0 && (
        <p className="hint">{t('achievements.form.targets.hint')}</p>
      )}
      {targetError !== undefined && <p className="error-text">{targetError}</p>}
      {values.sdgNumbers.map((goal) => (
        <SdgTargetFields
          key={goal}
          goal={goal}
          targets={targetsByGoal.get(goal) ?? []}
          chosen={values.sdgTargets.filter(
            (code) => goalOfTarget(code) === goal,
          )}
          onChange={(targets) =>
            update({
              sdgTargets: [
                ...values.sdgTargets.filter(
                  (code) => goalOfTarget(code) !== goal,
                ),
                ...targets,
              ],
            })
          }
        />
      ))}
      <FormField
        ids={esco}
        label={t('achievements.form.esco.label')}
        hint={escoHint}
        error={errorOf('escoSkillUris')}
      >
        <textarea
          id={esco.control}
          className="text-input"
          rows={3}
          spellCheck={false}
          value={values.escoSkillUris}
          onChange={(event) => update({ escoSkillUris: event.target.value })}
          onBlur={() => touch('escoSkillUris')}
          {...describedBy(esco, escoHint, errorOf('escoSkillUris'))}
        />
      </FormField>
    </fieldset>
  );
}
