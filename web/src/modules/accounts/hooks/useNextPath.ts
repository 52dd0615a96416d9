import { useSearchParams } from 'react-router';

import { safeNextPath } from '../next-path';

/** Returns the page to go to after this form, from a safe `next` parameter. */
export function useNextPath(): string {
  const [params] = useSearchParams();

  return safeNextPath(params.get('next'));
}
