import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { describedBy, FormField } from '@/components/form/FormField';

import type { ListingFormValues } from '../listing-form-model';
import type { SectionProps } from './section-props';

type NumberField = 'minAge' | 'maxAge' | 'capacity';

function NumberInput({
  field,
  hint,
  props,
}: {
  field: NumberField;
  hint?: string;
  props: SectionProps;
}) {
  const { t } = useTranslation();
  const ids = props.idsOf(field);
  const error = props.errorOf(field);

  return (
    <FormField
      ids={ids}
      label={t(`listingForm.audience.${field}`)}
      hint={hint}
      error={error}
    >
      <input
        id={ids.control}
        type="number"
        inputMode="numeric"
        step={1}
        className="text-input"
        value={props.values[field]}
        onChange={(event) =>
          props.update({ [field]: event.target.value } as Partial<
            Pick<ListingFormValues, NumberField>
          >)
        }
        onBlur={() => props.touch(field)}
        {...describedBy(ids, hint, error)}
      />
    </FormField>
  );
}

/**
 * Renders the price, free by default, and who and how many may come. The
 * price is typed in major units (dollars) and sent in minor units (cents).
 */
export function CostAndAudience(props: SectionProps) {
  const { values, update, errorOf, touch, idsOf } = props;
  const { t } = useTranslation();
  // Built once: re-rendering about 300 options on every keystroke is slow.
  const currencyOptions = useMemo(
    () =>
      Intl.supportedValuesOf('currency').map((code) => (
        <option key={code} value={code}>
          {code}
        </option>
      )),
    [],
  );
  const paid = idsOf('paid');
  const cost = idsOf('costMinor');
  const currency = idsOf('currency');
  const costHint = t('listingForm.cost.hint', { currency: values.currency });

  return (
    <fieldset className="listing-form__section">
      <legend>{t('listingForm.sections.costAndAudience')}</legend>
      <div className="form-field form-field--checkbox">
        <input
          id={paid.control}
          type="checkbox"
          checked={values.paid}
          onChange={(event) => update({ paid: event.target.checked })}
        />
        <label htmlFor={paid.control}>{t('listingForm.cost.paid')}</label>
      </div>
      {values.paid && (
        <div className="listing-form__pair">
          <FormField
            ids={cost}
            label={t('listingForm.cost.amount')}
            hint={costHint}
            error={errorOf('costMinor')}
          >
            <input
              id={cost.control}
              type="text"
              inputMode="decimal"
              className="text-input"
              value={values.cost}
              onChange={(event) => update({ cost: event.target.value })}
              onBlur={() => touch('costMinor')}
              {...describedBy(cost, costHint, errorOf('costMinor'))}
            />
          </FormField>
          <FormField
            ids={currency}
            label={t('listingForm.cost.currency')}
            error={errorOf('currency')}
          >
            <select
              id={currency.control}
              className="select"
              value={values.currency}
              onChange={(event) => update({ currency: event.target.value })}
              {...describedBy(currency, undefined, errorOf('currency'))}
            >
              {currencyOptions}
            </select>
          </FormField>
        </div>
      )}
      <div className="listing-form__pair">
        <NumberInput field="minAge" props={props} />
        <NumberInput field="maxAge" props={props} />
      </div>
      <NumberInput
        field="capacity"
        hint={t('listingForm.audience.capacityHint')}
        props={props}
      />
    </fieldset>
  );
}
