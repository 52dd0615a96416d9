import { createHash, randomBytes } from 'node:crypto';

/** An Open Badges 3.0 `IdentityObject` for a hashed e-mail address. */
export interface IdentityObject {
  type: 'IdentityObject';
  identityHash: string;
  identityType: 'emailAddress';
  hashed: true;
  salt: string;
}

/** `sha256$` and the hex SHA-256 of the address followed by the salt. */
export function hashEmail(email: string, salt: string): string {
  const digest = createHash('sha256')
    .update(email + salt, 'utf8')
    .digest('hex');

  return `sha256$${digest}`;
}

/**
 * Identifies a recipient by a salted hash of the address, so the badge does
 * not show it. A new random salt per credential keeps two badges of the
 * same person from sharing a hash.
 */
export function emailIdentity(
  email: string,
  salt = randomBytes(16).toString('hex'),
): IdentityObject {
  return {
    type: 'IdentityObject',
    identityHash: hashEmail(email, salt),
    identityType: 'emailAddress',
    hashed: true,
    salt,
  };
}
