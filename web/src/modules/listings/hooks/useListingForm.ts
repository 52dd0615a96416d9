import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useTouchedFields } from '@/components/form/useFieldErrors';
import { fieldErrorsOf } from '@/lib/graphql/errors';

import type { ListingFormValues } from '../listing-form-model';
import { checkListingForm, type ListingProblems } from '../listing-validation';

/** The API field paths that a form value feeds, to clear their server errors. */
const API_PATHS: Partial<Record<keyof ListingFormValues, string[]>> = {
  latitude: ['location', 'location.latitude'],
  longitude: ['location', 'location.longitude'],
  mode: ['mode', 'location', 'venueName'],
  paid: ['costMinor', 'currency'],
  cost: ['costMinor'],
  currency: ['currency', 'costMinor'],
};

function clearServerErrors(
  errors: Record<string, string>,
  changed: (keyof ListingFormValues)[],
): Record<string, string> {
  const paths = changed.flatMap((key) => API_PATHS[key] ?? [key]);
  const kept = Object.entries(errors).filter(
    ([field]) =>
      !paths.some((path) => field === path || field.startsWith(`${path}.`)),
  );

  return kept.length === Object.keys(errors).length
    ? errors
    : Object.fromEntries(kept);
}

/**
 * Holds the listing form's values, its own checks and the API's errors.
 * A field shows its own check once it has been left or the form submitted,
 * and shows the API's message until its value changes.
 */
export function useListingForm(initial: ListingFormValues) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [saved, setSaved] = useState(initial);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  const touched = useTouchedFields();
  const problems: ListingProblems = useMemo(
    () => checkListingForm(values),
    [values],
  );

  const update = useCallback((patch: Partial<ListingFormValues>) => {
    setValues((previous) => ({ ...previous, ...patch }));
    setServerErrors((previous) =>
      clearServerErrors(
        previous,
        Object.keys(patch) as (keyof ListingFormValues)[],
      ),
    );
  }, []);

  const errorOf = useCallback(
    (field: string): string | undefined => {
      const problem = problems[field];
      if (problem !== undefined && touched.isShown(field)) {
        return t(`listingForm.errors.${problem.key}`, problem.values);
      }

      return serverErrors[field];
    },
    [problems, serverErrors, t, touched],
  );

  const showServerError = useCallback((error: unknown) => {
    const { fields, general } = fieldErrorsOf(error, 'input.listing.');
    setServerErrors(fields);
    setGeneralErrors(general);
  }, []);

  const markSaved = useCallback((next: ListingFormValues) => {
    setSaved(next);
    setServerErrors({});
    setGeneralErrors([]);
  }, []);

  return {
    values,
    update,
    problems,
    hasProblems: Object.keys(problems).length > 0,
    dirty: JSON.stringify(values) !== JSON.stringify(saved),
    errorOf,
    touch: touched.touch,
    submitted: touched.submitted,
    markSubmitted: touched.markSubmitted,
    generalErrors,
    serverErrors,
    showServerError,
    markSaved,
  };
}
