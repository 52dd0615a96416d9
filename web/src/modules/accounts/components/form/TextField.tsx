import type { ChangeEventHandler, ReactNode } from 'react';

import type { FieldProps } from '../../hooks/useForm';
import { describedBy } from './describedBy';

interface TextFieldProps {
  label: string;
  field: FieldProps & {
    value: string;
    onChange: ChangeEventHandler<HTMLInputElement>;
  };
  error: string | undefined;
  hint?: ReactNode;
  type?: 'text' | 'email' | 'password';
  autoComplete?: string;
  inputMode?: 'numeric' | 'email' | 'text';
  required?: boolean;
}

/** Renders a labelled input with its hint and its error, tied by ids. */
export function TextField({
  label,
  field,
  error,
  hint,
  type = 'text',
  autoComplete,
  inputMode,
  required = true,
}: TextFieldProps) {
  return (
    <div className="form-field">
      <label className="field-label" htmlFor={field.id}>
        {label}
      </label>
      <p id={`${field.id}-hint`} className="hint" hidden={hint === undefined}>
        {hint}
      </p>
      <input
        {...field}
        aria-describedby={describedBy(field.id, hint, error)}
        className="text-input"
        type={type}
        autoComplete={autoComplete}
        inputMode={inputMode}
        required={required}
        spellCheck={type === 'text' ? undefined : false}
      />
      <p id={`${field.id}-error`} className="field-error">
        {error}
      </p>
    </div>
  );
}
