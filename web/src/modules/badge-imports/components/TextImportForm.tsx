import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { describedBy, fieldIds, FormField } from '@/components/form/FormField';

import { useImportField } from '../hooks/useImportField';
import { pastedTextProblem } from '../import-rules';
import { ImportFormFrame, type ImportFormProps } from './ImportFormFrame';

/** Imports pasted Open Badges JSON, a VC-JWT or a signed JWS. */
export function TextImportForm({
  pending,
  disabled,
  onImport,
}: ImportFormProps) {
  const { t } = useTranslation();
  const ids = fieldIds(useId(), 'text');
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const field = useImportField(textarea, onImport);
  const error = field.error ?? undefined;

  function submit() {
    const problem = pastedTextProblem(text);
    if (problem !== null) {
      field.showProblem(problem);

      return;
    }
    void field.send({ method: 'text', text: text.trim() });
  }

  return (
    <ImportFormFrame
      label={t('badgeImports.import.methods.text')}
      pending={pending}
      disabled={disabled}
      onSubmit={submit}
    >
      <FormField
        ids={ids}
        label={t('badgeImports.text.label')}
        hint={t('badgeImports.text.hint')}
        error={error}
      >
        <textarea
          ref={textarea}
          id={ids.control}
          className="text-input badge-import__text"
          rows={8}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          {...describedBy(ids, true, error)}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            field.clearError();
          }}
        />
      </FormField>
    </ImportFormFrame>
  );
}
