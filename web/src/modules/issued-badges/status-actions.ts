import type { CredentialStatus, OrganisationRole } from '@/gql/graphql';

/** A change of a credential's status that an issuer can make. */
export type StatusAction = 'suspend' | 'reinstate' | 'revoke';

/** The API's limit on the reason of a status change. */
export const REASON_MAX_LENGTH = 500;

/**
 * Returns the changes open for a credential in `status`: revocation is
 * final, and only a suspended credential can be reinstated.
 */
export function actionsFor(status: CredentialStatus): StatusAction[] {
  switch (status) {
    case 'ACTIVE':
      return ['suspend', 'revoke'];
    case 'SUSPENDED':
      return ['reinstate', 'revoke'];
    case 'REVOKED':
      return [];
  }
}

/**
 * Tells whether a role may change statuses: owners and awarders, who also
 * award. The API checks it again.
 */
export function canChangeStatus(role: OrganisationRole | null): boolean {
  return role === 'OWNER' || role === 'AWARDER';
}

/** Returns why a reason cannot be sent, as a translation key, or null. */
export function reasonProblem(reason: string): string | null {
  const trimmed = reason.trim();
  if (trimmed.length === 0) return 'issuedBadges.dialog.reasonMissing';
  if (trimmed.length > REASON_MAX_LENGTH) {
    return 'issuedBadges.dialog.reasonTooLong';
  }

  return null;
}
