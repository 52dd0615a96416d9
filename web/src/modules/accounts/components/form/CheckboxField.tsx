import type { ChangeEventHandler, ReactNode } from 'react';

import type { FieldProps } from '../../hooks/useForm';
import { describedBy } from './describedBy';

interface CheckboxFieldProps {
  label: string;
  field: FieldProps & {
    checked: boolean;
    onChange: ChangeEventHandler<HTMLInputElement>;
  };
  error: string | undefined;
  hint?: ReactNode;
  disabled?: boolean;
}

/** Renders a checkbox with its label beside it and a hint below. */
export function CheckboxField({
  label,
  field,
  error,
  hint,
  disabled = false,
}: CheckboxFieldProps) {
  return (
    <div className="checkbox-field">
      <input
        {...field}
        aria-describedby={describedBy(field.id, hint, error)}
        type="checkbox"
        disabled={disabled}
      />
      <label htmlFor={field.id}>{label}</label>
      <p id={`${field.id}-hint`} className="hint" hidden={hint === undefined}>
        {hint}
      </p>
      <p id={`${field.id}-error`} className="field-error">
        {error}
      </p>
    </div>
  );
}
