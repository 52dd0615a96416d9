import type {
  AccessibilitySupport,
  OpportunityKind,
  OpportunityMode,
} from '../opportunities/opportunity.entity.js';

/** A listing as providers enter it, from the form or from a CSV row. */
export interface ListingDraft {
  title: string;
  summary: string;
  /** Markdown. */
  description: string;
  kind: OpportunityKind;
  mode: OpportunityMode;
  /** The venue; null exactly when the mode is online. */
  location: { latitude: number; longitude: number } | null;
  venueName: string | null;
  venueAddress: string | null;
  /** In the currency's minor unit; null means free. */
  costMinor: number | null;
  currency: string | null;
  minAge: number | null;
  maxAge: number | null;
  /** Places per session; null means unlimited. */
  capacity: number | null;
  /** OpenActive accessibility-support groups, each at most once. */
  accessibilitySupport: AccessibilitySupport[];
  /** Plain text on access, such as step-free entry or a quiet room. */
  accessibilityInformation: string | null;
  sdgs: number[];
  skills: string[];
  sessions: SessionDraft[];
}

export interface SessionDraft {
  startsAt: Date;
  endsAt: Date;
  /** IANA zone name, such as Australia/Sydney. */
  timeZone: string;
}

/** One thing wrong with a draft: the field path and what is allowed. */
export interface ListingProblem {
  /** Such as `title`, `location.latitude` or `sessions.2.endsAt`. */
  field: string;
  message: string;
}

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
  /** Maximum session length: a residential week or a month-long placement. */
  sessionDays: 31,
  /** How far ahead a session may start; later dates are most likely typos. */
  sessionYearsAhead: 5,
};
