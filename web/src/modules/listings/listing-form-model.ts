import type {
  AccessibilitySupport,
  ListingFieldsFragment,
  OpportunityKind,
  OpportunityMode,
} from '@/gql/graphql';

import { browserTimeZone, instantToWallTime } from './time-zone';

/** One session row as typed: wall times in the row's own zone. */
export interface SessionRow {
  /** Stable React key; rows have no id until the API stores them. */
  key: string;
  id: string | null;
  startsAt: string;
  endsAt: string;
  timeZone: string;
}

/**
 * The listing form's values as the inputs hold them: numbers stay text so
 * that a half-typed value ("-33.") survives a render.
 */
export interface ListingFormValues {
  title: string;
  summary: string;
  description: string;
  kind: OpportunityKind;
  mode: OpportunityMode;
  latitude: string;
  longitude: string;
  venueName: string;
  venueAddress: string;
  paid: boolean;
  /** In the currency's major unit (dollars), as typed. */
  cost: string;
  currency: string;
  minAge: string;
  maxAge: string;
  capacity: string;
  /** OpenActive accessibility-support groups the listing caters for. */
  accessibilitySupport: AccessibilitySupport[];
  /** Plain-text notes on access, as typed. */
  accessibilityInformation: string;
  sdgs: number[];
  skills: string[];
  sessions: SessionRow[];
  /** The badge that taking part earns, or '' for none. */
  achievementId: string;
}

export const KINDS: readonly OpportunityKind[] = [
  'WORKSHOP',
  'COURSE',
  'EVENT',
  'MENTORING',
  'VOLUNTEERING',
  'WORK_EXPERIENCE',
  'YOUTH_CAFE',
];

export const MODES: readonly OpportunityMode[] = [
  'IN_PERSON',
  'HYBRID',
  'ONLINE',
];

export const DEFAULT_CURRENCY = 'AUD';

let rowCount = 0;

/** Returns an empty session row in the browser's time zone. */
export function newSessionRow(timeZone = browserTimeZone()): SessionRow {
  rowCount += 1;

  return {
    key: `session-${rowCount}`,
    id: null,
    startsAt: '',
    endsAt: '',
    timeZone,
  };
}

export function emptyListing(): ListingFormValues {
  return {
    title: '',
    summary: '',
    description: '',
    kind: 'WORKSHOP',
    mode: 'IN_PERSON',
    latitude: '',
    longitude: '',
    venueName: '',
    venueAddress: '',
    paid: false,
    cost: '',
    currency: DEFAULT_CURRENCY,
    minAge: '',
    maxAge: '',
    capacity: '',
    accessibilitySupport: [],
    accessibilityInformation: '',
    sdgs: [],
    skills: [],
    sessions: [],
    achievementId: '',
  };
}

/**
 * Number of digits after the decimal point in `currency`'s minor unit
 * (2 for AUD, 0 for JPY, 3 for KWD), or null for an unknown code.
 */
export function minorUnitDigits(currency: string): number | null {
  try {
    return (
      new Intl.NumberFormat('en', {
        style: 'currency',
        currency,
      }).resolvedOptions().maximumFractionDigits ?? 2
    );
  } catch {
    return null;
  }
}

function textOf(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** Fills the form from a stored listing, showing times in their own zones. */
export function valuesFromListing(
  listing: ListingFieldsFragment,
): ListingFormValues {
  const { cost } = listing;
  const digits =
    cost.currency === null || cost.currency === undefined
      ? 2
      : (minorUnitDigits(cost.currency) ?? 2);
  const paid = !cost.free && cost.amountMinor !== null;

  return {
    title: listing.title,
    summary: listing.summary,
    description: listing.description,
    kind: listing.kind,
    mode: listing.mode,
    latitude: textOf(listing.location?.latitude),
    longitude: textOf(listing.location?.longitude),
    venueName: listing.venueName ?? '',
    venueAddress: listing.venueAddress ?? '',
    paid,
    cost: paid ? (cost.amountMinor! / 10 ** digits).toFixed(digits) : '',
    currency: cost.currency ?? DEFAULT_CURRENCY,
    minAge: textOf(listing.minAge),
    maxAge: textOf(listing.maxAge),
    capacity: textOf(listing.capacity),
    accessibilitySupport: [...listing.accessibilitySupport],
    accessibilityInformation: listing.accessibilityInformation ?? '',
    sdgs: listing.sdgs.map((sdg) => sdg.number),
    skills: listing.skills.map((skill) => skill.id),
    sessions: listing.sessions.map((session) => ({
      ...newSessionRow(session.timeZone),
      id: session.id,
      startsAt: instantToWallTime(session.startsAt, session.timeZone),
      endsAt: instantToWallTime(session.endsAt, session.timeZone),
    })),
    achievementId: listing.achievement?.id ?? '',
  };
}

/** Parses an optional whole number; blank is null, anything else NaN. */
export function parseOptionalInteger(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;

  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** Parses an optional decimal number; blank is null, anything else NaN. */
export function parseOptionalNumber(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;

  return /^-?(\d+\.?\d*|\.\d+)$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * Converts a price typed in major units to minor units, or NaN when it has
 * more decimals than the currency's minor unit allows.
 */
export function toMinorUnits(cost: string, currency: string): number {
  const digits = minorUnitDigits(currency) ?? 2;
  const trimmed = cost.trim();
  const match = /^(\d+)(?:\.(\d*))?$/.exec(trimmed);
  if (match === null) return Number.NaN;

  const fraction = match[2] ?? '';
  if (fraction.length > digits) return Number.NaN;

  return (
    Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || 0)
  );
}
