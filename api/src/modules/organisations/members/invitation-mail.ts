import type { MailMessage } from '../../mail/mailer.service.js';
import type { OrganisationModel } from '../dto/organisation.model.js';
import { OrganisationRole } from '../organisation-member.entity.js';
import type { InvitationRecord } from './invitations.repository.js';

const ROLE_DUTIES: Record<OrganisationRole, string> = {
  [OrganisationRole.OWNER]:
    'an owner, who manages its members, listings and badges',
  [OrganisationRole.EDITOR]: 'an editor, who lists its opportunities',
  [OrganisationRole.AWARDER]:
    'an awarder, who records attendance and awards badges',
};

/** Builds the invitation e-mail with the one link that accepts it. */
export function invitationMail(
  invitation: InvitationRecord,
  organisation: OrganisationModel,
  link: string,
): MailMessage {
  const text = [
    `You are invited to join ${organisation.name} on Learnscape as ${ROLE_DUTIES[invitation.role]}.`,
    '',
    'Open this link to accept:',
    link,
    '',
    `Sign in, or sign up, with ${invitation.email} to accept. The link works once and expires on ${invitation.expiresAt.toUTCString()}.`,
    '',
    'If you did not expect this invitation, ignore this e-mail.',
  ].join('\n');

  return {
    to: invitation.email,
    subject: `Join ${organisation.name} on Learnscape`,
    text,
  };
}
