import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { describedBy, fieldIds, FormField } from '@/components/form/FormField';

import { useImportField } from '../hooks/useImportField';
import { badgeUrlProblem } from '../import-rules';
import { ImportFormFrame, type ImportFormProps } from './ImportFormFrame';

/** Imports an Open Badges 2.0 hosted assertion by its URL. */
export function UrlImportForm({
  pending,
  disabled,
  onImport,
}: ImportFormProps) {
  const { t } = useTranslation();
  const ids = fieldIds(useId(), 'url');
  const input = useRef<HTMLInputElement>(null);
  const [url, setUrl] = useState('');
  const field = useImportField(input, onImport);
  const error = field.error ?? undefined;

  function submit() {
    const problem = badgeUrlProblem(url);
    if (problem !== null) {
      field.showProblem(problem);

      return;
    }
    void field.send({ method: 'url', url: url.trim() });
  }

  return (
    <ImportFormFrame
      label={t('badgeImports.import.methods.url')}
      pending={pending}
      disabled={disabled}
      onSubmit={submit}
    >
      <FormField
        ids={ids}
        label={t('badgeImports.url.label')}
        hint={t('badgeImports.url.hint')}
        error={error}
      >
        <input
          ref={input}
          id={ids.control}
          className="text-input"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          {...describedBy(ids, true, error)}
          value={url}
          onChange={(event) => {
            setUrl(event.target.value);
            field.clearError();
          }}
        />
      </FormField>
    </ImportFormFrame>
  );
}
