import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import {
  describedBy,
  type FieldIds,
  FormField,
} from '@/components/form/FormField';
import { Markdown } from '@/modules/opportunities/components/Markdown';

import { BADGE_LIMITS } from '../badge-form-model';

interface CriteriaFieldProps {
  ids: FieldIds;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  onBlur: () => void;
}

/**
 * Renders the Markdown criteria with Write and Preview buttons, previewed
 * with the same sanitised renderer as listing descriptions.
 */
export function CriteriaField({
  ids,
  value,
  error,
  onChange,
  onBlur,
}: CriteriaFieldProps) {
  const { t } = useTranslation();
  const [previewing, setPreviewing] = useState(false);
  // A failed check shows the text again, so the invalid field can take focus.
  const showPreview = previewing && error === undefined;
  const hint = t('achievements.form.criteria.hint', {
    max: BADGE_LIMITS.criteriaNarrative,
  });

  return (
    <FormField
      ids={ids}
      label={t('achievements.form.criteria.label')}
      hint={hint}
      error={error}
    >
      <div
        className="description-field__modes"
        role="group"
        aria-label={t('achievements.form.criteria.modes')}
      >
        <button
          type="button"
          className="button button--secondary"
          aria-pressed={!showPreview}
          onClick={() => setPreviewing(false)}
        >
          {t('achievements.form.criteria.write')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-pressed={showPreview}
          onClick={() => setPreviewing(true)}
        >
          {t('achievements.form.criteria.preview')}
        </button>
      </div>
      <textarea
        id={ids.control}
        className="text-input description-field__text"
        rows={8}
        required
        hidden={showPreview}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
        {...describedBy(ids, hint, error)}
      />
      {showPreview && (
        <section
          className="description-field__preview"
          aria-label={t('achievements.form.criteria.previewLabel')}
        >
          {value.trim() === '' ? (
            <p className="hint">{t('achievements.form.criteria.empty')}</p>
          ) : (
            <Markdown source={value} />
          )}
        </section>
      )}
    </FormField>
  );
}
