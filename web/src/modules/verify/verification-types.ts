/** Names of the checks a verification reports, in the order they run. */
export const CHECK_NAMES = [
  'FORMAT',
  'STRUCTURE',
  'HOSTED',
  'PROOF',
  'ISSUER_KEY',
  'BADGE_CLASS',
  'ISSUER_PROFILE',
  'STATUS',
  'VALID_FROM',
  'VALID_UNTIL',
  'RECIPIENT',
] as const;

export type VerificationCheckName = (typeof CHECK_NAMES)[number];
export type CheckOutcome = 'PASSED' | 'FAILED' | 'SKIPPED';
export type CredentialFormat = 'JSON_LD' | 'VC_JWT' | 'PNG' | 'SVG' | 'UNKNOWN';

export interface VerificationCheck {
  check: VerificationCheckName;
  outcome: CheckOutcome;
  message: string;
}

export interface EndorsementVerification {
  endorserName?: string | null;
  endorserId?: string | null;
  comment?: string | null;
  verified: boolean;
  checks: readonly VerificationCheck[];
}

/**
 * A `VerificationResult` as both `verifyCredential` and `POST /api/verify`
 * return it.
 */
export interface VerificationResult {
  verified: boolean;
  format: CredentialFormat;
  credentialId?: string | null;
  name?: string | null;
  issuerId?: string | null;
  issuerName?: string | null;
  /** True only for an issuer that is an organisation on this site. */
  issuerKnown?: boolean;
  achievementName?: string | null;
  validFrom?: string | null;
  validUntil?: string | null;
  checks: readonly VerificationCheck[];
  endorsements: readonly EndorsementVerification[];
}
