/** The checks a verification reports, in the order they are listed. */
export enum VerificationCheckName {
  FORMAT = 'FORMAT',
  STRUCTURE = 'STRUCTURE',
  PROOF = 'PROOF',
  ISSUER_KEY = 'ISSUER_KEY',
  STATUS = 'STATUS',
  VALID_FROM = 'VALID_FROM',
  VALID_UNTIL = 'VALID_UNTIL',
  RECIPIENT = 'RECIPIENT',
  /** Open Badges 2.0: the hosted assertion loads from its id and matches. */
  HOSTED = 'HOSTED',
  /** Open Badges 2.0: the assertion's BadgeClass loads and names the assertion's badge. */
  BADGE_CLASS = 'BADGE_CLASS',
  /** Open Badges 2.0: the issuer Profile loads and owns the class and the hosting origin. */
  ISSUER_PROFILE = 'ISSUER_PROFILE',
}

export enum CheckOutcome {
  PASSED = 'PASSED',
  FAILED = 'FAILED',
  SKIPPED = 'SKIPPED',
}

/** Format in which the credential reached the verifier. */
export enum CredentialFormat {
  JSON_LD = 'JSON_LD',
  VC_JWT = 'VC_JWT',
  PNG = 'PNG',
  SVG = 'SVG',
  UNKNOWN = 'UNKNOWN',
}

export interface VerificationCheck {
  check: VerificationCheckName;
  outcome: CheckOutcome;
  /** Finding, in words a person can act on. */
  message: string;
}

export interface EndorsementVerification {
  endorserName: string | null;
  endorserId: string | null;
  comment: string | null;
  verified: boolean;
  checks: VerificationCheck[];
}

export interface VerificationResult {
  verified: boolean;
  format: CredentialFormat;
  credentialId: string | null;
  name: string | null;
  issuerId: string | null;
  issuerName: string | null;
  /** True when the issuer is one of this site's organisations. */
  issuerKnown: boolean;
  achievementName: string | null;
  validFrom: Date | null;
  validUntil: Date | null;
  checks: VerificationCheck[];
  endorsements: EndorsementVerification[];
}

export interface VerifyInput {
  /** A credential as JSON, a compact JWS, or SVG text. */
  text?: string;
  /** The raw bytes of an upload, such as a baked PNG. */
  bytes?: Buffer;
  contentType?: string;
  recipientEmail?: string | null;
}

export function passed(
  check: VerificationCheckName,
  message: string,
): VerificationCheck {
  return { check, outcome: CheckOutcome.PASSED, message };
}

export function failed(
  check: VerificationCheckName,
  message: string,
): VerificationCheck {
  return { check, outcome: CheckOutcome.FAILED, message };
}

export function skipped(
  check: VerificationCheckName,
  message: string,
): VerificationCheck {
  return { check, outcome: CheckOutcome.SKIPPED, message };
}

/** Checks that must pass; the others must only not fail. */
const REQUIRED_CHECKS = new Set([
  VerificationCheckName.FORMAT,
  VerificationCheckName.STRUCTURE,
  VerificationCheckName.PROOF,
  VerificationCheckName.ISSUER_KEY,
]);

/**
 * A credential is verified when format, structure, proof and issuer key
 * passed and no other check failed. A signature that could not be checked
 * therefore never counts as verified.
 */
export function isVerified(checks: readonly VerificationCheck[]): boolean {
  return checks.every((check) =>
    REQUIRED_CHECKS.has(check.check)
      ? check.outcome === CheckOutcome.PASSED
      : check.outcome !== CheckOutcome.FAILED,
  );
}
