import { createHash } from 'node:crypto';

import {
  isObject,
  type JsonObject,
} from '../../verification/checks/credential-fields.js';
import {
  failed,
  passed,
  type VerificationCheck,
  VerificationCheckName,
} from '../../verification/verification-result.js';

const RECIPIENT = VerificationCheckName.RECIPIENT;

/** Hash algorithms an Open Badges 2.0 IdentityObject may use. */
const ALGORITHMS = new Set(['sha256', 'md5']);

function matches(recipient: JsonObject, email: string): boolean {
  const identity = String(recipient.identity ?? '').trim();
  if (recipient.hashed !== true && recipient.hashed !== 'true') {
    return identity.toLowerCase() === email;
  }
  const [algorithm, digest] = identity.split('$');
  const name = algorithm?.toLowerCase() ?? '';
  if (!ALGORITHMS.has(name) || digest === undefined) return false;
  const salt = typeof recipient.salt === 'string' ? recipient.salt : '';

  return (
    createHash(name)
      .update(email + salt, 'utf8')
      .digest('hex') === digest.toLowerCase()
  );
}

/**
 * Checks that an Open Badges 2.0 assertion names one of the learner's
 * verified addresses: plain, or `sha256$`/`md5$` over address and salt.
 */
export function checkOb2Recipient(
  assertion: JsonObject,
  addresses: readonly string[],
): VerificationCheck {
  const recipient = isObject(assertion.recipient) ? assertion.recipient : null;
  if (recipient === null) {
    return failed(RECIPIENT, 'The assertion names no recipient.');
  }
  if (String(recipient.type ?? '').toLowerCase() !== 'email') {
    return failed(
      RECIPIENT,
      `The recipient is identified by "${String(recipient.type)}", not by an e-mail address, so it cannot be matched to your account.`,
    );
  }
  const match = addresses.find((email) => matches(recipient, email));

  return match === undefined
    ? failed(RECIPIENT, noMatchMessage(addresses))
    : passed(RECIPIENT, `The badge was issued to ${match}.`);
}

export function noMatchMessage(addresses: readonly string[]): string {
  return addresses.length === 0
    ? 'You have no verified e-mail address yet. Verify the address this badge was sent to under Account, then verify the badge again.'
    : `The badge was issued to none of your verified addresses (${addresses.join(', ')}). Add and verify the address it was sent to under Account, then verify the badge again.`;
}
