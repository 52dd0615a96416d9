import type { EntityManager } from 'typeorm';

import { ConflictError } from '../../common/errors/domain-error.js';
import { ListingInputError, type SessionChange } from './listing-input.js';
import type {
  BookedSession,
  ListingsRepository,
} from './listings.repository.js';

/**
 * Makes the stored sessions match `requested`: sessions with a stored id are
 * updated, new ones inserted, and stored ones left out deleted. Deleting a
 * session with active registrations raises CONFLICT naming its start, and
 * an id that is not a session of this listing raises BAD_USER_INPUT.
 */
export async function replaceSessionsChecked(
  manager: EntityManager,
  repository: ListingsRepository,
  opportunityId: string,
  stored: readonly SessionChange[],
  requested: readonly SessionChange[],
): Promise<void> {
  const storedIds = new Set(stored.map((session) => session.id));
  const unknownIndex = requested.findIndex(
    (session) => session.id !== null && !storedIds.has(session.id),
  );
  if (unknownIndex >= 0) {
    throw new ListingInputError([
      {
        field: `sessions.${unknownIndex}.id`,
        message: `Session ${requested[unknownIndex]!.id} is not a session of this listing. Omit the id for a new session.`,
      },
    ]);
  }

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
}

function bookedSessionConflict(session: BookedSession): ConflictError {
  const startsAt = new Intl.DateTimeFormat('en-AU', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: session.timeZone,
  }).format(session.startsAt);
  const people =
    session.registrations === 1
      ? '1 registration'
      : `${session.registrations} registrations`;

  return new ConflictError(
    `The session starting ${startsAt} (${session.timeZone}, ${session.startsAt.toISOString()}) has ${people}, so it cannot be deleted. Keep it in the listing, or ask the people registered to withdraw first.`,
    'input.listing.sessions',
  );
}
