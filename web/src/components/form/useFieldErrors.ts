import { useCallback, useState } from 'react';

/**
 * Tracks which fields the person has left once (blurred) and whether they
 * tried to submit, so that a form shows its own checks as they type but
 * not before they have touched a field.
 */
export function useTouchedFields() {
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(0);

  const touch = useCallback((field: string) => {
    setTouched((previous) =>
      previous.has(field) ? previous : new Set(previous).add(field),
    );
  }, []);
  const isShown = useCallback(
    (field: string) => submitted > 0 || touched.has(field),
    [submitted, touched],
  );
  const markSubmitted = useCallback(
    () => setSubmitted((count) => count + 1),
    [],
  );

  return { touch, isShown, submitted, markSubmitted };
}

/**
 * Moves focus to the first control that reports `aria-invalid`, or else to
 * `fallback` (an error summary), after a failed submit.
 */
export function focusFirstInvalid(
  form: HTMLElement | null,
  fallback?: HTMLElement | null,
): void {
  const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (invalid !== null && invalid !== undefined) {
    invalid.focus();

    return;
  }
  fallback?.focus();
}
