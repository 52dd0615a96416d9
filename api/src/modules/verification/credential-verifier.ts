import type { DocumentLoader } from '../credentials/jsonld/document-loader.js';
import {
  achievementOf,
  asArray,
  dateOf,
  isObject,
  issuerIdOf,
  issuerNameOf,
  type JsonObject,
  stringOrNull,
  subjectOf,
  validFromOf,
  validUntilOf,
} from './checks/credential-fields.js';
import { checkDataIntegrity } from './checks/data-integrity.js';
import { checkValidFrom, checkValidUntil } from './checks/dates.js';
import { checkRecipient } from './checks/recipient.js';
import { checkStatus } from './checks/status.js';
import { checkVcJwt } from './checks/vc-jwt.js';
import { type DecodedPayload, decodeInput } from './decode-input.js';
import {
  checkStructure,
  type CredentialKind,
} from './structure/check-structure.js';
import {
  CheckOutcome,
  CredentialFormat,
  type EndorsementVerification,
  failed,
  isVerified,
  passed,
  skipped,
  type VerificationCheck,
  VerificationCheckName,
  type VerificationResult,
  type VerifyInput,
} from './verification-result.js';

/** Endorsements verified per credential, bounding one request's work; later ones are not listed. */
const MAX_ENDORSEMENTS = 20;

interface CheckedPayload {
  credential: JsonObject | null;
  checks: VerificationCheck[];
}

const LATER_CHECKS = [
  VerificationCheckName.STRUCTURE,
  VerificationCheckName.PROOF,
  VerificationCheckName.ISSUER_KEY,
  VerificationCheckName.STATUS,
  VerificationCheckName.VALID_FROM,
  VerificationCheckName.VALID_UNTIL,
  VerificationCheckName.RECIPIENT,
];

/**
 * Runs every check of an Open Badges 3.0 credential and reports each on
 * its own. Documents come from `loader` only, which never uses the network.
 */
