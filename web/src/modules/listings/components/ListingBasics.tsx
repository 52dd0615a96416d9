import { useTranslation } from 'react-i18next';

import { describedBy, FormField } from '@/components/form/FormField';

import { KINDS, MODES } from '../listing-form-model';
import { LISTING_LIMITS } from '../listing-validation';
import { DescriptionField } from './DescriptionField';
import type { SectionProps } from './section-props';

/** Renders the title, summary, description, kind and mode. */
export function ListingBasics({
  values,
  update,
  errorOf,
  touch,
  idsOf,
}: SectionProps) {
  const { t } = useTranslation();
  const title = idsOf('title');
  const summary = idsOf('summary');
  const kind = idsOf('kind');
  const mode = idsOf('mode');
  const titleHint = t('listingForm.title.hint', LISTING_LIMITS.titleLength);
  const summaryHint = t(
    'listingForm.summary.hint',
    LISTING_LIMITS.summaryLength,
  );

  return (
    <fieldset className="listing-form__section">
      <legend>{t('listingForm.sections.basics')}</legend>
      <FormField
        ids={title}
        label={t('listingForm.title.label')}
        hint={titleHint}
        error={errorOf('title')}
      >
        <input
          id={title.control}
          className="text-input"
          required
          value={values.title}
          onChange={(event) => update({ title: event.target.value })}
          onBlur={() => touch('title')}
          {...describedBy(title, titleHint, errorOf('title'))}
        />
      </FormField>
      <FormField
        ids={summary}
        label={t('listingForm.summary.label')}
        hint={summaryHint}
        error={errorOf('summary')}
      >
        <textarea
          id={summary.control}
          className="text-input"
          rows={3}
          required
          value={values.summary}
          onChange={(event) => update({ summary: event.target.value })}
          onBlur={() => touch('summary')}
          {...describedBy(summary, summaryHint, errorOf('summary'))}
        />
      </FormField>
      <DescriptionField
        ids={idsOf('description')}
        value={values.description}
        error={errorOf('description')}
        onChange={(description) => update({ description })}
        onBlur={() => touch('description')}
      />
      <FormField
        ids={kind}
        label={t('listingForm.kind.label')}
        error={errorOf('kind')}
      >
        <select
          id={kind.control}
          className="select"
          value={values.kind}
          onChange={(event) =>
            update({ kind: event.target.value as (typeof KINDS)[number] })
          }
          {...describedBy(kind, undefined, errorOf('kind'))}
        >
          {KINDS.map((value) => (
            <option key={value} value={value}>
              {t(`kind.${value}`)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField
        ids={mode}
        label={t('listingForm.mode.label')}
        error={errorOf('mode')}
      >
        <select
          id={mode.control}
          className="select"
          value={values.mode}
          onChange={(event) =>
            update({ mode: event.target.value as (typeof MODES)[number] })
          }
          {...describedBy(mode, undefined, errorOf('mode'))}
        >
          {MODES.map((value) => (
            <option key={value} value={value}>
              {t(`listingForm.mode.${value}`)}
            </option>
          ))}
        </select>
      </FormField>
    </fieldset>
  );
}
