import {
  AccessibilitySupport,
  OpportunityMode,
} from '../opportunities/opportunity.entity.js';
import {
  LISTING_LIMITS,
  type ListingDraft,
  type ListingProblem,
} from './listing-draft.js';
import { checkSessions } from './listing-session-rules.js';

const SUPPORTED_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/**
 * Checks a draft against every listing rule and returns all problems, so
 * a form or an import report can show them together. `knownSkills` is the
 * set of skill ids in the reference data.
 */
export function checkListing(
  draft: ListingDraft,
  knownSkills: ReadonlySet<string>,
): ListingProblem[] {
  return [
    ...checkTexts(draft),
    ...checkPlace(draft),
    ...checkCost(draft),
    ...checkAgesAndCapacity(draft),
    ...checkTags(draft, knownSkills),
    ...checkAccessibility(draft),
    ...checkSessions(draft.sessions),
  ];
}

function checkLength(
  field: string,
  value: string | null,
  min: number,
  max: number,
): ListingProblem[] {
  if (value === null) return [];
  if (value.includes('\u0000')) {
    return [
      { field, message: `${field} contains a NUL character; remove it.` },
    ];
  }
  const length = [...value.trim()].length;
  if (length < min || length > max) {
    return [
      {
        field,
        message:
          min === 0
            ? `${field} is ${length} characters long; the maximum is ${max}.`
            : `${field} is ${length} characters long; it must be ${min} to ${max}.`,
      },
    ];
  }

  return [];
}

/** Any letter or digit, in any script. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The Unicode bidirectional embedding, override and isolate controls
 * (U+202A to U+202E, U+2066 to U+2069). In a title they can reverse or hide
 * the text around it, on the card and wherever the title is quoted.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

/**
 * Checks that a title or summary shows something to read: it contains a
 * letter or digit and, for a title, no bidirectional control character.
 */
function checkReadable(
  field: 'title' | 'summary',
  value: string,
): ListingProblem[] {
  const control = field === 'title' ? BIDI_CONTROL.exec(value) : null;
  if (control !== null) {
    const codePoint = control[0].codePointAt(0)!.toString(16).toUpperCase();

    return [
      {
        field,
        message: `${field} contains the bidirectional control character U+${codePoint}; a title must not contain U+202A to U+202E or U+2066 to U+2069, so remove it.`,
      },
    ];
  }
  if (!LETTER_OR_DIGIT.test(value)) {
    return [
      {
        field,
        message: `${field} contains no letter or digit; it must contain at least one, so that it does not show as blank.`,
      },
    ];
  }

  return [];
}

/** Checks the length, then, when that passes, that the text is readable. */
function checkHeadline(
  field: 'title' | 'summary',
  value: string,
  limits: { min: number; max: number },
): ListingProblem[] {
  const problems = checkLength(field, value, limits.min, limits.max);

  return problems.length > 0 ? problems : checkReadable(field, value);
}

function checkTexts(draft: ListingDraft): ListingProblem[] {
  const limits = LISTING_LIMITS;

  return [
    ...checkHeadline('title', draft.title, limits.titleLength),
    ...checkHeadline('summary', draft.summary, limits.summaryLength),
    ...checkLength(
      'description',
      draft.description,
      0,
      limits.descriptionLength,
    ),
    ...checkLength('venueName', draft.venueName, 0, limits.venueNameLength),
    ...checkLength(
      'venueAddress',
      draft.venueAddress,
      0,
      limits.venueAddressLength,
    ),
  ];
}

function checkPlace(draft: ListingDraft): ListingProblem[] {
  const online = draft.mode === OpportunityMode.ONLINE;
  if (online) {
    return draft.location === null
      ? []
      : [
          {
            field: 'location',
            message:
              'An online opportunity has no venue; remove the location or choose in person or hybrid.',
          },
        ];
  }
  if (draft.location === null) {
    return [
      {
        field: 'location',
        message: `An ${draft.mode.replace('_', '-')} opportunity needs a venue location; pick it on the map.`,
      },
    ];
  }

  const problems: ListingProblem[] = [];
  const { latitude, longitude } = draft.location;
  if (!Number.isFinite(latitude) || latitude < -90 || latitude > 90) {
    problems.push({
      field: 'location.latitude',
      message: `Latitude ${latitude} is out of range; it must be from -90 to 90.`,
    });
  }
  if (!Number.isFinite(longitude) || longitude < -180 || longitude > 180) {
    problems.push({
      field: 'location.longitude',
      message: `Longitude ${longitude} is out of range; it must be from -180 to 180.`,
    });
  }
  if (draft.venueName === null || draft.venueName.trim() === '') {
    problems.push({
      field: 'venueName',
      message: 'The venue name is missing; say where people should go.',
    });
  }

  return problems;
}