export class CredentialVerifier {
  constructor(
    private readonly loader: DocumentLoader,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async verify(input: VerifyInput): Promise<VerificationResult> {
    const decoded = decodeInput(input);
    if ('error' in decoded) {
      const checks = [
        failed(VerificationCheckName.FORMAT, decoded.error),
        ...LATER_CHECKS.map((check) =>
          skipped(
            check,
            'Not checked, because the credential could not be read.',
          ),
        ),
      ];

      return emptyResult(decoded.format, checks);
    }
    const format = passed(
      VerificationCheckName.FORMAT,
      `Read ${decoded.container}.`,
    );
    const checked = await this.checkPayload(
      decoded.payload,
      null,
      input.recipientEmail,
    );
    const checks = [format, ...checked.checks];
    const credential = checked.credential;
    const endorsements =
      credential === null ? [] : await this.verifyEndorsements(credential);

    return {
      ...describeCredential(credential),
      verified: isVerified(checks),
      format: decoded.format,
      checks,
      endorsements,
    };
  }

  /** Checks one credential. A null `kind` means the credential's own `type` decides. */
  private async checkPayload(
    payload: DecodedPayload,
    kind: CredentialKind | null,
    recipientEmail?: string | null,
  ): Promise<CheckedPayload> {
    const signature =
      payload.kind === 'jwt'
        ? await this.checkJwt(payload.token)
        : {
            credential: payload.credential,
            ...(await checkDataIntegrity(payload.credential, this.loader)),
          };
    const credential = signature.credential;
    if (credential === null) {
      return {
        credential: null,
        checks: [
          skipped(
            VerificationCheckName.STRUCTURE,
            'Not checked, because no credential could be read from the token; PROOF says why.',
          ),
          signature.proof,
          signature.issuerKey,
          ...LATER_CHECKS.slice(3).map((check) =>
            skipped(
              check,
              'Not checked, because the token carries no credential.',
            ),
          ),
        ],
      };
    }
    const now = this.clock();
    const checks = [
      checkStructure(credential, kind ?? kindOf(credential)),
      signature.proof,
      signature.issuerKey,
      await checkStatus(credential, this.loader),
      checkValidFrom(credential, now),
      checkValidUntil(credential, now),
      checkRecipient(credential, recipientEmail),
    ];

    return { credential, checks };
  }

  /** Checks a VC-JWT and, when its payload has one, its embedded proof too. */
  private async checkJwt(token: string) {
    const jwt = await checkVcJwt(token, this.loader);
    if (jwt.credential === null || !isObject(jwt.credential.proof)) return jwt;
    const embedded = await checkDataIntegrity(jwt.credential, this.loader);
    const outcomes = [jwt.proof, embedded.proof];
    const failure = outcomes.find(
      (check) => check.outcome !== CheckOutcome.PASSED,
    );
    const proof =
      failure === undefined
        ? passed(
            VerificationCheckName.PROOF,
            `${jwt.proof.message} ${embedded.proof.message}`,
          )
        : {
            ...failure,
            message: `${failure === jwt.proof ? 'VC-JWT' : 'Embedded proof'}: ${failure.message}`,
          };
    const keyFailure = [jwt.issuerKey, embedded.issuerKey].find(
      (check) => check.outcome !== CheckOutcome.PASSED,
    );

    return {
      credential: jwt.credential,
      proof,
      issuerKey: keyFailure ?? jwt.issuerKey,
    };
  }

  /** Verifies the endorsements embedded in the achievement, each on its own. */
  private async verifyEndorsements(
    credential: JsonObject,
  ): Promise<EndorsementVerification[]> {
    const achievement = achievementOf(credential);
    const payloads: DecodedPayload[] = [
      ...asArray(achievement?.endorsement)
        .filter(isObject)
        .map((item) => ({ kind: 'json' as const, credential: item })),
      ...asArray(achievement?.endorsementJwt)
        .filter((item) => typeof item === 'string')
        .map((token) => ({ kind: 'jwt' as const, token })),
    ];
    const results: EndorsementVerification[] = [];
    for (const payload of payloads.slice(0, MAX_ENDORSEMENTS)) {
      const checked = await this.checkPayload(payload, 'endorsement');
      const checks = checked.checks.filter(
        (check) => check.check !== VerificationCheckName.RECIPIENT,
      );
      const endorsement = checked.credential;
      results.push({
        endorserId: endorsement === null ? null : issuerIdOf(endorsement),
        endorserName: endorsement === null ? null : issuerNameOf(endorsement),
        comment:
          endorsement === null
            ? null
            : stringOrNull(subjectOf(endorsement)?.endorsementComment),
        verified: isVerified(checks),
        checks,
      });
    }

    return results;
  }
}

/** A standalone EndorsementCredential is checked as one; all else as a badge. */
function kindOf(credential: JsonObject): CredentialKind {
  const types = asArray(credential.type);
  const isBadge =
    types.includes('OpenBadgeCredential') ||
    types.includes('AchievementCredential');

  return !isBadge && types.includes('EndorsementCredential')
    ? 'endorsement'
    : 'achievement';
}

function describeCredential(credential: JsonObject | null) {
  if (credential === null) return emptyResult(CredentialFormat.UNKNOWN, []);

  return {
    credentialId: stringOrNull(credential.id),
    name: stringOrNull(credential.name),
    issuerId: issuerIdOf(credential),
    issuerName: issuerNameOf(credential),
    issuerKnown: false,
    achievementName: stringOrNull(achievementOf(credential)?.name),
    validFrom: dateOf(validFromOf(credential)),
    validUntil: dateOf(validUntilOf(credential)),
  };
}

function emptyResult(
  format: CredentialFormat,
  checks: VerificationCheck[],
): VerificationResult {
  return {
    verified: false,
    format,
    credentialId: null,
    name: null,
    issuerId: null,
    issuerName: null,
    issuerKnown: false,
    achievementName: null,
    validFrom: null,
    validUntil: null,
    checks,
    endorsements: [],
  };
}
