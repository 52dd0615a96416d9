import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useTouchedFields } from '@/components/form/useFieldErrors';
import { fieldErrorsOf } from '@/lib/graphql/errors';

import {
  emptyStep,
  type PathwayFormValues,
  type StepValues,
} from '../pathway-form-model';
import { checkPathwayForm } from '../pathway-validation';

type TopField = Exclude<keyof PathwayFormValues, 'steps'>;

/** The API's names for the form values that it names differently. */
const API_NAMES: Partial<Record<TopField, string>> = {
  sdgs: 'sdgNumbers',
  skills: 'skillIds',
};

/** Field paths that the form shows next to a control; others go on top. */
const PLACED_FIELD =
  /^(title|description|goalAchievementId|sdgNumbers(\.\d+)?|skillIds(\.\d+)?|steps(\.\d+(\.(title|requiredCount|options(\.\d+(\.(achievementId|achievementUri|issuerUri|name))?)?))?)?)$/;

function withoutPrefix(
  errors: Record<string, string>,
  prefixes: string[],
): Record<string, string> {
  const kept = Object.entries(errors).filter(
    ([field]) =>
      !prefixes.some(
        (prefix) => field === prefix || field.startsWith(`${prefix}.`),
      ),
  );

  return kept.length === Object.keys(errors).length
    ? errors
    : Object.fromEntries(kept);
}

function move<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);

  return next;
}

/**
 * Holds the pathway builder's values, its own checks and the API's errors.
 * A field shows its own check once it has been left or the form submitted,
 * and the API's message until its value changes. Moving, adding or
 * removing a step drops the API's step messages, because they name steps
 * by position.
 */
export function usePathwayForm(initial: PathwayFormValues) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  const touched = useTouchedFields();
  const problems = useMemo(() => checkPathwayForm(values), [values]);

  const update = useCallback(
    (patch: Partial<Omit<PathwayFormValues, 'steps'>>) => {
      setValues((previous) => ({ ...previous, ...patch }));
      const fields = (Object.keys(patch) as TopField[]).map(
        (key) => API_NAMES[key] ?? key,
      );
      setServerErrors((previous) => withoutPrefix(previous, fields));
    },
    [],
  );

  const changeSteps = useCallback(
    (change: (steps: StepValues[]) => StepValues[], index?: number) => {
      setValues((previous) => ({ ...previous, steps: change(previous.steps) }));
      setServerErrors((previous) =>
        withoutPrefix(
          previous,
          index === undefined ? ['steps'] : [`steps.${index}`],
        ),
      );
    },
    [],
  );

  const steps = useMemo(
    () => ({
      add: () => changeSteps((list) => [...list, emptyStep()]),
      remove: (index: number) =>
        changeSteps((list) => list.filter((_, at) => at !== index)),
      move: (from: number, to: number) =>
        changeSteps((list) => move(list, from, to)),
      update: (index: number, patch: Partial<Omit<StepValues, 'key'>>) =>
        changeSteps(
          (list) =>
            list.map((step, at) =>
              at === index ? { ...step, ...patch } : step,
            ),
          index,
        ),
    }),
    [changeSteps],
  );

  const errorOf = useCallback(
    (field: string): string | undefined => {
      const problem = problems[field];
      if (problem !== undefined && touched.isShown(field)) {
        return t(`pathways.form.errors.${problem.key}`, problem.values);
      }

      return serverErrors[field];
    },
    [problems, serverErrors, t, touched],
  );

  /** The first API message on `field` or on any path below it. */
  const serverErrorUnder = useCallback(
    (field: string): string | undefined =>
      Object.entries(serverErrors).find(
        ([path]) => path === field || path.startsWith(`${field}.`),
      )?.[1],
    [serverErrors],
  );

  const showServerError = useCallback((error: unknown) => {
    const { fields, general } = fieldErrorsOf(error, 'input.');
    const placed = Object.entries(fields).filter(([path]) =>
      PLACED_FIELD.test(path),
    );
    const unplaced = Object.entries(fields)
      .filter(([path]) => !PLACED_FIELD.test(path))
      .map(([, message]) => message);
    setServerErrors(Object.fromEntries(placed));
    setGeneralErrors([...general, ...unplaced]);
  }, []);

  const clearServerErrors = useCallback(() => {
    setServerErrors({});
    setGeneralErrors([]);
  }, []);

  return {
    values,
    update,
    steps,
    problems,
    hasProblems: Object.keys(problems).length > 0,
    errorOf,
    serverErrorUnder,
    serverErrorCount: Object.keys(serverErrors).length,
    touch: touched.touch,
    markSubmitted: touched.markSubmitted,
    generalErrors,
    showServerError,
    clearServerErrors,
  };
}

export type PathwayForm = ReturnType<typeof usePathwayForm>;
