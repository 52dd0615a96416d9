import { BadUserInputError } from '../../common/errors/domain-error.js';
import { UUID_PATTERN } from '../../common/pagination/cursor.js';
import { controlCharacterIn } from '../../common/validation/control-characters.js';
import { checkStorableText } from '../../common/validation/text.js';
import type { AchievementFieldsInput } from './dto/achievement.inputs.js';
import {
  ACHIEVEMENT_TYPES,
  isAchievementType,
} from './reference/achievement-types.js';
import { goalOfTarget } from './reference/sdg-targets.js';

export const ACHIEVEMENT_LIMITS = {
  name: 120,
  description: 2000,
  criteriaNarrative: 5000,
  tags: 20,
  tagLength: 40,
  validityDays: 3650,
  escoSkillUris: 20,
};

/** ESCO skill concepts are named by UUID under this base. */
const ESCO_SKILL_URI =
  /^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A badge design's fields, checked and normalised. */
export interface AchievementDraft {
  name: string;
  description: string;
  criteriaNarrative: string;
  achievementType: string;
  tags: string[];
  validityDays: number | null;
  imageFileId: string | null;
  sdgNumbers: number[];
  sdgTargets: string[];
  skillIds: string[];
  escoSkillUris: string[];
}

/**
 * Checks a design's fields and returns them trimmed, with repeats removed
 * and lists sorted. Raises BAD_USER_INPUT naming the first field at fault,
 * as `input.<field>` or `input.<list>.<index>`.
 */
export function checkAchievementFields(
  input: AchievementFieldsInput,
  knownSkills: ReadonlySet<string>,
): AchievementDraft {
  const sdgNumbers = checkSdgNumbers(input.sdgNumbers ?? []);

  return {
    name: checkSingleLine(
      'name',
      checkText('name', input.name, ACHIEVEMENT_LIMITS.name, true),
    ),
    description: checkText(
      'description',
      input.description,
      ACHIEVEMENT_LIMITS.description,
      true,
    ),
    criteriaNarrative: checkText(
      'criteriaNarrative',
      input.criteriaNarrative,
      ACHIEVEMENT_LIMITS.criteriaNarrative,
      false,
    ),
    achievementType: checkType(input.achievementType),
    tags: checkTags(input.tags ?? []),
    validityDays: checkValidityDays(input.validityDays ?? null),
    imageFileId: checkImageFileId(input.imageFileId ?? null),
    sdgNumbers,
    sdgTargets: checkSdgTargets(input.sdgTargets ?? [], sdgNumbers),
    skillIds: checkSkills(input.skillIds ?? [], knownSkills),
    escoSkillUris: checkEscoUris(input.escoSkillUris ?? []),
  };
}

function fail(field: string, message: string): never {
  throw new BadUserInputError(message, `input.${field}`);
}

/** Checks a length in characters; Markdown keeps its own spacing. */
function checkText(
  field: string,
  raw: string,
  max: number,
  trim: boolean,
): string {
  const text = checkStorableText(`input.${field}`, trim ? raw.trim() : raw);
  const length = [...text].length;
  if (text.trim() === '' || length > max) {
    fail(
      field,
      `${field} has ${length} characters; it must have 1 to ${max.toLocaleString('en')}.`,
    );
  }

  return text;
}

/** Names and tags become e-mail subjects and page titles: one line each. */
function checkSingleLine(field: string, text: string): string {
  const control = controlCharacterIn(text);
  if (control !== null) {
    fail(
      field,
      `${field} contains the control character ${control} (such as a line break or tab); use plain text on one line.`,
    );
  }

  return text;
}

/**
 * Checks an award narrative: several paragraphs are fine, other control
 * characters are not.
 */
export function checkNarrativeText(field: string, text: string): string {
  const control = controlCharacterIn(text, true);
  if (control !== null) {
    throw new BadUserInputError(
      `${field} contains the control character ${control}; only line breaks and tabs are allowed besides text.`,
      field,
    );
  }

  return text;
}

