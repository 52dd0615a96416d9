import type { EntityManager } from 'typeorm';

import { ConflictError } from '../../common/errors/domain-error.js';
import type { PreviousTimes } from '../registrations/registration-mail.js';
import { sessionMovedNotices } from '../registrations/registration-mail.js';
import {
  findActiveRecipients,
  moveWaitingListUp,
  type Notice,
  type Recipient,
} from '../registrations/session-registrations.js';
import { placeOfferedNotices } from '../registrations/waitlist-mail.js';
import {
  type ListingChange,
  ListingInputError,
  type SessionChange,
  sessionStartProblem,
} from './listing-input.js';
import type {
  BookedSession,
  ListingsRepository,
} from './listings.repository.js';

/**
 * Makes the stored sessions match `requested`: sessions with a stored id are
 * updated, new ones inserted, and stored ones left out deleted. Returns the
 * previous times of each kept session whose start or end changed.
 *
 * It raises BAD_USER_INPUT for an id that is not a session of this listing
 * and for a changed session that does not start in the future, and
 * CONFLICT for deleting a session with active registrations, naming its
 * start.
 */
export async function replaceSessionsChecked(
  manager: EntityManager,
  repository: ListingsRepository,
  opportunityId: string,
  stored: readonly SessionChange[],
  requested: readonly SessionChange[],
): Promise<Map<string, PreviousTimes>> {
  const storedById = new Map(stored.map((session) => [session.id!, session]));
  const unknownIndex = requested.findIndex(
    (session) => session.id !== null && !storedById.has(session.id),
  );
  if (unknownIndex >= 0) {
    throw new ListingInputError([
      {
        field: `sessions.${unknownIndex}.id`,
        message: `Session ${requested[unknownIndex]!.id} is not a session of this listing. Omit the id for a new session.`,
      },
    ]);
  }
  const changed = findChangedTimes(storedById, requested);
  requireChangedSessionsUpcoming(requested, changed);

  const keptIds = new Set(requested.map((session) => session.id));
  const removedIds = stored
    .map((session) => session.id!)
    .filter((id) => !keptIds.has(id));
  if (removedIds.length > 0) {
    const booked = await repository.findBookedSession(manager, removedIds);
    if (booked !== null) throw bookedSessionConflict(booked);
  }
  await repository.replaceSessions(
    manager,
    opportunityId,
    removedIds,
    requested,
  );

  return changed;
}

/**
 * Raises CONFLICT on `input.listing.capacity` when `capacity` is below the
 * number of learners registered on an upcoming session of the listing.
 * Null means unlimited, which always fits.
 */
export async function requireCapacityFits(
  manager: EntityManager,
  repository: ListingsRepository,
  opportunityId: string,
  capacity: number | null,
): Promise<void> {
  if (capacity === null) return;
  const busiest = await repository.findMostRegisteredUpcomingSession(
    manager,
    opportunityId,
  );
  if (busiest === null || busiest.registrations <= capacity) return;

  throw new ConflictError(
    `The session starting ${describeStart(busiest)} has ${busiest.registrations} learners registered, so the capacity cannot be ${capacity}. Set a capacity of ${busiest.registrations} or more, or leave it empty for unlimited places.`,
    'input.listing.capacity',
  );
}

/**
 * Moves waiting lists up when the capacity rose or became unlimited, and
 * builds the e-mails for them and for the learners of sessions whose times
 * changed. Runs after the listing and its sessions are saved, because the
 * capacity trigger reads the saved capacity and the e-mails the new times.
 */
export async function registrationNoticesAfterEdit(
  manager: EntityManager,
  edit: {
    before: ListingChange;
    after: ListingChange;
    changedTimes: ReadonlyMap<string, PreviousTimes>;
    publicUrl: string;
  },
): Promise<Notice[]> {
  const { before, after, changedTimes, publicUrl } = edit;
  const moved: Recipient[] = [];
  if (capacityRose(before.capacity, after.capacity)) {
    for (const session of after.sessions) {
      if (session.id === null) continue;
      moved.push(...(await moveWaitingListUp(manager, session.id)));
    }
  }
  const rescheduled = await findActiveRecipients(manager, [
    ...changedTimes.keys(),
  ]);

  return [
    ...placeOfferedNotices(moved, publicUrl),
    ...sessionMovedNotices(rescheduled, changedTimes, publicUrl),
  ];
}

function capacityRose(before: number | null, after: number | null): boolean {
  if (before === null) return false;

  return after === null || after > before;
}

function findChangedTimes(
  storedById: ReadonlyMap<string, SessionChange>,
  requested: readonly SessionChange[],
): Map<string, PreviousTimes> {
  const changed = new Map<string, PreviousTimes>();
  for (const session of requested) {
    const previous =
      session.id === null ? undefined : storedById.get(session.id);
    if (previous === undefined) continue;
    if (
      previous.startsAt.getTime() !== session.startsAt.getTime() ||
      previous.endsAt.getTime() !== session.endsAt.getTime()
    ) {
      changed.set(session.id!, {
        startsAt: previous.startsAt,
        endsAt: previous.endsAt,
      });
    }
  }

  return changed;
}

/**
 * Rejects a changed session that does not start in the future. A stored
 * session may stay in the past only while its times are unchanged.
 */
function requireChangedSessionsUpcoming(
  requested: readonly SessionChange[],
  changed: ReadonlyMap<string, PreviousTimes>,
): void {
  const now = Date.now();
  const problems = requested.flatMap((session, index) =>
    session.id !== null && changed.has(session.id)
      ? sessionStartProblem(session, index, now)
      : [],
  );
  if (problems.length > 0) throw new ListingInputError(problems);
}

function describeStart(session: { startsAt: Date; timeZone: string }): string {
  const startsAt = new Intl.DateTimeFormat('en-AU', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: session.timeZone,
  }).format(session.startsAt);

  return `${startsAt} (${session.timeZone}, ${session.startsAt.toISOString()})`;
}

function bookedSessionConflict(session: BookedSession): ConflictError {
  const people =
    session.registrations === 1
      ? '1 registration'
      : `${session.registrations} registrations`;

  return new ConflictError(
    `The session starting ${describeStart(session)} has ${people}, so it cannot be deleted. Keep it in the listing, or ask the people registered to withdraw first.`,
    'input.listing.sessions',
  );
}
