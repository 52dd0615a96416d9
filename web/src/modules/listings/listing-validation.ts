import type { OpportunityInput } from '@/gql/graphql';
import { sortAccessibilityGroups } from '@/modules/opportunities/accessibility';

import {
  type ListingFormValues,
  minorUnitDigits,
  parseOptionalInteger,
  parseOptionalNumber,
  type SessionRow,
  toMinorUnits,
} from './listing-form-model';
import { isTimeZone, wallTimeToInstant } from './time-zone';

/**
 * The API's listing limits (`LISTING_LIMITS` in `api/src/modules/listings/listing-draft.ts`),
 * checked here as the provider types. The API checks them again on save.
 */
export const LISTING_LIMITS = {
  titleLength: { min: 3, max: 120 },
  summaryLength: { min: 10, max: 300 },
  descriptionLength: 20_000,
  venueNameLength: 200,
  venueAddressLength: 300,
  costMinor: { min: 1, max: 100_000_000 },
  age: { min: 0, max: 120 },
  capacity: { min: 1, max: 100_000 },
  accessibilityInformationLength: 1_000,
  sessions: 200,
  sessionDays: 31,
};

/** A problem as a translation key under `listingForm.errors` and its values. */
export interface ListingProblem {
  key: string;
  values?: Record<string, string | number>;
}

/** Problems by field path, the same paths the API reports (`sessions.0.endsAt`). */
export type ListingProblems = Record<string, ListingProblem>;

/** Counts characters as the API does: code points after trimming. */
export function characterCount(text: string): number {
  return [...text.trim()].length;
}

function checkLength(
  problems: ListingProblems,
  field: string,
  text: string,
  min: number,
  max: number,
): void {
  const length = characterCount(text);
  if (min > 0 && length === 0) {
    problems[field] = { key: 'required' };
  } else if (length < min || length > max) {
    problems[field] =
      min > 0
        ? { key: 'lengthRange', values: { count: length, min, max } }
        : { key: 'tooLong', values: { length, max } };
  }
}

function checkTexts(values: ListingFormValues, problems: ListingProblems) {
  const limits = LISTING_LIMITS;
  checkLength(
    problems,
    'title',
    values.title,
    limits.titleLength.min,
    limits.titleLength.max,
  );
  checkLength(
    problems,
    'summary',
    values.summary,
    limits.summaryLength.min,
    limits.summaryLength.max,
  );
  checkLength(
    problems,
    'description',
    values.description,
    0,
    limits.descriptionLength,
  );
  checkLength(
    problems,
    'venueAddress',
    values.venueAddress,
    0,
    limits.venueAddressLength,
  );
  checkLength(
    problems,
    'accessibilityInformation',
    values.accessibilityInformation,
    0,
    limits.accessibilityInformationLength,
  );
}

function checkCoordinate(
  problems: ListingProblems,
  field: string,
  text: string,
  limit: number,
): void {
  const value = parseOptionalNumber(text);
  if (value === null) {
    problems[field] = { key: 'required' };
  } else if (Number.isNaN(value) || value < -limit || value > limit) {
    problems[field] = { key: 'coordinateRange', values: { limit } };
  }
}

function checkVenue(values: ListingFormValues, problems: ListingProblems) {
  if (values.mode === 'ONLINE') return;

  checkCoordinate(problems, 'location.latitude', values.latitude, 90);
  checkCoordinate(problems, 'location.longitude', values.longitude, 180);
  if (values.venueName.trim() === '') {
    problems.venueName = { key: 'venueNameMissing' };
  } else {
    checkLength(
      problems,
      'venueName',
      values.venueName,
      0,
      LISTING_LIMITS.venueNameLength,
    );
  }
}

function checkCost(values: ListingFormValues, problems: ListingProblems) {
  if (!values.paid) return;

  const digits = minorUnitDigits(values.currency);
  if (digits === null) {
    problems.currency = { key: 'currency' };

    return;
  }
  const { min, max } = LISTING_LIMITS.costMinor;
  const minor = toMinorUnits(values.cost, values.currency);
  if (values.cost.trim() === '') {
    problems.costMinor = { key: 'costMissing' };
  } else if (Number.isNaN(minor) || minor < min || minor > max) {
    problems.costMinor = {
      key: 'costRange',
      values: { max: max / 10 ** digits, digits },
    };
  }
}

