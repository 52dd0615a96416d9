import type { ReactNode } from 'react';

/** Ids of a field's parts, so the control can point at its hint and error. */
export interface FieldIds {
  control: string;
  hint: string;
  error: string;
}

/** Builds the ids of one field from a form's base id and the field's path. */
export function fieldIds(baseId: string, path: string): FieldIds {
  const control = `${baseId}-${path.replace(/\./g, '-')}`;

  return { control, hint: `${control}-hint`, error: `${control}-error` };
}

/** Returns the `aria-*` props that tie a control to its hint and error. */
export function describedBy(
  ids: FieldIds,
  hint: ReactNode | undefined,
  error: string | undefined,
) {
  const parts = [
    hint === undefined ? null : ids.hint,
    error === undefined ? null : ids.error,
  ].filter((part) => part !== null);

  return {
    'aria-invalid': error === undefined ? undefined : true,
    'aria-describedby': parts.length > 0 ? parts.join(' ') : undefined,
  };
}

interface FormFieldProps {
  ids: FieldIds;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  className?: string;
  /** The control; give it `id={ids.control}` and `describedBy(...)`. */
  children: ReactNode;
}

/** Renders a visible label, a control, an optional hint and its error. */
export function FormField({
  ids,
  label,
  hint,
  error,
  className,
  children,
}: FormFieldProps) {
  return (
    <div className={className ?? 'form-field'}>
      <label htmlFor={ids.control} className="field-label">
        {label}
      </label>
      {hint !== undefined && (
        <p id={ids.hint} className="hint">
          {hint}
        </p>
      )}
      {children}
      {error !== undefined && (
        <p id={ids.error} className="error-text form-field__error">
          {error}
        </p>
      )}
    </div>
  );
}
