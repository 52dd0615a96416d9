import {
  CheckOutcome,
  type VerificationCheck,
  VerificationCheckName as Check,
} from '../../verification/verification-result.js';
import { ImportedCredentialStatus as Status } from '../imported-credential.entity.js';

/** Checks that must pass for an Open Badges 3.0 import to be valid. */
export const OB3_REQUIRED = [
  Check.FORMAT,
  Check.STRUCTURE,
  Check.PROOF,
  Check.ISSUER_KEY,
  Check.RECIPIENT,
];

export const OB2_HOSTED_REQUIRED = [
  Check.FORMAT,
  Check.STRUCTURE,
  Check.HOSTED,
  Check.BADGE_CLASS,
  Check.ISSUER_PROFILE,
  Check.RECIPIENT,
];

export const OB2_SIGNED_REQUIRED = [
  Check.FORMAT,
  Check.STRUCTURE,
  Check.PROOF,
  Check.ISSUER_KEY,
  Check.BADGE_CLASS,
  Check.ISSUER_PROFILE,
  Check.RECIPIENT,
];

/** The start of the verifier's STATUS messages for a set status bit. */
const REVOKED_PREFIX = 'The issuer has revoked';
const SUSPENDED_PREFIX = 'The issuer has suspended';

/**
 * The check whose message explains an unverifiable import: the first that
 * failed, else the first required one that did not pass. A check skipped
 * because an earlier one failed names no cause of its own.
 */
function blockingCheck(
  checks: readonly VerificationCheck[],
  required: readonly Check[],
): VerificationCheck | undefined {
  const blocks = (check: VerificationCheck) =>
    required.includes(check.check)
      ? check.outcome !== CheckOutcome.PASSED
      : check.outcome === CheckOutcome.FAILED &&
        check.check !== Check.VALID_UNTIL;
  const blocking = checks.filter(blocks);

  return (
    blocking.find((check) => check.outcome === CheckOutcome.FAILED) ??
    blocking[0]
  );
}

/**
 * Decides an import's status. Revoked and suspended come first, because
 * the issuer's word ends the badge whatever else holds. Then a required
 * check that did not pass, or any other failure except expiry, makes it
 * unverifiable; an expired badge that passes everything else is expired.
 */
export function decideStatus(
  checks: readonly VerificationCheck[],
  required: readonly Check[],
  revoked: boolean,
): { status: Status; failureReason: string | null } {
  const status = checks.find((check) => check.check === Check.STATUS);
  const statusFailed = status?.outcome === CheckOutcome.FAILED;
  if (revoked || (statusFailed && status.message.startsWith(REVOKED_PREFIX))) {
    return { status: Status.REVOKED, failureReason: status?.message ?? null };
  }
  if (statusFailed && status.message.startsWith(SUSPENDED_PREFIX)) {
    return { status: Status.SUSPENDED, failureReason: status.message };
  }
  const blocking = blockingCheck(checks, required);
  if (blocking !== undefined) {
    return { status: Status.UNVERIFIABLE, failureReason: blocking.message };
  }
  const expiry = checks.find((check) => check.check === Check.VALID_UNTIL);
  if (expiry?.outcome === CheckOutcome.FAILED) {
    return { status: Status.EXPIRED, failureReason: expiry.message };
  }

  return { status: Status.VALID, failureReason: null };
}