function checkCost(draft: ListingDraft): ListingProblem[] {
  const { costMinor, currency } = draft;
  if (costMinor === null && currency === null) return [];
  if (costMinor === null) {
    return [
      {
        field: 'costMinor',
        message: `A currency (${currency}) is set without a price; give the price or remove the currency for a free opportunity.`,
      },
    ];
  }
  const problems: ListingProblem[] = [];
  const { min, max } = LISTING_LIMITS.costMinor;
  if (!Number.isInteger(costMinor) || costMinor < min || costMinor > max) {
    problems.push({
      field: 'costMinor',
      message: `The price ${costMinor} is invalid; it must be a whole number of minor units (cents, pence) from ${min} to ${max}, or empty for free.`,
    });
  }
  if (currency === null) {
    problems.push({
      field: 'currency',
      message: 'A price needs a currency, such as AUD or GBP.',
    });
  } else if (!SUPPORTED_CURRENCIES.has(currency)) {
    problems.push({
      field: 'currency',
      message: `"${currency}" is not an ISO 4217 currency code; use one such as AUD, GBP or NZD.`,
    });
  }

  return problems;
}

function checkWholeNumber(
  field: string,
  value: number | null,
  min: number,
  max: number,
): ListingProblem[] {
  if (value === null) return [];
  if (!Number.isInteger(value) || value < min || value > max) {
    return [
      {
        field,
        message: `${field} is ${value}; it must be a whole number from ${min} to ${max}.`,
      },
    ];
  }

  return [];
}

function checkAgesAndCapacity(draft: ListingDraft): ListingProblem[] {
  const { age, capacity } = LISTING_LIMITS;
  const problems = [
    ...checkWholeNumber('minAge', draft.minAge, age.min, age.max),
    ...checkWholeNumber('maxAge', draft.maxAge, age.min, age.max),
    ...checkWholeNumber('capacity', draft.capacity, capacity.min, capacity.max),
  ];
  if (
    draft.minAge !== null &&
    draft.maxAge !== null &&
    draft.maxAge < draft.minAge
  ) {
    problems.push({
      field: 'maxAge',
      message: `The maximum age ${draft.maxAge} is below the minimum age ${draft.minAge}.`,
    });
  }

  return problems;
}

function checkTags(
  draft: ListingDraft,
  knownSkills: ReadonlySet<string>,
): ListingProblem[] {
  const problems: ListingProblem[] = [];
  for (const sdg of draft.sdgs) {
    if (!Number.isInteger(sdg) || sdg < 1 || sdg > 17) {
      problems.push({
        field: 'sdgs',
        message: `${sdg} is not a Sustainable Development Goal; goals are numbered 1 to 17.`,
      });
    }
  }
  for (const skill of draft.skills) {
    if (!knownSkills.has(skill)) {
      problems.push({
        field: 'skills',
        message: `"${skill}" is not a known skill; use one of ${[...knownSkills].join(', ')}.`,
      });
    }
  }

  return problems;
}

const ACCESSIBILITY_GROUPS = new Set<string>(
  Object.values(AccessibilitySupport),
);

/**
 * Checks the accessibility groups (known, each once) and the length of the
 * accessibility text. The enum is checked too because the CSV import
 * builds drafts from text.
 */
function checkAccessibility(draft: ListingDraft): ListingProblem[] {
  const problems = checkLength(
    'accessibilityInformation',
    draft.accessibilityInformation,
    0,
    LISTING_LIMITS.accessibilityInformationLength,
  );
  const seen = new Set<string>();
  for (const group of draft.accessibilitySupport) {
    if (!ACCESSIBILITY_GROUPS.has(group)) {
      problems.push({
        field: 'accessibilitySupport',
        message: `"${group}" is not an accessibility support group; use one of ${Object.keys(AccessibilitySupport).join(', ')}.`,
      });
    } else if (seen.has(group)) {
      problems.push({
        field: 'accessibilitySupport',
        message: `accessibilitySupport lists ${group.toUpperCase()} twice; list each group once.`,
      });
    }
    seen.add(group);
  }

  return problems;
}

export {
  LISTING_LIMITS,
  type ListingDraft,
  type ListingProblem,
  type SessionDraft,
} from './listing-draft.js';
export { isTimeZone } from './listing-session-rules.js';
