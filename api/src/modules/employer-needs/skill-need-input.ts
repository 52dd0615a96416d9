import { SKILLS } from '@learnscape/db';

import { DomainError, ErrorCode } from '../../common/errors/domain-error.js';
import {
  bidiControlIn,
  controlCharacterIn,
  hasVisibleCharacter,
} from '../../common/validation/control-characters.js';
import { checkStorableText } from '../../common/validation/text.js';

export const SKILL_NEED_LIMITS = {
  titleLength: { min: 3, max: 120 },
  descriptionLength: 5_000,
  skills: { min: 1, max: 8 },
  escoSkillUris: 10,
  radiusKm: { min: 5, max: 200 },
  openings: { min: 1, max: 10_000 },
  closesWithinYears: 2,
  applyUrlLength: 2_000,
};

const ESCO_SKILL_URI =
  /^http:\/\/data\.europa\.eu\/esco\/skill\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Skill ids in framework order, the order needs store them in. */
const SKILL_ORDER = new Map(SKILLS.map((skill, index) => [skill.id, index]));

/** One thing wrong with a skill need: the input field and what is allowed. */
export interface SkillNeedProblem {
  field: string;
  message: string;
}

/**
 * Every problem of a skill need as one BAD_USER_INPUT error: the message
 * and `field` of the first, and `problems` listing all of them.
 */
export class SkillNeedInputError extends DomainError {
  constructor(problems: readonly SkillNeedProblem[]) {
    const located = problems.map((problem) => ({
      field: `input.${problem.field}`,
      message: problem.message,
    }));
    const [first] = located;
    if (first === undefined) {
      throw new Error('SkillNeedInputError needs at least one problem');
    }
    super(ErrorCode.BadUserInput, first.message, {
      field: first.field,
      problems: located,
    });
  }
}

/** Collects the problems of one input, so they are reported together. */
export class ProblemList {
  readonly problems: SkillNeedProblem[] = [];

  add(field: string, message: string): void {
    this.problems.push({ field, message });
  }

  throwIfAny(): void {
    if (this.problems.length > 0) {
      throw new SkillNeedInputError(this.problems);
    }
  }
}

/** Returns today's date in UTC as YYYY-MM-DD, the calendar needs close by. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function checkTitle(raw: string, problems: ProblemList): string {
  const title = checkStorableText('input.title', raw).trim();
  const problem = titleProblem(title);
  if (problem !== null) problems.add('title', problem);

  return title;
}

/**
 * What is wrong with a trimmed title, or null. A title shows on maps, in
 * lists and in page titles, so it needs a visible character and may not
 * hold controls that reorder the text around it.
 */
function titleProblem(title: string): string | null {
  const { min, max } = SKILL_NEED_LIMITS.titleLength;
  const length = [...title].length;
  const control = controlCharacterIn(title);
  const bidi = bidiControlIn(title);
  if (length < min || length > max) {
    return `title is ${length} characters long; it must be ${min} to ${max}.`;
  }
  if (control !== null) {
    return `title contains the control character ${control}; remove it.`;
  }
  if (bidi !== null) {
    return `title contains the direction control ${bidi}, which can make it read differently from what is stored; remove it.`;
  }
  if (!hasVisibleCharacter(title)) {
    return 'title has no visible character, only spaces or invisible ones; give a title people can read.';
  }

  return null;
}

export function checkDescription(raw: string, problems: ProblemList): string {
  const description = checkStorableText('input.description', raw).trim();
  const max = SKILL_NEED_LIMITS.descriptionLength;
  const length = [...description].length;
  const control = controlCharacterIn(description, true);
  if (length > max) {
    problems.add(
      'description',
      `description is ${length} characters long; the maximum is ${max}.`,
    );
  } else if (control !== null) {
    problems.add(
      'description',
      `description contains the control character ${control}; remove it.`,
    );
  }

  return description;
}

/** Checks skill ids against the WEF skills and returns them in framework order. */
export function checkSkillIds(raw: string[], problems: ProblemList): string[] {
  const skillIds = [...new Set(raw)];
  const { min, max } = SKILL_NEED_LIMITS.skills;
  const unknown = skillIds.filter((id) => !SKILL_ORDER.has(id));
  if (unknown.length > 0) {
    const quoted = unknown.map((id) => `"${id.slice(0, 60)}"`).join(', ');
    problems.add(
      'skillIds',
      `skillIds contains ${quoted}, which ${unknown.length === 1 ? 'is not a skill id' : 'are not skill ids'}; choose ids from the skills query.`,
    );
  } else if (skillIds.length < min || skillIds.length > max) {
    problems.add(
      'skillIds',
      `skillIds has ${skillIds.length} skills; choose ${min} to ${max}.`,
    );
  }

  return skillIds.sort((a, b) => SKILL_ORDER.get(a)! - SKILL_ORDER.get(b)!);
}

/** Checks ESCO skill URIs and returns them without repeats, ids in lower case. */
export function checkEscoSkillUris(
  raw: string[],
  problems: ProblemList,
): string[] {
  const max = SKILL_NEED_LIMITS.escoSkillUris;
  const uris: string[] = [];
  for (const each of raw) {
    const match = ESCO_SKILL_URI.exec(each.trim());
    if (match === null) {
      problems.add(
        'escoSkillUris',
        `escoSkillUris contains "${each.slice(0, 100)}", which is not an ESCO skill URI; expected http://data.europa.eu/esco/skill/ followed by a UUID.`,
      );

      return [];
    }
    uris.push(`http://data.europa.eu/esco/skill/${match[1]!.toLowerCase()}`);
  }
  const unique = [...new Set(uris)];
  if (unique.length > max) {
    problems.add(
      'escoSkillUris',
      `escoSkillUris has ${unique.length} URIs; the maximum is ${max}.`,
    );
  }

  return unique;
}

