import {
  BadUserInputError,
  DomainError,
  ErrorCode,
} from '../../common/errors/domain-error.js';
import { UUID_PATTERN } from '../../common/pagination/cursor.js';
import type { OpportunityInput } from './dto/opportunity.input.js';
import {
  checkListing,
  type ListingDraft,
  type ListingProblem,
  type SessionDraft,
} from './listing-rules.js';

/** The input path of the listing in the mutations, the prefix of paths such as `input.listing.title`. */
export const LISTING_FIELD_PREFIX = 'input.listing';

/** A session of a draft, with the id of the stored session it updates. */
export interface SessionChange extends SessionDraft {
  id: string | null;
}

/** A listing as the mutations save it: a checked draft with session ids. */
export interface ListingChange extends ListingDraft {
  sessions: SessionChange[];
  /** The badge the listing awards; its organisation is checked on saving. */
  achievementId: string | null;
}

/**
 * Every problem of a listing as one BAD_USER_INPUT error. The message and
 * `field` are those of the first problem. `problems` lists all of them with
 * full input paths, so that a form can mark every field.
 */
export class ListingInputError extends DomainError {
  constructor(problems: readonly ListingProblem[]) {
    const located = problems.map((problem) => ({
      field: `${LISTING_FIELD_PREFIX}.${problem.field}`,
      message: problem.message,
    }));
    const [first] = located;
    if (first === undefined) {
      throw new Error('ListingInputError needs at least one problem');
    }
    super(ErrorCode.BadUserInput, first.message, {
      field: first.field,
      problems: located,
    });
  }
}

/** Raises BAD_USER_INPUT naming `field` unless `raw` is a UUID. */
export function parseUuid(field: string, raw: string): string {
  if (!UUID_PATTERN.test(raw)) {
    throw new BadUserInputError(
      `${field} "${raw.slice(0, 60)}" is not a valid id; expected a UUID.`,
      field,
    );
  }

  // Ids are stored in lower case; UUIDs compare without regard to case.
  return raw.toLowerCase();
}

/**
 * Converts the GraphQL input to a draft and checks it with the shared
 * listing rules, raising every problem at once. Titles, summaries and venue
 * texts are trimmed (the Markdown description is kept as written), empty
 * venue texts become null, and repeated SDGs and skills count once. New
 * sessions (those without an id) must start in the future; the CSV import
 * applies the shared rules without this one.
 */
export function toCheckedListing(
  input: OpportunityInput,
  knownSkills: ReadonlySet<string>,
): ListingChange {
  const listing = toListingChange(input);
  const problems = [
    ...checkListing(listing, knownSkills),
    ...checkSessionIds(listing.sessions),
    ...checkAchievementId(listing),
    ...checkNewSessionsUpcoming(listing.sessions),
  ];
  if (problems.length > 0) throw new ListingInputError(problems);

  return listing;
}

/** Checks a stored listing again, as submitting it requires. */
export function checkStoredListing(
  listing: ListingDraft,
  knownSkills: ReadonlySet<string>,
): void {
  const problems = checkListing(listing, knownSkills);
  if (problems.length > 0) throw new ListingInputError(problems);
}

/**
 * Reports a session that does not start after `now` (in epoch milliseconds)
 * as a problem on its `startsAt`. An invalid date is left to the shared
 * rules, which report it already.
 */
export function sessionStartProblem(
  session: SessionChange,
  index: number,
  now: number,
): ListingProblem[] {
  const startsAt = session.startsAt.getTime();
  if (Number.isNaN(startsAt) || startsAt > now) return [];

  return [
    {
      field: `sessions.${index}.startsAt`,
      message: `sessions.${index}.startsAt ${session.startsAt.toISOString()} is not in the future; a new or changed session must start later than now.`,
    },
  ];
}

function checkNewSessionsUpcoming(sessions: SessionChange[]): ListingProblem[] {
  const now = Date.now();

  return sessions.flatMap((session, index) =>
    session.id === null ? sessionStartProblem(session, index, now) : [],
  );
}

function toListingChange(input: OpportunityInput): ListingChange {
  return {
    title: input.title.trim(),
    summary: input.summary.trim(),
    description: input.description,
    kind: input.kind,
    mode: input.mode,
    location:
      input.location === null || input.location === undefined
        ? null
        : {
            latitude: input.location.latitude,
            longitude: input.location.longitude,
          },
    venueName: emptyToNull(input.venueName),
    venueAddress: emptyToNull(input.venueAddress),
    costMinor: input.costMinor ?? null,
    currency: emptyToNull(input.currency)?.toUpperCase() ?? null,
    minAge: input.minAge ?? null,
    maxAge: input.maxAge ?? null,
    capacity: input.capacity ?? null,
    accessibilitySupport: input.accessibilitySupport ?? [],
    accessibilityInformation: emptyToNull(input.accessibilityInformation),
    achievementId: input.achievementId ?? null,
    sdgs: [...new Set(input.sdgs)].sort((a, b) => a - b),
    skills: [...new Set(input.skills)].sort(),
    sessions: input.sessions.map((session) => ({
      id: session.id ?? null,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      timeZone: session.timeZone,
    })),
  };
}

/**
 * Keeps the stored accessibility groups and text where an update omits
 * them, so that a client that does not know the fields leaves them as
 * they are.
 */
export function keepOmittedAccessibility(
  input: OpportunityInput,
  listing: ListingChange,
  stored: ListingChange,
): void {
  if (input.accessibilitySupport === undefined) {
    listing.accessibilitySupport = stored.accessibilitySupport;
  }
  if (input.accessibilityInformation === undefined) {
    listing.accessibilityInformation = stored.accessibilityInformation;
  }
}

function emptyToNull(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';

  return trimmed === '' ? null : trimmed;
}

/** Lower-cases a valid achievement id, or reports an invalid one. */
function checkAchievementId(listing: ListingChange): ListingProblem[] {
  if (listing.achievementId === null) return [];
  if (!UUID_PATTERN.test(listing.achievementId)) {
    return [
      {
        field: 'achievementId',
        message: `achievementId "${listing.achievementId.slice(0, 60)}" is not a valid id; expected a UUID, or null for no badge.`,
      },
    ];
  }
  listing.achievementId = listing.achievementId.toLowerCase();

  return [];
}

function checkSessionIds(sessions: SessionChange[]): ListingProblem[] {
  const seen = new Set<string>();
  const problems: ListingProblem[] = [];
  sessions.forEach((session, index) => {
    if (session.id === null) return;
    const field = `sessions.${index}.id`;
    if (!UUID_PATTERN.test(session.id)) {
      problems.push({
        field,
        message: `Session id "${session.id.slice(0, 60)}" is not a valid id; omit it for a new session.`,
      });

      return;
    }
    session.id = session.id.toLowerCase();
    if (seen.has(session.id)) {
      problems.push({
        field,
        message: `Session ${session.id} appears twice; list each session once.`,
      });
    }
    seen.add(session.id);
  });

  return problems;
}
