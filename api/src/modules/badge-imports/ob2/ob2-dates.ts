import type { JsonObject } from '../../verification/checks/credential-fields.js';
import {
  failed,
  passed,
  skipped,
  type VerificationCheck,
  VerificationCheckName,
} from '../../verification/verification-result.js';
import { ob2Date } from './ob2-fields.js';

/** Clock difference tolerated between issuer and verifier. */
const SKEW_MS = 5 * 60 * 1000;

/** Checks `issuedOn` is not in the future and `expires`, if any, has not passed. */
export function checkOb2Dates(
  assertion: JsonObject,
  now: Date = new Date(),
): { validFrom: VerificationCheck; validUntil: VerificationCheck } {
  const issuedOn = ob2Date(assertion.issuedOn);
  const expires = ob2Date(assertion.expires);
  const validFrom =
    issuedOn === null
      ? failed(
          VerificationCheckName.VALID_FROM,
          'The assertion has no valid issuedOn date.',
        )
      : issuedOn.getTime() > now.getTime() + SKEW_MS
        ? failed(
            VerificationCheckName.VALID_FROM,
            `The badge is dated ${issuedOn.toISOString()}, in the future.`,
          )
        : passed(
            VerificationCheckName.VALID_FROM,
            `Issued on ${issuedOn.toISOString()}.`,
          );
  const validUntil =
    assertion.expires === undefined
      ? skipped(VerificationCheckName.VALID_UNTIL, 'The badge does not expire.')
      : expires === null
        ? failed(
            VerificationCheckName.VALID_UNTIL,
            "The assertion's expires date cannot be read.",
          )
        : expires.getTime() < now.getTime() - SKEW_MS
          ? failed(
              VerificationCheckName.VALID_UNTIL,
              `The badge expired on ${expires.toISOString()}.`,
            )
          : passed(
              VerificationCheckName.VALID_UNTIL,
              `Valid until ${expires.toISOString()}.`,
            );

  return { validFrom, validUntil };
}
