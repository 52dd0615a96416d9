import type { Viewer } from './viewer-context';

/** Returns whether the viewer may moderate, as an admin or council member. */
export function canModerate(viewer: Viewer | null): boolean {
  if (viewer === null) return false;

  return (
    viewer.isAdmin ||
    viewer.memberships.some(
      (membership) => membership.organisation.kind === 'COUNCIL',
    )
  );
}