function checkType(raw: string): string {
  const value = raw.trim();
  if (!isAchievementType(value)) {
    fail(
      'achievementType',
      `achievementType "${value.slice(0, 60)}" is not an Open Badges 3.0 AchievementType; use one of ${ACHIEVEMENT_TYPES.join(', ')}, or an extension term such as ext:Volunteering.`,
    );
  }

  return value;
}

function checkTags(raw: string[]): string[] {
  if (raw.length > ACHIEVEMENT_LIMITS.tags) {
    fail(
      'tags',
      `There are ${raw.length} tags; at most ${ACHIEVEMENT_LIMITS.tags} are allowed.`,
    );
  }
  const tags = raw.map((tag, index) => {
    const text = checkSingleLine(
      `tags.${index}`,
      checkStorableText(`input.tags.${index}`, tag.trim()),
    );
    if (text === '' || [...text].length > ACHIEVEMENT_LIMITS.tagLength) {
      fail(
        `tags.${index}`,
        `Tag "${text.slice(0, 60)}" must have 1 to ${ACHIEVEMENT_LIMITS.tagLength} characters.`,
      );
    }

    return text;
  });

  return [...new Set(tags)];
}

function checkValidityDays(days: number | null): number | null {
  if (days === null) return null;
  if (
    !Number.isInteger(days) ||
    days < 1 ||
    days > ACHIEVEMENT_LIMITS.validityDays
  ) {
    fail(
      'validityDays',
      `validityDays is ${days}; it must be a whole number of days from 1 to ${ACHIEVEMENT_LIMITS.validityDays.toLocaleString('en')}, or null for no expiry.`,
    );
  }

  return days;
}

function checkImageFileId(id: string | null): string | null {
  if (id === null) return null;
  if (!UUID_PATTERN.test(id)) {
    fail(
      'imageFileId',
      `imageFileId "${id.slice(0, 60)}" is not a valid id; expected a UUID.`,
    );
  }

  return id.toLowerCase();
}

function checkSdgNumbers(raw: number[]): number[] {
  raw.forEach((goal, index) => {
    if (!Number.isInteger(goal) || goal < 1 || goal > 17) {
      fail(
        `sdgNumbers.${index}`,
        `SDG ${goal} does not exist; SDGs are numbered 1 to 17.`,
      );
    }
  });

  return [...new Set(raw)].sort((a, b) => a - b);
}

function checkSdgTargets(raw: string[], goals: number[]): string[] {
  raw.forEach((code, index) => {
    const goal = goalOfTarget(code.trim());
    if (goal === null) {
      fail(
        `sdgTargets.${index}`,
        `"${code.slice(0, 20)}" is not an SDG target; use a code such as 4.4 or 13.b.`,
      );
    }
    if (!goals.includes(goal)) {
      fail(
        `sdgTargets.${index}`,
        `Target ${code.trim()} belongs to SDG ${goal}, which is not chosen; add SDG ${goal} or remove the target.`,
      );
    }
  });

  return [...new Set(raw.map((code) => code.trim()))];
}

function checkSkills(raw: string[], known: ReadonlySet<string>): string[] {
  raw.forEach((id, index) => {
    if (!known.has(id)) {
      fail(
        `skillIds.${index}`,
        `Skill "${id.slice(0, 60)}" does not exist; use an id from the skills query, such as critical-thinking.`,
      );
    }
  });

  return [...new Set(raw)].sort();
}

function checkEscoUris(raw: string[]): string[] {
  if (raw.length > ACHIEVEMENT_LIMITS.escoSkillUris) {
    fail(
      'escoSkillUris',
      `There are ${raw.length} ESCO skills; at most ${ACHIEVEMENT_LIMITS.escoSkillUris} are allowed.`,
    );
  }
  raw.forEach((uri, index) => {
    if (!ESCO_SKILL_URI.test(uri.trim())) {
      fail(
        `escoSkillUris.${index}`,
        `"${uri.slice(0, 100)}" is not an ESCO skill URI; expected http://data.europa.eu/esco/skill/ followed by the skill's UUID.`,
      );
    }
  });

  return [...new Set(raw.map((uri) => uri.trim()))];
}
