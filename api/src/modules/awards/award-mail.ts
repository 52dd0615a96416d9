import type { MailMessage } from '../mail/mailer.service.js';
import type { AchievementFacts } from './awards.repository.js';

export interface AwardNoticeFacts {
  credentialId: string;
  email: string;
  achievement: AchievementFacts;
  /** The account's name, or null when no account uses the address. */
  accountName: string | null;
}

/**
 * The e-mail a recipient gets. Without an account the badge waits for the
 * address, so the message explains how to keep it.
 */
export function awardNotice(
  facts: AwardNoticeFacts,
  publicUrl: string,
): MailMessage {
  const base = publicUrl.replace(/\/+$/, '');
  const { achievement } = facts;
  const badgeUrl = `${base}/badges/${facts.credentialId}`;
  // Names are checked to be one line; stripping again keeps a header intact
  // whatever older rows hold.
  const subject = `You earned "${achievement.name}"`.replace(/[\r\n]+/g, ' ');
  const awarded = `${achievement.organisationName} awarded you the badge "${achievement.name}".`;
  if (facts.accountName !== null) {
    return {
      to: facts.email,
      subject,
      text: [
        `Hello ${facts.accountName},`,
        '',
        awarded,
        '',
        `See it, download it and share it: ${badgeUrl}`,
        '',
        `It is listed under My badges when you sign in to ${base}.`,
      ].join('\n'),
    };
  }

  return {
    to: facts.email,
    subject,
    text: [
      'Hello,',
      '',
      awarded,
      '',
      `To keep it, sign up with this address (${facts.email}) at ${base}/sign-up and verify the address; the badge then appears under My badges.`,
      '',
      `Your badge: ${badgeUrl}`,
    ].join('\n'),
  };
}