function checkWholeNumber(
  problems: ListingProblems,
  field: string,
  text: string,
  range: { min: number; max: number },
): number | null {
  const value = parseOptionalInteger(text);
  if (value === null) return null;
  if (Number.isNaN(value) || value < range.min || value > range.max) {
    problems[field] = { key: 'wholeNumberRange', values: range };

    return null;
  }

  return value;
}

function checkAgesAndCapacity(
  values: ListingFormValues,
  problems: ListingProblems,
) {
  const { age, capacity } = LISTING_LIMITS;
  const minAge = checkWholeNumber(problems, 'minAge', values.minAge, age);
  const maxAge = checkWholeNumber(problems, 'maxAge', values.maxAge, age);
  checkWholeNumber(problems, 'capacity', values.capacity, capacity);
  if (minAge !== null && maxAge !== null && maxAge < minAge) {
    problems.maxAge = { key: 'maxAgeBelowMin', values: { minAge } };
  }
}

function checkSession(
  session: SessionRow,
  path: string,
  problems: ListingProblems,
) {
  if (!isTimeZone(session.timeZone)) {
    problems[`${path}.timeZone`] = { key: 'timeZone' };

    return;
  }
  const starts = wallTimeToInstant(session.startsAt, session.timeZone);
  const ends = wallTimeToInstant(session.endsAt, session.timeZone);
  if (starts === null) problems[`${path}.startsAt`] = { key: 'dateTime' };
  if (ends === null) problems[`${path}.endsAt`] = { key: 'dateTime' };
  if (starts === null || ends === null) return;

  const length = Date.parse(ends.iso) - Date.parse(starts.iso);
  if (length <= 0) {
    problems[`${path}.endsAt`] = { key: 'endsBeforeStart' };
  } else if (length > LISTING_LIMITS.sessionDays * 86_400_000) {
    problems[`${path}.endsAt`] = {
      key: 'sessionTooLong',
      values: { days: LISTING_LIMITS.sessionDays },
    };
  }
}

/** Checks the form against the API's listing rules; empty when it passes. */
export function checkListingForm(values: ListingFormValues): ListingProblems {
  const problems: ListingProblems = {};
  checkTexts(values, problems);
  checkVenue(values, problems);
  checkCost(values, problems);
  checkAgesAndCapacity(values, problems);
  if (values.sessions.length > LISTING_LIMITS.sessions) {
    problems.sessions = {
      key: 'tooManySessions',
      values: { max: LISTING_LIMITS.sessions },
    };
  }
  values.sessions.forEach((session, index) =>
    checkSession(session, `sessions.${index}`, problems),
  );

  return problems;
}

function trimmedOrNull(text: string): string | null {
  const trimmed = text.trim();

  return trimmed === '' ? null : trimmed;
}

/**
 * Converts form values that passed `checkListingForm` to the API's input:
 * wall times become instants in each session's zone and the price becomes
 * minor units. An online listing sends no venue.
 */
export function toOpportunityInput(
  values: ListingFormValues,
): OpportunityInput {
  const online = values.mode === 'ONLINE';

  return {
    title: values.title.trim(),
    summary: values.summary.trim(),
    description: values.description,
    kind: values.kind,
    mode: values.mode,
    location: online
      ? null
      : {
          latitude: Number(values.latitude),
          longitude: Number(values.longitude),
        },
    venueName: online ? null : trimmedOrNull(values.venueName),
    venueAddress: online ? null : trimmedOrNull(values.venueAddress),
    costMinor: values.paid ? toMinorUnits(values.cost, values.currency) : null,
    currency: values.paid ? values.currency : null,
    minAge: parseOptionalInteger(values.minAge),
    maxAge: parseOptionalInteger(values.maxAge),
    capacity: parseOptionalInteger(values.capacity),
    accessibilitySupport: sortAccessibilityGroups(values.accessibilitySupport),
    accessibilityInformation: trimmedOrNull(values.accessibilityInformation),
    sdgs: values.sdgs,
    skills: values.skills,
    sessions: values.sessions.map((session) => ({
      ...(session.id === null ? {} : { id: session.id }),
      startsAt: wallTimeToInstant(session.startsAt, session.timeZone)!.iso,
      endsAt: wallTimeToInstant(session.endsAt, session.timeZone)!.iso,
      timeZone: session.timeZone,
    })),
    achievementId: values.achievementId === '' ? null : values.achievementId,
  };
}
