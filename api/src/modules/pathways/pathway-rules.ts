import { BadUserInputError } from '../../common/errors/domain-error.js';
import { UUID_PATTERN } from '../../common/pagination/cursor.js';
import { checkStorableText } from '../../common/validation/text.js';
import { achievementUrl } from '../credentials/documents/urls.js';
import type {
  PathwayFieldsInput,
  PathwayStepInput,
} from './dto/pathway.inputs.js';
import {
  checkOption,
  OPTION_LIMITS,
  type OptionRuleContext,
  ourAchievementOf,
} from './pathway-option-rules.js';
import type { StepOptionDefinition } from './progress/progress.js';

export const PATHWAY_LIMITS = {
  title: 120,
  description: 4000,
  steps: 20,
  options: 20,
  uri: OPTION_LIMITS.uri,
};

export interface RuleContext extends OptionRuleContext {
  organisationId: string;
  knownSkills: ReadonlySet<string>;
}

export interface StepDraft {
  title: string | null;
  requiredCount: number;
  options: StepOptionDefinition[];
}

/** A pathway's fields, checked and normalised. */
export interface PathwayDraft {
  title: string;
  description: string;
  ordered: boolean;
  goalAchievementId: string;
  sdgNumbers: number[];
  skillIds: string[];
  steps: StepDraft[];
}

/**
 * Every badge design id the input names, by id or by its Achievement URL
 * on this site, for one lookup before checking.
 */
export function achievementIdsIn(
  input: PathwayFieldsInput,
  publicUrl: string,
): string[] {
  const ids = [input.goalAchievementId];
  for (const step of input.steps ?? []) {
    for (const option of step.options ?? []) {
      if (option.achievementId) ids.push(option.achievementId);
      const ours = option.achievementUri
        ? ourAchievementOf(option.achievementUri, publicUrl)
        : null;
      if (ours?.id) ids.push(ours.id);
    }
  }

  return [
    ...new Set(
      ids.filter((id) => UUID_PATTERN.test(id)).map((id) => id.toLowerCase()),
    ),
  ];
}

/**
 * Checks a pathway's fields and steps. Raises BAD_USER_INPUT naming the
 * first value at fault as `input.<field>` or `input.steps.<i>.options.<j>`.
 */
export function checkPathwayFields(
  input: PathwayFieldsInput,
  context: RuleContext,
): PathwayDraft {
  const goalAchievementId = checkGoal(input.goalAchievementId, context);
  const steps = checkSteps(input.steps, context);
  requireGoalNotAStep(goalAchievementId, steps, context);

  return {
    title: checkText('title', input.title, PATHWAY_LIMITS.title),
    description: checkText(
      'description',
      input.description,
      PATHWAY_LIMITS.description,
    ),
    ordered: input.ordered ?? false,
    goalAchievementId,
    sdgNumbers: checkSdgNumbers(input.sdgNumbers ?? []),
    skillIds: checkSkills(input.skillIds ?? [], context.knownSkills),
    steps,
  };
}

function checkText(field: string, raw: string, max: number): string {
  const text = checkStorableText(`input.${field}`, raw.trim());
  if (text.length < 1 || text.length > max) {
    throw new BadUserInputError(
      `${field} has ${text.length} characters; give 1 to ${max}.`,
      `input.${field}`,
    );
  }

  return text;
}

function checkSdgNumbers(numbers: number[]): number[] {
  numbers.forEach((goal, index) => {
    if (!Number.isInteger(goal) || goal < 1 || goal > 17) {
      throw new BadUserInputError(
        `SDG ${goal} is not a goal number; use 1 to 17.`,
        `input.sdgNumbers.${index}`,
      );
    }
  });

  return [...new Set(numbers)].sort((a, b) => a - b);
}

function checkSkills(ids: string[], known: ReadonlySet<string>): string[] {
  ids.forEach((id, index) => {
    if (!known.has(id)) {
      throw new BadUserInputError(
        `Skill "${id.slice(0, 60)}" is not one of \`skills\`.`,
        `input.skillIds.${index}`,
      );
    }
  });

  return [...new Set(ids)].sort();
}

function checkGoal(rawId: string, context: RuleContext): string {
  const field = 'input.goalAchievementId';
  const id = UUID_PATTERN.test(rawId) ? rawId.toLowerCase() : null;
  const goal = id === null ? undefined : context.achievements.get(id);
  if (goal === undefined || goal.organisationId !== context.organisationId) {
    throw new BadUserInputError(
      `goalAchievementId "${rawId.slice(0, 60)}" is not a badge design of this organisation; choose one of its badges as the goal.`,
      field,
    );
  }
  if (goal.archived) {
    throw new BadUserInputError(
      `The goal badge "${goal.name}" is archived, so it cannot be issued; choose a badge that is not archived.`,
      field,
    );
  }

  return id!;
}

function checkSteps(
  steps: PathwayStepInput[],
  context: RuleContext,
): StepDraft[] {
  if (steps.length < 1 || steps.length > PATHWAY_LIMITS.steps) {
    throw new BadUserInputError(
      `A pathway has ${steps.length} steps; give 1 to ${PATHWAY_LIMITS.steps}.`,
      'input.steps',
    );
  }
  const seen = new Map<string, number>();

  return steps.map((step, index) => {
    const draft = checkStep(step, index, context);
    draft.options.forEach((option, optionIndex) => {
      const earlier = seen.get(option.achievementUri);
      if (earlier !== undefined) {
        throw new BadUserInputError(
          earlier === index + 1
            ? `Step ${index + 1} names badge ${option.achievementUri} twice; list each badge once per step.`
            : `Badge ${option.achievementUri} is in step ${earlier} and step ${index + 1}; a badge can count for one step only.`,
          `input.steps.${index}.options.${optionIndex}`,
        );
      }
      seen.set(option.achievementUri, index + 1);
    });

    return draft;
  });
}

function checkStep(
  step: PathwayStepInput,
  index: number,
  context: RuleContext,
): StepDraft {
  const field = `input.steps.${index}`;
  const count = step.options.length;
  if (count < 1 || count > PATHWAY_LIMITS.options) {
    throw new BadUserInputError(
      `Step ${index + 1} has ${count} badges; give 1 to ${PATHWAY_LIMITS.options}.`,
      `${field}.options`,
    );
  }
  const required = step.requiredCount ?? 1;
  if (!Number.isInteger(required) || required < 1 || required > count) {
    throw new BadUserInputError(
      `Step ${index + 1} asks for any ${required} of ${count} badges; requiredCount must be from 1 to ${count}.`,
      `${field}.requiredCount`,
    );
  }
  const title = step.title?.trim() ? step.title : null;

  return {
    title:
      title === null
        ? null
        : checkText(`steps.${index}.title`, title, PATHWAY_LIMITS.title),
    requiredCount: required,
    options: step.options.map((option, optionIndex) =>
      checkOption(option, `${field}.options.${optionIndex}`, context),
    ),
  };
}

function requireGoalNotAStep(
  goalId: string,
  steps: StepDraft[],
  context: RuleContext,
): void {
  const goalUri = achievementUrl(context.publicUrl, goalId);
  steps.forEach((step, index) => {
    const at = step.options.findIndex(
      (option) => option.achievementUri === goalUri,
    );
    if (at >= 0) {
      throw new BadUserInputError(
        `The goal badge ${goalUri} is also an option of step ${index + 1}; the goal cannot be a step of its own pathway.`,
        `input.steps.${index}.options.${at}`,
      );
    }
  });
}
