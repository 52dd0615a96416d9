import {
  type ChangeEvent,
  type FormEvent,
  useCallback,
  useId,
  useRef,
  useState,
} from 'react';

import { type FormFailure, splitServerError } from '../server-errors';

export type FormValues = Record<string, string | boolean>;

/** Returns a message for an invalid value, or null when the value is fine. */
export type Validate<TValues extends FormValues> = (
  values: TValues,
) => Partial<Record<keyof TValues & string, string | null>>;

export interface FieldProps {
  id: string;
  name: string;
  'aria-invalid': boolean;
  onBlur: () => void;
  ref: (element: HTMLElement | null) => void;
}

export interface FormController<TValues extends FormValues> {
  values: TValues;
  setValue: <K extends keyof TValues & string>(
    name: K,
    value: TValues[K],
  ) => void;
  /** Props that tie an input to its label, hint and error. */
  fieldProps: (name: keyof TValues & string) => FieldProps;
  inputProps: (name: keyof TValues & string) => FieldProps & {
    value: string;
    onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  };
  checkboxProps: (name: keyof TValues & string) => FieldProps & {
    checked: boolean;
    onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  };
  /** The message to show beside a field now, from the client or server. */
  errorOf: (name: keyof TValues & string) => string | undefined;
  /** The last request's failure, beyond the messages beside fields. */
  failure: FormFailure | null;
  /** A submit handler that runs `onValid` only when every field passes. */
  handleSubmit: (
    onValid: (values: TValues) => Promise<void> | void,
  ) => (event: FormEvent<HTMLFormElement>) => void;
  /**
   * Shows a failed mutation's messages: field ones beside their fields and
   * the rest as the form's failure. Focus moves to the first invalid field,
   * or to `fallback` (the form's alert) when no field is at fault.
   */
  showServerError: (error: unknown, fallback?: HTMLElement | null) => void;
  /** Sets every value back, such as after a successful password change. */
  resetValues: (values: TValues) => void;
}

/**
 * Form state with validation as you type: a field's own message appears
 * after its first blur, or for every field after a submit attempt. A
 * server message stays beside its field until that field changes.
 */
export function useForm<TValues extends FormValues>(
  initial: TValues,
  validate: Validate<TValues>,
): FormController<TValues> {
  type Name = keyof TValues & string;
  const idPrefix = useId();
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const elements = useRef(new Map<string, HTMLElement>());
  const order = Object.keys(initial);

  const clientErrors = validate(values);

  function errorOf(name: Name): string | undefined {
    const server = serverErrors[name];
    if (server !== undefined) return server;
    if (!submitted && !touched.has(name)) return undefined;

    return clientErrors[name] ?? undefined;
  }

  const setValue = useCallback(<K extends Name>(name: K, value: TValues[K]) => {
    setValues((previous) => ({ ...previous, [name]: value }));
    setServerErrors((previous) => {
      if (previous[name] === undefined) return previous;
      const { [name]: _cleared, ...rest } = previous;

      return rest;
    });
  }, []);

  function fieldProps(name: Name): FieldProps {
    const invalid = errorOf(name) !== undefined;

    return {
      id: `${idPrefix}-${name}`,
      name,
      'aria-invalid': invalid,
      onBlur: () =>
        setTouched((previous) =>
          previous.has(name) ? previous : new Set(previous).add(name),
        ),
      ref: (element) => {
        if (element === null) elements.current.delete(name);
        else elements.current.set(name, element);
      },
    };
  }

  function focusFirstInvalid(invalidNames: Set<string>): boolean {
    const first = order.find((name) => invalidNames.has(name));
    const element =
      first === undefined ? undefined : elements.current.get(first);
    element?.focus();

    return element !== undefined;
  }

  function handleSubmit(onValid: (values: TValues) => Promise<void> | void) {
    return (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      setSubmitted(true);
      setFailure(null);
      const invalid = new Set(
        Object.entries(clientErrors)
          .filter(([, message]) => message !== null && message !== undefined)
          .map(([name]) => name),
      );
      if (invalid.size > 0) {
        focusFirstInvalid(invalid);

        return;
      }
      void onValid(values);
    };
  }

  function showServerError(error: unknown, fallback?: HTMLElement | null) {
    const { fields, failure: formFailure } = splitServerError(error, order);
    setServerErrors(fields);
    setFailure(formFailure);
    if (!focusFirstInvalid(new Set(Object.keys(fields)))) fallback?.focus();
  }

  function resetValues(next: TValues) {
    setValues(next);
    setTouched(new Set());
    setSubmitted(false);
    setServerErrors({});
    setFailure(null);
  }

  return {
    values,
    setValue,
    fieldProps,
    inputProps: (name) => ({
      ...fieldProps(name),
      value: String(values[name]),
      onChange: (event) => setValue(name, event.target.value as TValues[Name]),
    }),
    checkboxProps: (name) => ({
      ...fieldProps(name),
      checked: values[name] === true,
      onChange: (event) =>
        setValue(name, event.target.checked as TValues[Name]),
    }),
    errorOf,
    failure,
    handleSubmit,
    showServerError,
    resetValues,
  };
}
