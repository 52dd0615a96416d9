/** The destination of a form when no safe `next` parameter was given. */
export const DEFAULT_NEXT_PATH = '/';

/**
 * Returns `raw` when it is a path on this site, else the home page. Only a
 * single leading `/` is allowed: browsers read `//host` and `/\host` as
 * another host, and a scheme such as `https:` or `javascript:` cannot
 * follow a leading `/`. Control characters and whitespace are rejected
 * because browsers strip some of them before parsing the URL.
 */
export function safeNextPath(raw: string | null | undefined): string {
  if (raw === null || raw === undefined) return DEFAULT_NEXT_PATH;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is rejected
  if (/[\u0000-\u0020\u007f\\]/.test(raw)) return DEFAULT_NEXT_PATH;
  if (!raw.startsWith('/') || raw.startsWith('//')) return DEFAULT_NEXT_PATH;

  return raw;
}

/** Builds the sign-in page's path, which returns to `next` after signing in. */
export function signInPath(next: string): string {
  return next === DEFAULT_NEXT_PATH
    ? '/sign-in'
    : `/sign-in?next=${encodeURIComponent(next)}`;
}

/** Builds the sign-up page's path, which goes on to `next` after signing up. */
export function signUpPath(next: string): string {
  return next === DEFAULT_NEXT_PATH
    ? '/sign-up'
    : `/sign-up?next=${encodeURIComponent(next)}`;
}
