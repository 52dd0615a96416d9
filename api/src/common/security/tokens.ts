import { createHash, randomBytes } from 'node:crypto';

/** A random token for a cookie or an e-mailed link: 256 bits, URL-safe. */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The SHA-256 digest stored in place of a token, so that a copy of the
 * database cannot be used to sign in or to follow an e-mailed link.
 */
export function digestToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
