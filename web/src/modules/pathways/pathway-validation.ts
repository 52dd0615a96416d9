import type {
  OptionValues,
  PathwayFormValues,
  StepValues,
} from './pathway-form-model';

/** The API's limits on a pathway, from `PATHWAY_LIMITS` in its rules. */
export const PATHWAY_LIMITS = {
  title: 120,
  description: 4000,
  steps: 20,
  options: 20,
  uri: 500,
} as const;

/** A translation key under `pathways.form.errors` and its values. */
export interface Problem {
  key: string;
  values?: Record<string, string | number>;
}

/**
 * Problems by field path, the same path as the API's `extensions.field`
 * after `input.`, such as `steps.1.options.0.achievementUri`.
 */
export type PathwayProblems = Record<string, Problem>;

const URN = /^urn:[a-z0-9][a-z0-9-]{0,31}:\S+$/i;
/** A DID: `did:<method>:<method-specific id>`, as the API accepts it. */
const DID = /^did:[a-z0-9]+:[A-Za-z0-9._:%-]*[A-Za-z0-9._%-]$/;

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);

    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * True for an absolute http(s) URL or a `urn:` URI without spaces, which
 * is what the API accepts as an Achievement id from elsewhere.
 */
export function isAchievementUri(text: string): boolean {
  if (/\s/.test(text)) return false;

  return URN.test(text) || isHttpUrl(text);
}

/**
 * True for a DID, an absolute http(s) URL or a `urn:` URI without spaces,
 * which is what the API accepts as an issuer id.
 */
export function isIssuerUri(text: string): boolean {
  if (/\s/.test(text)) return false;

  return DID.test(text) || URN.test(text) || isHttpUrl(text);
}

function checkText(
  problems: PathwayProblems,
  field: string,
  raw: string,
  max: number,
  optional = false,
): void {
  const length = raw.trim().length;
  if (length === 0 && !optional) {
    problems[field] = { key: 'required' };
  } else if (length > max) {
    problems[field] = { key: 'tooLong', values: { max, length } };
  }
}

function checkOption(
  problems: PathwayProblems,
  option: OptionValues,
  field: string,
): void {
  if (option.kind === 'local') return;
  const uri = option.achievementUri.trim();
  if (uri === '') {
    problems[`${field}.achievementUri`] = { key: 'uriRequired' };
  } else if (uri.length > PATHWAY_LIMITS.uri || !isAchievementUri(uri)) {
    problems[`${field}.achievementUri`] = {
      key: 'uriInvalid',
      values: { max: PATHWAY_LIMITS.uri },
    };
  }
  const issuer = option.issuerUri.trim();
  if (issuer === '') {
    problems[`${field}.issuerUri`] = { key: 'issuerRequired' };
  } else if (issuer.length > PATHWAY_LIMITS.uri || !isIssuerUri(issuer)) {
    problems[`${field}.issuerUri`] = {
      key: 'issuerInvalid',
      values: { max: PATHWAY_LIMITS.uri },
    };
  }
  checkText(problems, `${field}.name`, option.name, PATHWAY_LIMITS.title);
}

function checkStep(
  problems: PathwayProblems,
  step: StepValues,
  index: number,
): void {
  const field = `steps.${index}`;
  const count = step.options.length;
  checkText(problems, `${field}.title`, step.title, PATHWAY_LIMITS.title, true);
  if (count < 1) {
    problems[`${field}.options`] = { key: 'noOptions' };
  } else if (count > PATHWAY_LIMITS.options) {
    problems[`${field}.options`] = {
      key: 'tooManyOptions',
      values: { max: PATHWAY_LIMITS.options },
    };
  }
  const required = Number(step.requiredCount);
  if (
    step.requiredCount.trim() === '' ||
    !Number.isInteger(required) ||
    required < 1 ||
    (count > 0 && required > count)
  ) {
    problems[`${field}.requiredCount`] = {
      key: 'requiredCount',
      values: { max: Math.max(count, 1) },
    };
  }
  step.options.forEach((option, optionIndex) =>
    checkOption(problems, option, `${field}.options.${optionIndex}`),
  );
}

function optionIdentity(option: OptionValues): string {
  return option.kind === 'local'
    ? `id:${option.achievementId}`
    : `uri:${option.achievementUri.trim()}`;
}

/**
 * Flags a badge named twice, in one step or in two, and the goal badge
 * used as a step, on the later option as the API does.
 */
function checkRepeats(
  problems: PathwayProblems,
  values: PathwayFormValues,
): void {
  const seen = new Map<string, number>();
  values.steps.forEach((step, index) => {
    step.options.forEach((option, optionIndex) => {
      const field = `steps.${index}.options.${optionIndex}`;
      const identity = optionIdentity(option);
      const earlier = seen.get(identity);
      if (
        option.kind === 'local' &&
        option.achievementId === values.goalAchievementId
      ) {
        problems[field] = { key: 'goalAsStep' };
      } else if (identity !== 'uri:' && earlier !== undefined) {
        problems[field] =
          earlier === index
            ? { key: 'repeatedInStep' }
            : { key: 'repeatedAcrossSteps', values: { step: earlier + 1 } };
      }
      if (earlier === undefined) seen.set(identity, index);
    });
  });
}

/** Checks the form by the API's rules, so that most mistakes show at once. */
export function checkPathwayForm(values: PathwayFormValues): PathwayProblems {
  const problems: PathwayProblems = {};
  checkText(problems, 'title', values.title, PATHWAY_LIMITS.title);
  checkText(
    problems,
    'description',
    values.description,
    PATHWAY_LIMITS.description,
  );
  if (values.goalAchievementId === '') {
    problems.goalAchievementId = { key: 'goalRequired' };
  }
  if (values.steps.length < 1) {
    problems.steps = { key: 'noSteps' };
  } else if (values.steps.length > PATHWAY_LIMITS.steps) {
    problems.steps = {
      key: 'tooManySteps',
      values: { max: PATHWAY_LIMITS.steps },
    };
  }
  values.steps.forEach((step, index) => checkStep(problems, step, index));
  checkRepeats(problems, values);

  return problems;
}
