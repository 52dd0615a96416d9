import type { ReactNode } from 'react';

/**
 * Builds a field's `aria-describedby` from its hint and its error, each
 * only while it has text, so the description has no stray spaces.
 */
export function describedBy(
  fieldId: string,
  hint: ReactNode,
  error: string | undefined,
): string | undefined {
  const ids = [
    hint === undefined ? null : `${fieldId}-hint`,
    error === undefined ? null : `${fieldId}-error`,
  ].filter((id) => id !== null);

  return ids.length === 0 ? undefined : ids.join(' ');
}
