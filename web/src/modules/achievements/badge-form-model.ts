import type {
  AchievementFieldsFragment,
  CreateAchievementInput,
} from '@/gql/graphql';

/**
 * The API's badge design limits (`ACHIEVEMENT_LIMITS` in
 * `api/src/modules/achievements/achievement-rules.ts`), checked as the
 * designer types. The API checks them again on save.
 */
export const BADGE_LIMITS = {
  name: 120,
  description: 2000,
  criteriaNarrative: 5000,
  tags: 20,
  tagLength: 40,
  validityDays: 3650,
  escoSkillUris: 20,
  imageBytes: 1024 * 1024,
};

export const DEFAULT_ACHIEVEMENT_TYPE = 'Badge';

/** ESCO skill concepts are named by UUID under this base. */
const ESCO_SKILL_URI =
  /^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The image the design uses: none uploaded means a generated one. */
export interface BadgeImage {
  fileId: string | null;
  /** Source of the preview: the stored image or the uploaded file. */
  previewUrl: string | null;
}

/** The badge form's values as typed into its inputs. */
export interface BadgeFormValues {
  name: string;
  description: string;
  criteriaNarrative: string;
  achievementType: string;
  /** Comma-separated, as typed. */
  tags: string;
  /** Whole days, as typed; blank for no expiry. */
  validityDays: string;
  image: BadgeImage;
  sdgNumbers: number[];
  sdgTargets: string[];
  skillIds: string[];
  /** One URI a line, as typed. */
  escoSkillUris: string;
}

export function emptyBadge(): BadgeFormValues {
  return {
    name: '',
    description: '',
    criteriaNarrative: '',
    achievementType: DEFAULT_ACHIEVEMENT_TYPE,
    tags: '',
    validityDays: '',
    image: { fileId: null, previewUrl: null },
    sdgNumbers: [],
    sdgTargets: [],
    skillIds: [],
    escoSkillUris: '',
  };
}

/** Fills the form from a stored design. */
export function valuesFromAchievement(
  achievement: AchievementFieldsFragment,
): BadgeFormValues {
  return {
    name: achievement.name,
    description: achievement.description,
    criteriaNarrative: achievement.criteriaNarrative,
    achievementType: achievement.achievementType,
    tags: achievement.tags.join(', '),
    validityDays:
      achievement.validityDays === null ||
      achievement.validityDays === undefined
        ? ''
        : String(achievement.validityDays),
    image: {
      fileId: achievement.imageFileId ?? null,
      previewUrl: achievement.imageUrl,
    },
    sdgNumbers: achievement.sdgs.map((sdg) => sdg.number),
    sdgTargets: [...achievement.sdgTargets],
    skillIds: achievement.skills.map((skill) => skill.id),
    escoSkillUris: achievement.escoSkillUris.join('\n'),
  };
}

/** Splits comma-separated tags, dropping blanks. */
export function tagsOf(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}

/** Splits one URI a line, dropping blank lines. */
export function urisOf(text: string): string[] {
  return text
    .split('\n')
    .map((uri) => uri.trim())
    .filter((uri) => uri !== '');
}

/** The goal number of a target code such as `4.4` or `13.b`. */
export function goalOfTarget(code: string): number {
  return Number(code.split('.')[0]);
}

/** A problem as a translation key under `achievements.errors` and its values. */
export interface BadgeProblem {
  key: string;
  values?: Record<string, string | number>;
}

export type BadgeProblems = Record<string, BadgeProblem>;

function checkText(
  problems: BadgeProblems,
  field: 'name' | 'description' | 'criteriaNarrative',
  text: string,
) {
  const length = [...text.trim()].length;
  const max = BADGE_LIMITS[field];
  if (length === 0) problems[field] = { key: 'required' };
  else if (length > max) {
    problems[field] = { key: 'tooLong', values: { length, max } };
  }
}

function checkTags(problems: BadgeProblems, text: string) {
  const tags = tagsOf(text);
  const long = tags.find((tag) => [...tag].length > BADGE_LIMITS.tagLength);
  if (tags.length > BADGE_LIMITS.tags) {
    problems.tags = {
      key: 'tooManyTags',
      values: { count: tags.length, max: BADGE_LIMITS.tags },
    };
  } else if (long !== undefined) {
    problems.tags = {
      key: 'tagTooLong',
      values: { tag: long, max: BADGE_LIMITS.tagLength },
    };
  }
}

function checkValidityDays(problems: BadgeProblems, text: string) {
  const trimmed = text.trim();
  if (trimmed === '') return;
  const days = /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (Number.isNaN(days) || days < 1 || days > BADGE_LIMITS.validityDays) {
    problems.validityDays = {
      key: 'validityDays',
      values: { max: BADGE_LIMITS.validityDays },
    };
  }
}

function checkEscoUris(problems: BadgeProblems, text: string) {
  const uris = urisOf(text);
  const wrong = uris.find((uri) => !ESCO_SKILL_URI.test(uri));
  if (uris.length > BADGE_LIMITS.escoSkillUris) {
    problems.escoSkillUris = {
      key: 'tooManyEscoUris',
      values: { count: uris.length, max: BADGE_LIMITS.escoSkillUris },
    };
  } else if (wrong !== undefined) {
    problems.escoSkillUris = { key: 'escoUri', values: { uri: wrong } };
  }
}

/** Checks the form against the API's design rules; empty when it passes. */
export function checkBadgeForm(values: BadgeFormValues): BadgeProblems {
  const problems: BadgeProblems = {};
  checkText(problems, 'name', values.name);
  checkText(problems, 'description', values.description);
  checkText(problems, 'criteriaNarrative', values.criteriaNarrative);
  if (values.achievementType.trim() === '') {
    problems.achievementType = { key: 'required' };
  }
  checkTags(problems, values.tags);
  checkValidityDays(problems, values.validityDays);
  checkEscoUris(problems, values.escoSkillUris);

  return problems;
}

type DesignFields = Omit<CreateAchievementInput, 'organisationId'>;

/** Converts values that passed `checkBadgeForm` to the API's input fields. */
export function toAchievementFields(values: BadgeFormValues): DesignFields {
  const days = values.validityDays.trim();

  return {
    name: values.name.trim(),
    description: values.description.trim(),
    criteriaNarrative: values.criteriaNarrative,
    achievementType: values.achievementType,
    tags: tagsOf(values.tags),
    validityDays: days === '' ? null : Number(days),
    imageFileId: values.image.fileId,
    sdgNumbers: values.sdgNumbers,
    // A target of a goal that was unticked goes with its goal.
    sdgTargets: values.sdgTargets.filter((code) =>
      values.sdgNumbers.includes(goalOfTarget(code)),
    ),
    skillIds: values.skillIds,
    escoSkillUris: urisOf(values.escoSkillUris),
  };
}
