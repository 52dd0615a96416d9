import { type RefObject, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { importErrorText } from '../import-error-text';
import type { InputProblem } from '../import-rules';
import type { ImportRequest } from './useBadgeImport';

/**
 * Tracks the message shown next to one import field: a problem the page
 * found before sending, or the reason the API or the network failed. Focus
 * moves to the field whenever a message appears, so that it is read with
 * the field's label.
 */
export function useImportField(
  control: RefObject<HTMLElement | null>,
  onImport: (request: ImportRequest) => Promise<void>,
) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);

  const showProblem = useCallback(
    (problem: InputProblem) => {
      setError(t(problem.key, problem.values));
      control.current?.focus();
    },
    [t, control],
  );

  const send = useCallback(
    async (request: ImportRequest) => {
      setError(null);
      try {
        await onImport(request);
      } catch (failure) {
        setError(importErrorText(t, failure));
        control.current?.focus();
      }
    },
    [t, control, onImport],
  );

  const clearError = useCallback(() => setError(null), []);

  return { error, showProblem, send, clearError, setError };
}
