import type {
  CreatePathwayInput,
  EditablePathwayQuery,
  PathwayStepInput,
} from '@/gql/graphql';

/** A badge designed here, chosen by search. Its `name` is for display only. */
export interface LocalOptionValues {
  key: string;
  kind: 'local';
  achievementId: string;
  name: string;
}

/**
 * A badge from elsewhere, named by its Achievement id and the id of the
 * issuer it must come from, as typed.
 */
export interface ExternalOptionValues {
  key: string;
  kind: 'external';
  achievementUri: string;
  issuerUri: string;
  name: string;
}

export type OptionValues = LocalOptionValues | ExternalOptionValues;

export interface StepValues {
  /** A client-side key that stays with the step when it moves. */
  key: string;
  title: string;
  /** As typed, so that "" or "1.5" can be shown and checked. */
  requiredCount: string;
  options: OptionValues[];
}

export interface PathwayFormValues {
  title: string;
  description: string;
  ordered: boolean;
  goalAchievementId: string;
  sdgs: number[];
  skills: string[];
  steps: StepValues[];
}

type EditablePathway = NonNullable<EditablePathwayQuery['pathway']>;

/** The fields that `createPathway` and `updatePathway` share. */
export type PathwayFieldsInput = Omit<CreatePathwayInput, 'organisationId'>;

let lastKey = 0;

/** Returns a key unique within this page load, for React lists. */
export function newKey(prefix: string): string {
  lastKey += 1;

  return `${prefix}-${lastKey}`;
}

export function emptyStep(): StepValues {
  return { key: newKey('step'), title: '', requiredCount: '1', options: [] };
}

export function emptyPathway(): PathwayFormValues {
  return {
    title: '',
    description: '',
    ordered: true,
    goalAchievementId: '',
    sdgs: [],
    skills: [],
    steps: [emptyStep()],
  };
}

/** Turns a stored pathway into form values for editing. */
export function valuesFromPathway(pathway: EditablePathway): PathwayFormValues {
  return {
    title: pathway.title,
    description: pathway.description,
    ordered: pathway.ordered,
    goalAchievementId: pathway.goalAchievement.id,
    sdgs: pathway.sdgs.map((sdg) => sdg.number),
    skills: pathway.skills.map((skill) => skill.id),
    steps: pathway.steps.map((step) => ({
      key: newKey('step'),
      title: step.title ?? '',
      requiredCount: String(step.requiredCount),
      options: step.options.map((option): OptionValues =>
        option.achievement
          ? {
              key: newKey('option'),
              kind: 'local',
              achievementId: option.achievement.id,
              name: option.achievement.name,
            }
          : {
              key: newKey('option'),
              kind: 'external',
              achievementUri: option.achievementUri,
              issuerUri: option.issuerUri ?? '',
              name: option.name ?? '',
            },
      ),
    })),
  };
}

function toStepInput(step: StepValues): PathwayStepInput {
  return {
    title: step.title.trim() === '' ? null : step.title.trim(),
    requiredCount: Number(step.requiredCount),
    options: step.options.map((option) =>
      option.kind === 'local'
        ? { achievementId: option.achievementId }
        : {
            achievementUri: option.achievementUri.trim(),
            issuerUri: option.issuerUri.trim(),
            name: option.name.trim(),
          },
    ),
  };
}

/** Builds the fields that `createPathway` and `updatePathway` share. */
export function toPathwayFields(values: PathwayFormValues): PathwayFieldsInput {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    ordered: values.ordered,
    goalAchievementId: values.goalAchievementId,
    sdgNumbers: values.sdgs,
    skillIds: values.skills,
    steps: values.steps.map(toStepInput),
  };
}
