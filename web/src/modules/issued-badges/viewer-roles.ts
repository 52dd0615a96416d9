import type { OrganisationRole } from '@/gql/graphql';
import type { Viewer } from '@/modules/accounts/viewer-context';

/**
 * The viewer's role in an organisation, as the dashboard decides it:
 * platform administrators pass every check on the API, so they count as
 * owners.
 */
export function roleIn(
  viewer: Viewer | null,
  organisationId: string,
): OrganisationRole | null {
  if (viewer === null) return null;
  const membership = viewer.memberships.find(
    (candidate) => candidate.organisation.id === organisationId,
  );

  return membership?.role ?? (viewer.isAdmin ? 'OWNER' : null);
}

/**
 * Tells whether the viewer can endorse a badge of `issuerId` on the endorse
 * page: as an owner or editor of a council other than the issuer. The API
 * also requires a verified council and e-mail address, and says so.
 */
export function canEndorse(viewer: Viewer | null, issuerId: string): boolean {
  return (viewer?.memberships ?? []).some(
    ({ role, organisation }) =>
      organisation.kind === 'COUNCIL' &&
      (role === 'OWNER' || role === 'EDITOR') &&
      organisation.id !== issuerId,
  );
}
