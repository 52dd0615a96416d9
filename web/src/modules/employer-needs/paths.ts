/** Returns the path of a need's page. */
export function needPath(needId: string): string {
  return `/needs/${needId}`;
}

/** Returns the path of an employer's list of skill needs. */
export function dashboardPath(organisationId: string): string {
  return `/organisations/${organisationId}/needs`;
}

/** Reads the title a form page saved, passed in the navigation state. */
export function savedTitle(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('saved' in state)) {
    return null;
  }

  return typeof state.saved === 'string' ? state.saved : null;
}
