import {
  failed,
  passed,
  skipped,
  type VerificationCheck,
  VerificationCheckName,
} from '../verification-result.js';
import {
  dateOf,
  type JsonObject,
  validFromOf,
  validUntilOf,
} from './credential-fields.js';

/** Clock difference tolerated between issuer and verifier, as VC libraries allow. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

export function checkValidFrom(
  credential: JsonObject,
  now: Date,
): VerificationCheck {
  const raw = validFromOf(credential);
  const validFrom = dateOf(raw);
  if (validFrom === null) {
    return failed(
      VerificationCheckName.VALID_FROM,
      raw === undefined
        ? 'The credential has no validFrom date.'
        : `validFrom ${JSON.stringify(raw)} is not a date-time.`,
    );
  }
  if (validFrom.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    return failed(
      VerificationCheckName.VALID_FROM,
      `The credential is not valid until ${validFrom.toISOString()}.`,
    );
  }

  return passed(
    VerificationCheckName.VALID_FROM,
    `Valid since ${validFrom.toISOString()}.`,
  );
}

export function checkValidUntil(
  credential: JsonObject,
  now: Date,
): VerificationCheck {
  const raw = validUntilOf(credential);
  if (raw === undefined) {
    return skipped(
      VerificationCheckName.VALID_UNTIL,
      'The credential does not expire.',
    );
  }
  const validUntil = dateOf(raw);
  if (validUntil === null) {
    return failed(
      VerificationCheckName.VALID_UNTIL,
      `validUntil ${JSON.stringify(raw)} is not a date-time.`,
    );
  }
  if (validUntil.getTime() + CLOCK_SKEW_MS < now.getTime()) {
    return failed(
      VerificationCheckName.VALID_UNTIL,
      `The credential expired on ${validUntil.toISOString()}.`,
    );
  }

  return passed(
    VerificationCheckName.VALID_UNTIL,
    `Valid until ${validUntil.toISOString()}.`,
  );
}
