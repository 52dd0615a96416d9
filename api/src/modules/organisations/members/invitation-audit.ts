import type { Viewer } from '../../../common/auth/viewer.js';
import type { AuditRecord } from '../../audit/audit.service.js';
import type { InvitationRecord } from './invitations.repository.js';

/** Builds the audit entry of a change to an invitation. */
export function invitationEntry(
  viewer: Viewer,
  invitation: InvitationRecord,
  action: 'create' | 'revoke' | 'accept',
  changes: Record<string, unknown> = {},
): AuditRecord {
  return {
    actorId: viewer.userId,
    organisationId: invitation.organisationId,
    subjectType: 'invitation',
    subjectId: invitation.id,
    action,
    changes,
  };
}
