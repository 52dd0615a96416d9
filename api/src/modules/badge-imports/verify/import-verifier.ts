import { checkRecipient } from '../../verification/checks/recipient.js';
import type { VerificationService } from '../../verification/verification.service.js';
import {
  CheckOutcome,
  failed,
  type VerificationCheck,
  VerificationCheckName as Check,
} from '../../verification/verification-result.js';
import { ImportedSpecVersion } from '../imported-credential.entity.js';
import type { ReadImport } from '../input/read-import.js';
import { noMatchMessage } from '../ob2/ob2-recipient.js';
import type { Ob2Verifier } from '../ob2/ob2-verifier.js';
import {
  type BadgeMetadata,
  ob2Metadata,
  ob3Metadata,
} from './badge-metadata.js';
import {
  decideStatus,
  OB2_HOSTED_REQUIRED,
  OB2_SIGNED_REQUIRED,
  OB3_REQUIRED,
} from './import-status.js';

/** The outcome of verifying one import, ready to be stored. */
export interface VerifiedImport {
  specVersion: ImportedSpecVersion;
  document: unknown;
  credentialUri: string | null;
  checks: VerificationCheck[];
  status: ReturnType<typeof decideStatus>['status'];
  failureReason: string | null;
  metadata: BadgeMetadata;
}

/**
 * Verifies an import of either version against the learner's verified
 * addresses. Open Badges 3.0 goes through the site's verifier, whose
 * RECIPIENT check is then run against each address.
 */
export class ImportVerifier {
  constructor(
    private readonly verification: VerificationService,
    private readonly ob2: Ob2Verifier,
  ) {}

  async verify(
    read: ReadImport,
    addresses: readonly string[],
    bakedFile?: Buffer,
  ): Promise<VerifiedImport> {
    if (read.version === 'ob2') {
      const result = await this.ob2.verify(read, addresses);
      const required =
        read.kind === 'jws' ? OB2_SIGNED_REQUIRED : OB2_HOSTED_REQUIRED;

      return {
        specVersion: ImportedSpecVersion.OB2,
        document: result.assertion,
        credentialUri: result.credentialUri,
        checks: result.checks,
        ...decideStatus(result.checks, required, result.revoked),
        metadata: ob2Metadata(
          result.assertion,
          result.badgeClass,
          result.issuer,
        ),
      };
    }
    // NOTE: keys of did:web issuers other than this site are not fetched,
    // so their badges end unverifiable with ISSUER_KEY naming the key.
    const result = await this.verification.verify(
      bakedFile === undefined ? { text: read.text } : { bytes: bakedFile },
    );
    const recipient = checkAddresses(read.credential, addresses);
    const checks = result.checks.map((check) =>
      check.check === Check.RECIPIENT ? recipient : check,
    );

    return {
      specVersion: ImportedSpecVersion.OB3,
      document: read.credential,
      credentialUri: result.credentialId ?? stringId(read.credential.id),
      checks,
      ...decideStatus(checks, OB3_REQUIRED, false),
      metadata: ob3Metadata(read.credential),
    };
  }
}

/** Runs the verifier's RECIPIENT check once per verified address. */
function checkAddresses(
  credential: Record<string, unknown>,
  addresses: readonly string[],
): VerificationCheck {
  const results = addresses.map((email) => checkRecipient(credential, email));
  const match = results.find((check) => check.outcome === CheckOutcome.PASSED);
  if (match !== undefined) return match;
  const problem = results.find(
    (check) => !check.message.startsWith('The credential was not issued to'),
  );

  return problem ?? failed(Check.RECIPIENT, noMatchMessage(addresses));
}

function stringId(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}
