import { useTranslation } from 'react-i18next';

import { describedBy, FormField } from '@/components/form/FormField';
import type { AccessibilitySupport } from '@/gql/graphql';
import { ACCESSIBILITY_GROUPS } from '@/modules/opportunities/accessibility';

import { characterCount, LISTING_LIMITS } from '../listing-validation';
import type { SectionProps } from './section-props';

function toggle(
  groups: readonly AccessibilitySupport[],
  group: AccessibilitySupport,
  on: boolean,
): AccessibilitySupport[] {
  const without = groups.filter((item) => item !== group);

  return on ? [...without, group] : without;
}

/**
 * Renders the access needs a listing caters for, as the six OpenActive
 * accessibility-support groups, and free-text notes on access with a
 * character count.
 */
export function AccessibilityFields({
  values,
  update,
  errorOf,
  touch,
  idsOf,
}: SectionProps) {
  const { t } = useTranslation();
  const support = idsOf('accessibilitySupport');
  const information = idsOf('accessibilityInformation');
  const supportError = errorOf('accessibilitySupport');
  const informationError = errorOf('accessibilityInformation');
  const max = LISTING_LIMITS.accessibilityInformationLength;
  const informationHint = (
    <>
      {t('opportunityPage.accessibility.form.informationHint', { max })}{' '}
      <span className="listing-form__count">
        {t('opportunityPage.accessibility.form.count', {
          count: characterCount(values.accessibilityInformation),
          max,
        })}
      </span>
    </>
  );

  return (
    <fieldset className="listing-form__section">
      <legend>{t('opportunityPage.accessibility.form.legend')}</legend>
      <fieldset
        className="tag-fields"
        aria-describedby={
          supportError === undefined
            ? support.hint
            : `${support.hint} ${support.error}`
        }
      >
        <legend>{t('opportunityPage.accessibility.form.supportLegend')}</legend>
        <p id={support.hint} className="hint">
          {t('opportunityPage.accessibility.form.supportHint')}
        </p>
        {supportError !== undefined && (
          <p id={support.error} className="error-text">
            {supportError}
          </p>
        )}
        <div className="tag-fields__grid">
          {ACCESSIBILITY_GROUPS.map((group) => (
            <label key={group} className="tag-fields__option">
              <input
                type="checkbox"
                checked={values.accessibilitySupport.includes(group)}
                aria-invalid={supportError === undefined ? undefined : true}
                onChange={(event) =>
                  update({
                    accessibilitySupport: toggle(
                      values.accessibilitySupport,
                      group,
                      event.target.checked,
                    ),
                  })
                }
              />
              {t(`opportunityPage.accessibility.groups.${group}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <FormField
        ids={information}
        label={t('opportunityPage.accessibility.form.information')}
        hint={informationHint}
        error={informationError}
      >
        <textarea
          id={information.control}
          className="text-input"
          rows={4}
          value={values.accessibilityInformation}
          onChange={(event) =>
            update({ accessibilityInformation: event.target.value })
          }
          onBlur={() => touch('accessibilityInformation')}
          {...describedBy(information, informationHint, informationError)}
        />
      </FormField>
    </fieldset>
  );
}
