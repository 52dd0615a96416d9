import type { SessionFacts } from './registrations.repository.js';
import type { Notice, Recipient } from './session-registrations.js';
import { formatSessionStart } from './waitlist-mail.js';

/** A session's start and end before a provider changed them. */
export interface PreviousTimes {
  startsAt: Date;
  endsAt: Date;
}

/**
 * Builds the e-mail to each registered or waitlisted learner of a session
 * whose start or end changed. `recipients` carry the session as it is now,
 * and `previous` maps a session id to its old times.
 */
export function sessionMovedNotices(
  recipients: readonly Recipient[],
  previous: ReadonlyMap<string, PreviousTimes>,
  publicUrl: string,
): Notice[] {
  return recipients.map(({ registrationId, email, session }) => {
    const before = previous.get(session.id);
    const was =
      before === undefined
        ? ''
        : ` It was ${formatSessionTimes({ ...session, ...before })}.`;

    return {
      registrationId,
      message: {
        to: email,
        subject: `New time for ${session.title}`,
        text: [
          `The provider changed the time of your session of "${session.title}". It is now ${formatSessionTimes(session)}.${was}`,
          'Your registration or place on the waiting list stays as it was.',
          `If you can no longer come, withdraw at ${publicUrl} so that someone else can have the place.`,
        ].join('\n\n'),
      },
    };
  });
}

/** Builds the e-mail to each learner whose registration an archived listing cancelled. */
export function opportunityCancelledNotices(
  recipients: readonly Recipient[],
  publicUrl: string,
): Notice[] {
  return recipients.map(({ registrationId, email, session }) => ({
    registrationId,
    message: {
      to: email,
      subject: `Cancelled: ${session.title}`,
      text: [
        `The provider cancelled "${session.title}", so your session on ${formatSessionStart(session)} will not take place.`,
        'Your registration or place on the waiting list has been withdrawn; there is nothing more to do.',
        `Find other opportunities near you at ${publicUrl}.`,
      ].join('\n\n'),
    },
  }));
}

/**
 * Builds the e-mail to each learner whose registration a rejected listing
 * cancelled: a listing that was published, went back to review and failed.
 */
export function opportunityRejectedNotices(
  recipients: readonly Recipient[],
  publicUrl: string,
): Notice[] {
  return recipients.map(({ registrationId, email, session }) => ({
    registrationId,
    message: {
      to: email,
      subject: `Cancelled: ${session.title}`,
      text: [
        `"${session.title}" is no longer listed after a review by the local council, so your session on ${formatSessionStart(session)} will not take place.`,
        'Your registration or place on the waiting list has been withdrawn; there is nothing more to do.',
        `Find other opportunities near you at ${publicUrl}.`,
      ].join('\n\n'),
    },
  }));
}

/** Formats a session's start and end in its own time zone, naming the zone. */
function formatSessionTimes(session: SessionFacts): string {
  const endsAt = new Intl.DateTimeFormat('en-AU', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: session.timeZone,
  }).format(session.endsAt);

  return `from ${formatSessionStart(session)} to ${endsAt} (${session.timeZone} time)`;
}
