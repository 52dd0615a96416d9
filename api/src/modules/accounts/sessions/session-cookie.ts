import { parseCookie } from 'cookie';
import type { CookieOptions, Request } from 'express';

/** Sessions last this long after the last request that used them. */
export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Returns the cookie name. The `__Host-` prefix makes browsers accept the
 * cookie only over HTTPS, from this host and for every path, so it is used
 * only for a `Secure` cookie. Local development over plain HTTP uses the
 * bare name.
 */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-learnscape_session' : 'learnscape_session';
}

export function sessionCookieOptions(secure: boolean): CookieOptions {
  return {
    httpOnly: true,
    secure,
    sameSite: 'lax',
    path: '/',
    maxAge: SESSION_LIFETIME_MS,
  };
}

/** Reads the session token from the request's cookie header, if any. */
export function readSessionToken(
  request: Request,
  secure: boolean,
): string | null {
  const header = request.headers.cookie;
  if (header === undefined) return null;
  const token = parseCookie(header)[sessionCookieName(secure)];

  return token !== undefined && /^[A-Za-z0-9_-]{43}$/.test(token)
    ? token
    : null;
}
