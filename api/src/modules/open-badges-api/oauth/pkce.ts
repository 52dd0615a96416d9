import { createHash, timingSafeEqual } from 'node:crypto';

/** A S256 code challenge: BASE64URL(SHA-256(verifier)), 43 characters. */
export const CODE_CHALLENGE_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A code verifier as RFC 7636 section 4.1 defines it. */
export const CODE_VERIFIER_PATTERN = /^[A-Za-z0-9._~-]{43,128}$/;

/** Checks a code verifier against the stored S256 challenge. */
export function verifierMatches(verifier: string, challenge: string): boolean {
  if (!CODE_VERIFIER_PATTERN.test(verifier)) return false;
  const computed = Buffer.from(
    createHash('sha256').update(verifier, 'ascii').digest('base64url'),
  );
  const expected = Buffer.from(challenge);

  return (
    computed.length === expected.length && timingSafeEqual(computed, expected)
  );
}
