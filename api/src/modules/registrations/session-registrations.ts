import type { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { toLoggableError } from '../../common/logging/loggable-error.js';
import type { Mailer, MailMessage } from '../mail/mailer.service.js';
import { isSessionFull, trySavepoint } from './savepoint.js';
import {
  findActiveIds,
  findRecipients,
  lockNextWaitlisted,
  lockSessionRow,
  markRegistered,
  type Recipient,
  withdrawUpcoming,
} from './waiting-list.repository.js';

export type { Recipient } from './waiting-list.repository.js';

/**
 * Changes to registrations that other features (account deletion, listing
 * editing) make inside their own transactions. Each returns the learners
 * to e-mail, and the caller sends the e-mails with `sendNotices` after the
 * transaction commits, so that no one hears of a change that rolled back.
 */

/** An e-mail about one registration. */
export interface Notice {
  registrationId: string;
  message: MailMessage;
}

/**
 * Moves the session's waiting list up into its free places, oldest first,
 * and returns who moved. It locks the session row first, then registers
 * waitlisted learners until the capacity trigger reports the session full
 * or the list is empty. A session that has started is left alone, because
 * registering and withdrawing close when a session starts.
 */
export async function moveWaitingListUp(
  manager: EntityManager,
  sessionId: string,
): Promise<Recipient[]> {
  const session = await lockSessionRow(manager, sessionId);
  if (session === null || session.startsAt.getTime() <= Date.now()) return [];

  const moved: string[] = [];
  for (;;) {
    const next = await lockNextWaitlisted(manager, sessionId);
    if (next === null) break;
    const registered = await trySavepoint(
      manager,
      async () => {
        await markRegistered(manager, next);

        return true;
      },
      isSessionFull,
    );
    if (registered === undefined) break;
    moved.push(next);
  }

  return findRecipients(manager, moved);
}

/**
 * Withdraws every registered and waitlisted learner of the opportunity's
 * sessions that have not started, and returns them. The caller holds the
 * locks on the opportunity's sessions.
 */
export async function withdrawUpcomingRegistrations(
  manager: EntityManager,
  opportunityId: string,
): Promise<Recipient[]> {
  const ids = await withdrawUpcoming(manager, opportunityId);

  return findRecipients(manager, ids);
}

/** Finds the registered and waitlisted learners of the sessions. */
export async function findActiveRecipients(
  manager: EntityManager,
  sessionIds: readonly string[],
): Promise<Recipient[]> {
  return findRecipients(manager, await findActiveIds(manager, sessionIds));
}

/**
 * Sends each e-mail in turn. A failed e-mail is logged with its
 * registration id and does not undo the change it reports, which has
 * already committed.
 */
export async function sendNotices(
  mailer: Mailer,
  logger: Logger,
  notices: readonly Notice[],
): Promise<void> {
  for (const notice of notices) {
    try {
      await mailer.send(notice.message);
    } catch (error) {
      const loggable = toLoggableError(error);
      logger.error(
        `Failed to send "${notice.message.subject}" for registration ${notice.registrationId}: ${loggable.message}`,
        loggable.stack,
      );
    }
  }
}
