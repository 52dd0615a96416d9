import { createHash } from 'node:crypto';

import {
  failed,
  passed,
  skipped,
  type VerificationCheck,
  VerificationCheckName,
} from '../verification-result.js';
import {
  asArray,
  isObject,
  type JsonObject,
  subjectOf,
} from './credential-fields.js';

const RECIPIENT = VerificationCheckName.RECIPIENT;

/** IdentityHash algorithms the Open Badges data model defines. */
const HASH_ALGORITHMS: Record<string, string> = {
  sha256: 'sha256',
  md5: 'md5',
};

/**
 * Compares one IdentityObject with an address. A hashed identity is
 * `<algorithm>$<hex>` over the address followed by the salt.
 */
function matches(identity: JsonObject, email: string): boolean | string {
  const value = String(identity.identityHash ?? '');
  if (identity.hashed !== true) return value.trim().toLowerCase() === email;
  const [algorithm, digest] = value.split('$');
  const hashName = HASH_ALGORITHMS[algorithm?.toLowerCase() ?? ''];
  if (hashName === undefined || digest === undefined) {
    return `The identity hash ${JSON.stringify(value.slice(0, 20))} uses an unsupported algorithm; expected sha256$ or md5$.`;
  }
  const salt = typeof identity.salt === 'string' ? identity.salt : '';
  const hash = createHash(hashName)
    .update(email + salt, 'utf8')
    .digest('hex');

  return hash === digest.toLowerCase();
}

/** Checks that the credential names `email` as its recipient. */
export function checkRecipient(
  credential: JsonObject,
  recipientEmail: string | null | undefined,
): VerificationCheck {
  const email = recipientEmail?.trim().toLowerCase() ?? '';
  if (email === '')
    return skipped(
      RECIPIENT,
      'No e-mail address was given to compare with the recipient.',
    );
  const identities = asArray(subjectOf(credential)?.identifier)
    .filter(isObject)
    .filter((identity) => identity.identityType === 'emailAddress');
  if (identities.length === 0) {
    return failed(
      RECIPIENT,
      'The credential names no e-mail recipient (no identifier with identityType "emailAddress").',
    );
  }
  const outcomes = identities.map((identity) => matches(identity, email));
  if (outcomes.includes(true))
    return passed(RECIPIENT, `The credential was issued to ${email}.`);
  const problem = outcomes.find((outcome) => typeof outcome === 'string');

  return failed(
    RECIPIENT,
    typeof problem === 'string'
      ? problem
      : `The credential was not issued to ${email}.`,
  );
}
