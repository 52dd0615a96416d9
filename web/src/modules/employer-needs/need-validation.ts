import { escoLines, type NeedFormValues } from './need-form-model';

/** The API's limits on a skill need. */
export const NEED_LIMITS = {
  titleMin: 3,
  title: 120,
  description: 5000,
  skills: 8,
  escoUris: 10,
  applyUrl: 2000,
  radiusKmMin: 5,
  radiusKmMax: 200,
  openingsMax: 10000,
  closesWithinYears: 2,
} as const;

/** An ESCO skill URI: the ESCO skill namespace followed by a UUID. */
const ESCO_SKILL_URI =
  /^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A translation key under `employerNeeds.form.errors` and its values. */
export interface Problem {
  key: string;
  values?: Record<string, string | number>;
}

/** Problems by form field: the API's input field names, with `place` for `location`. */
export type NeedProblems = Record<string, Problem>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isUrlWith(text: string, protocols: readonly string[]): boolean {
  try {
    return protocols.includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

/** True for an absolute http or https URL, such as an ESCO skill URI. */
export function isWebUrl(text: string): boolean {
  return !/\s/.test(text) && isUrlWith(text, ['http:', 'https:']);
}

const HTTPS_LINK = /^https:\/\/[^\\\s]+$/i;
const MAILTO_LINK = /^mailto:([^?#]+)(\?subject=[^&#]*)?$/i;
const EMAIL_ADDRESS = /^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+$/;

/**
 * True for a link the API takes as an apply link: `https://` and a host,
 * with no backslash or space, or `mailto:` with one address and at most a
 * subject, so that no cc, bcc or body is added.
 */
export function isApplyUrl(text: string): boolean {
  const mailto = MAILTO_LINK.exec(text);
  if (mailto !== null) {
    let address = mailto[1]!;
    try {
      address = decodeURIComponent(address);
    } catch {
      // The address stays as written and is checked as it is.
    }

    return EMAIL_ADDRESS.test(address);
  }
  if (!HTTPS_LINK.test(text) || !isUrlWith(text, ['https:'])) return false;
  const url = new URL(text);

  return url.hostname !== '' && url.username === '' && url.password === '';
}

/** Returns today's date in UTC as `YYYY-MM-DD`, the API's calendar for `closesOn`. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Counts characters as the API does: by code point, not UTF-16 unit. */
function lengthOf(text: string): number {
  return [...text.trim()].length;
}

/** Embedding, override and isolate controls, which reorder the text around them. */
const DIRECTION_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

/** Spaces, controls, format and ignorable characters, and combining marks. */
const INVISIBLE =
  /[\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\p{M}]/u;

function hasVisibleCharacter(text: string): boolean {
  return [...text].some((character) => !INVISIBLE.test(character));
}

function checkTitle(problems: NeedProblems, title: string): void {
  const length = lengthOf(title);
  if (length === 0) {
    problems.title = { key: 'required' };
  } else if (length < NEED_LIMITS.titleMin || length > NEED_LIMITS.title) {
    problems.title = {
      key: 'titleLength',
      values: { min: NEED_LIMITS.titleMin, max: NEED_LIMITS.title, length },
    };
  } else if (DIRECTION_CONTROL.test(title)) {
    problems.title = { key: 'titleDirection' };
  } else if (!hasVisibleCharacter(title)) {
    problems.title = { key: 'titleInvisible' };
  }
}

function checkEsco(problems: NeedProblems, text: string): void {
  const lines = escoLines(text);
  if (lines.length > NEED_LIMITS.escoUris) {
    problems.escoSkillUris = {
      key: 'tooManyUris',
      values: { max: NEED_LIMITS.escoUris, count: lines.length },
    };

    return;
  }
  const invalid = lines.findIndex((line) => !ESCO_SKILL_URI.test(line));
  if (invalid >= 0) {
    problems.escoSkillUris = {
      key: 'escoInvalid',
      values: { line: invalid + 1 },
    };
  }
}

function checkNumbers(problems: NeedProblems, values: NeedFormValues): void {
  const radius = Number(values.radiusKm);
  if (
    values.radiusKm.trim() === '' ||
    !Number.isFinite(radius) ||
    radius < NEED_LIMITS.radiusKmMin ||
    radius > NEED_LIMITS.radiusKmMax
  ) {
    problems.radiusKm = {
      key: 'radius',
      values: { min: NEED_LIMITS.radiusKmMin, max: NEED_LIMITS.radiusKmMax },
    };
  }
  const openings = Number(values.openings);
  if (
    values.openings.trim() === '' ||
    !Number.isInteger(openings) ||
    openings < 1 ||
    openings > NEED_LIMITS.openingsMax
  ) {
    problems.openings = {
      key: 'openings',
      values: { max: NEED_LIMITS.openingsMax },
    };
  }
}

/** True for a real `YYYY-MM-DD` date, so that 2027-02-30 is rejected. */
function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);

  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Adds whole years to a `YYYY-MM-DD` date; 29 February becomes 1 March. */
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

function checkClosesOn(
  problems: NeedProblems,
  closesOn: string,
  today: string,
  storedClosesOn: string | null,
): void {
  const latest = yearsAfter(today, NEED_LIMITS.closesWithinYears);
  if (closesOn === '') {
    problems.closesOn = { key: 'closesOnRequired' };
  } else if (!isCalendarDate(closesOn)) {
    problems.closesOn = { key: 'closesOnInvalid' };
  } else if (closesOn < today && closesOn !== storedClosesOn) {
    // A stored need keeps its past date unless it changes, because the form
    // then leaves the date out of the update.
    problems.closesOn = { key: 'closesOnPast', values: { today } };
  } else if (closesOn > latest) {
    problems.closesOn = {
      key: 'closesOnTooLate',
      values: { years: NEED_LIMITS.closesWithinYears, latest },
    };
  }
}

/**
 * Checks the form by the API's rules, so that most mistakes show at once.
 * `storedClosesOn` is the saved need's closing date, null for a new need.
 */
export function checkNeedForm(
  values: NeedFormValues,
  today: string,
  storedClosesOn: string | null,
): NeedProblems {
  const problems: NeedProblems = {};
  checkTitle(problems, values.title);
  const descriptionLength = lengthOf(values.description);
  if (descriptionLength > NEED_LIMITS.description) {
    problems.description = {
      key: 'tooLong',
      values: { max: NEED_LIMITS.description, length: descriptionLength },
    };
  }
  if (values.skillIds.length === 0) {
    problems.skillIds = { key: 'noSkills' };
  } else if (values.skillIds.length > NEED_LIMITS.skills) {
    problems.skillIds = {
      key: 'tooManySkills',
      values: { max: NEED_LIMITS.skills, count: values.skillIds.length },
    };
  }
  checkEsco(problems, values.escoSkillUris);
  if (values.place === null) problems.place = { key: 'placeRequired' };
  checkNumbers(problems, values);
  checkClosesOn(problems, values.closesOn, today, storedClosesOn);
  const applyUrl = values.applyUrl.trim();
  if (applyUrl === '') {
    problems.applyUrl = { key: 'applyUrlRequired' };
  } else if (applyUrl.length > NEED_LIMITS.applyUrl) {
    problems.applyUrl = {
      key: 'applyUrlTooLong',
      values: { max: NEED_LIMITS.applyUrl, length: applyUrl.length },
    };
  } else if (!isApplyUrl(applyUrl)) {
    problems.applyUrl = { key: 'applyUrlInvalid' };
  }

  return problems;
}
