import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useTouchedFields } from '@/components/form/useFieldErrors';
import { fieldErrorsOf } from '@/lib/graphql/errors';

import type { NeedFormValues } from '../need-form-model';
import { checkNeedForm, todayUtc } from '../need-validation';

/** The form field that shows the API's message on an input field. */
const FORM_FIELD: Record<string, keyof NeedFormValues> = {
  title: 'title',
  description: 'description',
  skillIds: 'skillIds',
  escoSkillUris: 'escoSkillUris',
  location: 'place',
  radiusKm: 'radiusKm',
  openings: 'openings',
  closesOn: 'closesOn',
  applyUrl: 'applyUrl',
};

/**
 * Holds the skill need form's values, its own checks and the API's errors.
 * A field shows its own check once it has been left or the form submitted,
 * and the API's message until its value changes.
 */
export function useNeedForm(
  initial: NeedFormValues,
  storedClosesOn: string | null,
) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  const touched = useTouchedFields();
  const problems = useMemo(
    () => checkNeedForm(values, todayUtc(), storedClosesOn),
    [values, storedClosesOn],
  );

  const update = useCallback((patch: Partial<NeedFormValues>) => {
    setValues((previous) => ({ ...previous, ...patch }));
    setServerErrors((previous) => {
      const kept = Object.entries(previous).filter(
        ([field]) => !(field in patch),
      );

      return Object.fromEntries(kept);
    });
  }, []);

  const errorOf = useCallback(
    (field: keyof NeedFormValues): string | undefined => {
      const problem = problems[field];
      if (problem !== undefined && touched.isShown(field)) {
        return t(`employerNeeds.form.errors.${problem.key}`, problem.values);
      }

      return serverErrors[field];
    },
    [problems, serverErrors, t, touched],
  );

  const showServerError = useCallback((error: unknown) => {
    const { fields, general } = fieldErrorsOf(error, 'input.');
    const placed: Record<string, string> = {};
    const unplaced: string[] = [];
    for (const [path, message] of Object.entries(fields)) {
      const field = FORM_FIELD[path.split('.')[0] ?? ''];
      if (field === undefined) unplaced.push(message);
      else placed[field] ??= message;
    }
    setServerErrors(placed);
    setGeneralErrors([...general, ...unplaced]);
  }, []);

  const clearServerErrors = useCallback(() => {
    setServerErrors({});
    setGeneralErrors([]);
  }, []);

  return {
    values,
    update,
    hasProblems: Object.keys(problems).length > 0,
    errorOf,
    serverErrorCount: Object.keys(serverErrors).length,
    touch: touched.touch,
    markSubmitted: touched.markSubmitted,
    generalErrors,
    showServerError,
    clearServerErrors,
  };
}

export type NeedForm = ReturnType<typeof useNeedForm>;
