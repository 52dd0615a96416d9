import type { MailMessage } from '../mail/mailer.service.js';
import type { SessionFacts } from './registrations.repository.js';
import type { Notice, Recipient } from './session-registrations.js';

/** Describes an age range in words: "16 to 18", "16 and over" or "up to 25". */
export function describeAgeRange(
  minAge: number | null,
  maxAge: number | null,
): string {
  if (minAge !== null && maxAge !== null) return `${minAge} to ${maxAge}`;
  if (minAge !== null) return `${minAge} and over`;

  return `up to ${maxAge ?? 'any age'}`;
}

/** Formats the session's start in its own time zone, for a learner to read. */
export function formatSessionStart(session: SessionFacts): string {
  return new Intl.DateTimeFormat('en-AU', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: session.timeZone,
  }).format(session.startsAt);
}

/** Builds the e-mail to a learner who moved up from the waiting list. */
export function placeOfferedMail(
  to: string,
  session: SessionFacts,
  publicUrl: string,
): MailMessage {
  return {
    to,
    subject: `You have a place at ${session.title}`,
    text: [
      `A place came up at "${session.title}" on ${formatSessionStart(session)}, and you were next on the waiting list.`,
      'You are now registered; there is nothing more to do.',
      `If you can no longer come, withdraw at ${publicUrl} so that the next person on the waiting list gets the place.`,
    ].join('\n\n'),
  };
}

/** Builds the place-offered e-mail for each learner who moved up. */
export function placeOfferedNotices(
  moved: readonly Recipient[],
  publicUrl: string,
): Notice[] {
  return moved.map((recipient) => ({
    registrationId: recipient.registrationId,
    message: placeOfferedMail(recipient.email, recipient.session, publicUrl),
  }));
}
