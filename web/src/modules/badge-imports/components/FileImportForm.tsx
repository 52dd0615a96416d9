import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { describedBy, fieldIds, FormField } from '@/components/form/FormField';
import { useFormatLocale } from '@/i18n/useFormatLocale';

import { useImportField } from '../hooks/useImportField';
import { ACCEPTED_BADGE_FILES, badgeFileProblem } from '../import-rules';
import { ImportFormFrame, type ImportFormProps } from './ImportFormFrame';

/**
 * Uploads a baked PNG or SVG. The page checks the file's type and size as
 * soon as it is chosen, and keeps the file after a failed upload.
 */
export function FileImportForm({
  pending,
  disabled,
  onImport,
}: ImportFormProps) {
  const { t } = useTranslation();
  const locale = useFormatLocale();
  const ids = fieldIds(useId(), 'file');
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const field = useImportField(input, onImport);
  const error = field.error ?? undefined;

  function choose(chosen: File | null) {
    setFile(chosen);
    const problem = chosen === null ? null : badgeFileProblem(chosen, locale);
    field.setError(problem === null ? null : t(problem.key, problem.values));
  }

  function remove() {
    setFile(null);
    field.clearError();
    if (input.current !== null) input.current.value = '';
    input.current?.focus();
  }

  function submit() {
    if (file === null) {
      field.showProblem({ key: 'badgeImports.file.errors.missing' });

      return;
    }
    const problem = badgeFileProblem(file, locale);
    if (problem !== null) {
      field.showProblem(problem);

      return;
    }
    void field.send({ method: 'file', file });
  }

  return (
    <ImportFormFrame
      label={t('badgeImports.import.methods.file')}
      pending={pending}
      disabled={disabled}
      onSubmit={submit}
    >
      <FormField
        ids={ids}
        label={t('badgeImports.file.label')}
        hint={t('badgeImports.file.hint')}
        error={error}
      >
        <input
          ref={input}
          id={ids.control}
          type="file"
          accept={ACCEPTED_BADGE_FILES}
          {...describedBy(ids, true, error)}
          onChange={(event) => choose(event.target.files?.[0] ?? null)}
        />
      </FormField>
      {file !== null && (
        <p className="badge-import__file">
          <span>{t('badgeImports.file.chosen', { name: file.name })}</span>
          <button
            type="button"
            className="button button--secondary"
            disabled={pending}
            onClick={remove}
          >
            {t('badgeImports.file.remove')}
          </button>
        </p>
      )}
    </ImportFormFrame>
  );
}
