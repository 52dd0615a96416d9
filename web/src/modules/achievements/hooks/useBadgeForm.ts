import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useTouchedFields } from '@/components/form/useFieldErrors';
import { fieldErrorsOf } from '@/lib/graphql/errors';

import {
  type BadgeFormValues,
  type BadgeProblems,
  checkBadgeForm,
} from '../badge-form-model';

/**
 * The form field that shows an API error path: list entries such as
 * `tags.3` show on their list, and the image id on the image field.
 */
export function formFieldOf(path: string): string {
  const field = path.replace(/\.\d+$/, '');

  return field === 'imageFileId' ? 'image' : field;
}

function serverFieldErrors(error: unknown) {
  const { fields, general } = fieldErrorsOf(error, 'input.');
  const byField: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    byField[formFieldOf(path)] ??= message;
  }

  return { fields: byField, general };
}

/**
 * Holds the badge form's values, its own checks and the API's errors. A
 * field shows its own check once it has been left or the form submitted,
 * and shows the API's message until its value changes.
 */
export function useBadgeForm(initial: BadgeFormValues) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [saved, setSaved] = useState(initial);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  const touched = useTouchedFields();
  const problems: BadgeProblems = useMemo(
    () => checkBadgeForm(values),
    [values],
  );

  const update = useCallback((patch: Partial<BadgeFormValues>) => {
    setValues((previous) => ({ ...previous, ...patch }));
    setServerErrors((previous) => {
      const changed = Object.keys(patch);
      const kept = Object.entries(previous).filter(
        ([field]) => !changed.includes(field),
      );

      return kept.length === Object.keys(previous).length
        ? previous
        : Object.fromEntries(kept);
    });
  }, []);

  const errorOf = useCallback(
    (field: string): string | undefined => {
      const problem = problems[field];
      if (problem !== undefined && touched.isShown(field)) {
        return t(`achievements.errors.${problem.key}`, problem.values);
      }

      return serverErrors[field];
    },
    [problems, serverErrors, t, touched],
  );

  const showServerError = useCallback((error: unknown) => {
    const { fields, general } = serverFieldErrors(error);
    setServerErrors(fields);
    setGeneralErrors(general);
  }, []);

  const markSaved = useCallback((next: BadgeFormValues) => {
    setSaved(next);
    setServerErrors({});
    setGeneralErrors([]);
  }, []);

  return {
    values,
    update,
    hasProblems: Object.keys(problems).length > 0,
    dirty: JSON.stringify(values) !== JSON.stringify(saved),
    errorOf,
    touch: touched.touch,
    markSubmitted: touched.markSubmitted,
    generalErrors,
    serverErrors,
    showServerError,
    markSaved,
  };
}
