import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import {
  describedBy,
  type FieldIds,
  FormField,
} from '@/components/form/FormField';
import { Markdown } from '@/modules/opportunities/components/Markdown';

interface DescriptionFieldProps {
  ids: FieldIds;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  onBlur: () => void;
}

/**
 * Renders the Markdown description with a Write and a Preview button. The
 * preview uses the same sanitised renderer as the public page.
 */
export function DescriptionField({
  ids,
  value,
  error,
  onChange,
  onBlur,
}: DescriptionFieldProps) {
  const { t } = useTranslation();
  const [previewing, setPreviewing] = useState(false);
  // A failed check shows the text again, so the invalid field can take focus.
  const showPreview = previewing && error === undefined;

  return (
    <FormField
      ids={ids}
      label={t('listingForm.description.label')}
      hint={t('listingForm.description.hint')}
      error={error}
    >
      <div
        className="description-field__modes"
        role="group"
        aria-label={t('listingForm.description.modes')}
      >
        <button
          type="button"
          className="button button--secondary"
          aria-pressed={!showPreview}
          onClick={() => setPreviewing(false)}
        >
          {t('listingForm.description.write')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-pressed={showPreview}
          onClick={() => setPreviewing(true)}
        >
          {t('listingForm.description.preview')}
        </button>
      </div>
      <textarea
        id={ids.control}
        className="text-input description-field__text"
        rows={10}
        hidden={showPreview}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
        {...describedBy(ids, true, error)}
      />
      {showPreview && (
        <section
          className="description-field__preview"
          aria-label={t('listingForm.description.previewLabel')}
        >
          {value.trim() === '' ? (
            <p className="hint">{t('listingForm.description.empty')}</p>
          ) : (
            <Markdown source={value} />
          )}
        </section>
      )}
    </FormField>
  );
}