/** Checks the radius in kilometres and returns it in whole metres. */
export function checkRadius(radiusKm: number, problems: ProblemList): number {
  const { min, max } = SKILL_NEED_LIMITS.radiusKm;
  if (!(Number.isFinite(radiusKm) && radiusKm >= min && radiusKm <= max)) {
    problems.add(
      'radiusKm',
      `radiusKm is ${radiusKm}; expected a number of kilometres from ${min} to ${max}.`,
    );
  }

  return Math.round(radiusKm * 1000);
}

export function checkOpenings(openings: number, problems: ProblemList): number {
  const { min, max } = SKILL_NEED_LIMITS.openings;
  if (!Number.isInteger(openings) || openings < min || openings > max) {
    problems.add(
      'openings',
      `openings is ${openings}; expected a whole number from ${min} to ${max}.`,
    );
  }

  return openings;
}

/**
 * Checks that `closesOn` is a real date no more than two years after
 * today (UTC) and, unless `pastAllowed`, not before today.
 */
export function checkClosesOn(
  raw: string,
  problems: ProblemList,
  options: { pastAllowed: boolean; now?: Date },
): string {
  const value = raw.trim();
  if (!isCalendarDate(value)) {
    problems.add(
      'closesOn',
      `closesOn "${value.slice(0, 40)}" is not a date; expected YYYY-MM-DD, such as 2027-03-31.`,
    );

    return value;
  }
  const today = todayUtc(options.now);
  const latest = yearsAfter(today, SKILL_NEED_LIMITS.closesWithinYears);
  if (!options.pastAllowed && value < today) {
    problems.add(
      'closesOn',
      `closesOn ${value} is in the past; choose today (${today}, UTC) or a later date.`,
    );
  } else if (value > latest) {
    problems.add(
      'closesOn',
      `closesOn ${value} is more than ${SKILL_NEED_LIMITS.closesWithinYears} years ahead; choose a date up to ${latest}.`,
    );
  }

  return value;
}

/**
 * Checks that the apply link is an https:// link or a mailto: address and
 * returns it as the URL parser writes it, which rejects javascript:, data:
 * and plain http: links. Only the plain forms are taken: forms a browser
 * repairs (`https:host`, backslashes) are refused so that what is stored
 * is what the employer meant, and a mailto: link carries one address and
 * at most a subject, so that it cannot add recipients or a message body.
 */
export function checkApplyUrl(raw: string, problems: ProblemList): string {
  const value = checkStorableText('input.applyUrl', raw).trim();
  const problem = applyUrlProblem(raw, value);
  if (problem !== null) {
    problems.add('applyUrl', problem);

    return value;
  }

  return new URL(value).href;
}

const HTTPS_START = /^https:\/\//i;
const MAILTO_START = /^mailto:/i;
const MAILTO_FORM = /^mailto:([^?#]+)(\?subject=[^&#]*)?$/i;
const EMAIL_ADDRESS = /^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+$/;

function applyUrlProblem(raw: string, value: string): string | null {
  const shown = value.slice(0, 100);
  const control = controlCharacterIn(raw);
  const max = SKILL_NEED_LIMITS.applyUrlLength;
  if (control !== null) {
    return `applyUrl contains the control character ${control}; remove it.`;
  }
  if (value.length > max) {
    return `applyUrl is ${value.length} characters long; the maximum is ${max}.`;
  }
  if (MAILTO_START.test(value)) return mailtoProblem(value, shown);
  if (!HTTPS_START.test(value)) {
    return `applyUrl "${shown}" is not an https:// link or a mailto: address; enter one of those.`;
  }
  if (/[\\\s]/.test(value)) {
    return `applyUrl "${shown}" contains a backslash or a space; write the link as https://host/path with forward slashes and %20 for a space.`;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `applyUrl "${shown}" is not a valid link; write it as https:// followed by the host name, such as https://jobs.example.org/apply.`;
  }
  if (url.hostname === '' || url.username !== '' || url.password !== '') {
    return `applyUrl "${shown}" has no host name or has a user name or password; write it as https:// followed by the host name only.`;
  }

  return null;
}

function mailtoProblem(value: string, shown: string): string | null {
  const match = MAILTO_FORM.exec(value);
  if (match === null) {
    return `applyUrl "${shown}" has more than an address and a subject; write it as mailto:address, optionally followed by ?subject=..., without cc, bcc, body or other fields.`;
  }
  if (!EMAIL_ADDRESS.test(safeDecode(match[1]!))) {
    return `applyUrl "${shown}" is not an https:// link or a mailto: address; after mailto: give one e-mail address, such as mailto:jobs@example.org.`;
  }

  return null;
}

/** Decodes percent escapes, keeping the text as it is when one is malformed. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const [year, month, day] = match.slice(1).map(Number) as [
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(year, month - 1, day));

  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

/** Adds whole years to a YYYY-MM-DD date; 29 February becomes 1 March. */
function yearsAfter(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [
    number,
    number,
    number,
  ];

  return new Date(Date.UTC(year + years, month - 1, day))
    .toISOString()
    .slice(0, 10);
}
