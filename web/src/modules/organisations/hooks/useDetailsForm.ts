import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useTouchedFields } from '@/components/form/useFieldErrors';
import { fieldErrorsOf } from '@/lib/graphql/errors';

import { checkDetails, type OrganisationDetails } from '../organisation-rules';

/**
 * Holds an organisation form's values with its own checks and the API's
 * field errors; a field's API error clears when its value changes.
 */
export function useDetailsForm<Values extends OrganisationDetails>(
  initial: Values,
) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  const touched = useTouchedFields();
  const problems = useMemo(() => checkDetails(values), [values]);

  const update = useCallback((patch: Partial<Values>) => {
    setValues((previous) => ({ ...previous, ...patch }));
    setServerErrors((previous) => {
      const next = { ...previous };
      for (const key of Object.keys(patch)) delete next[key];

      return next;
    });
  }, []);

  const errorOf = useCallback(
    (field: string) => {
      const problem = problems[field];
      if (problem !== undefined && touched.isShown(field)) {
        return t(`organisationForm.errors.${problem.key}`, problem.values);
      }

      return serverErrors[field];
    },
    [problems, serverErrors, t, touched],
  );

  const showServerError = useCallback((error: unknown) => {
    const { fields, general } = fieldErrorsOf(error, 'input.');
    setServerErrors(fields);
    setGeneralErrors(general);
  }, []);

  return {
    values,
    update,
    errorOf,
    hasProblems: Object.keys(problems).length > 0,
    touch: touched.touch,
    markSubmitted: touched.markSubmitted,
    submitted: touched.submitted,
    generalErrors,
    serverErrors,
    showServerError,
    clearGeneral: () => setGeneralErrors([]),
  };
}
