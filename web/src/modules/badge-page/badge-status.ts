/** What the page shows as the badge's state; expiry counts only if active. */
export type DisplayStatus = 'ACTIVE' | 'SUSPENDED' | 'REVOKED' | 'EXPIRED';

/**
 * Chooses the state to show. A revoked or suspended badge shows that
 * state even when it has also expired, because it is the issuer's decision.
 */
export function displayStatus(credential: {
  status: 'ACTIVE' | 'SUSPENDED' | 'REVOKED';
  expired: boolean;
}): DisplayStatus {
  if (credential.status !== 'ACTIVE') return credential.status;

  return credential.expired ? 'EXPIRED' : 'ACTIVE';
}
