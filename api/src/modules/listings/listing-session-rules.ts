import {
  LISTING_LIMITS,
  type ListingProblem,
  type SessionDraft,
} from './listing-draft.js';

/**
 * Results of `isTimeZone` by zone name. Building a formatter takes about 0.1 ms,
 * which adds up over an import of 10,000 rows, and few zones repeat.
 */
const timeZoneChecks = new Map<string, boolean>();

/** Checks that `zone` is an IANA time zone name this runtime supports. */
export function isTimeZone(zone: string): boolean {
  if (zone === '' || zone.length > 64) return false;
  let known = timeZoneChecks.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    // Bounded, because rejected names come from users.
    if (timeZoneChecks.size < 1_000) timeZoneChecks.set(zone, known);
  }

  return known;
}

/** Checks the sessions of a draft: count, order, length and time zone. */
export function checkSessions(sessions: SessionDraft[]): ListingProblem[] {
  if (sessions.length > LISTING_LIMITS.sessions) {
    return [
      {
        field: 'sessions',
        message: `There are ${sessions.length} sessions; the maximum is ${LISTING_LIMITS.sessions}. Split the listing.`,
      },
    ];
  }

  return sessions.flatMap((session, index) =>
    checkSession(session, `sessions.${index}`),
  );
}

function checkSession(session: SessionDraft, path: string): ListingProblem[] {
  const problems: ListingProblem[] = [];
  const starts = session.startsAt.getTime();
  const ends = session.endsAt.getTime();
  if (Number.isNaN(starts)) {
    problems.push({
      field: `${path}.startsAt`,
      message: 'The start is not a valid date and time.',
    });
  }
  if (Number.isNaN(ends)) {
    problems.push({
      field: `${path}.endsAt`,
      message: 'The end is not a valid date and time.',
    });
  }
  if (!Number.isNaN(starts) && !Number.isNaN(ends)) {
    if (ends <= starts) {
      problems.push({
        field: `${path}.endsAt`,
        message: 'The session ends before it starts; the end must be later.',
      });
    } else if (ends - starts > LISTING_LIMITS.sessionDays * 86_400_000) {
      problems.push({
        field: `${path}.endsAt`,
        message: `The session lasts more than ${LISTING_LIMITS.sessionDays} days; split it into shorter sessions.`,
      });
    }
  }
  const latestStart = new Date();
  latestStart.setFullYear(
    latestStart.getFullYear() + LISTING_LIMITS.sessionYearsAhead,
  );
  if (!Number.isNaN(starts) && starts > latestStart.getTime()) {
    problems.push({
      field: `${path}.startsAt`,
      message: `The session starts on ${session.startsAt.toISOString().slice(0, 10)}, more than ${LISTING_LIMITS.sessionYearsAhead} years ahead; check the year.`,
    });
  }
  if (!isTimeZone(session.timeZone)) {
    problems.push({
      field: `${path}.timeZone`,
      message: `"${session.timeZone}" is not a time zone; use an IANA name such as Australia/Sydney or Europe/London.`,
    });
  }

  return problems;
}
