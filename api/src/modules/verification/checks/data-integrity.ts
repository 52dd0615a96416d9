import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {
  verifyCredential,
  type VerifyCredentialResult,
} from '@digitalbazaar/vc';

import type { DocumentLoader } from '../../credentials/jsonld/document-loader.js';
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
  issuerIdOf,
  type JsonObject,
} from './credential-fields.js';
import { resolveIssuerKey } from './issuer-key.js';

const PROOF = VerificationCheckName.PROOF;
const CRYPTOSUITE = 'eddsa-rdfc-2022';

export interface ProofChecks {
  proof: VerificationCheck;
  issuerKey: VerificationCheck;
}

/**
 * Seconds of clock skew given to the library, longer than any credential's
 * life: its date checks would otherwise hide the signature's outcome, and
 * the VALID_FROM and VALID_UNTIL checks report the dates instead.
 */
const IGNORE_DATES_SKEW_SECONDS = 1e12;

/** Collects the messages of a failed verification, innermost first. */
export function failureMessages(result: VerifyCredentialResult): string {
  const errors = [
    ...(result.error?.errors ?? []),
    ...(result.results ?? []).flatMap((entry) =>
      entry.error === undefined ? [] : [entry.error],
    ),
    ...(result.error === undefined || result.error.errors !== undefined
      ? []
      : [result.error]),
  ];
  const messages = [
    ...new Set(errors.map((error) => error.message.replace(/\.+$/, ''))),
  ];

  return messages.length === 0
    ? 'the signature does not match'
    : messages.join('; ');
}

/** The first top-level `@context` URL the offline loader does not have. */
async function unknownContext(
  credential: JsonObject,
  loader: DocumentLoader,
): Promise<string | null> {
  const urls = asArray(credential['@context']).filter(
    (entry): entry is string => typeof entry === 'string',
  );
  for (const url of urls) {
    try {
      await loader(url);
    } catch {
      return url;
    }
  }

  return null;
}

/** Says in plain words why a Data Integrity proof did not verify. */
function describeFailure(result: VerifyCredentialResult): string {
  const details = failureMessages(result);
  if (/invalid signature|signature does not match/i.test(details)) {
    return 'The Data Integrity signature does not match the credential, so the credential was changed after it was signed or was signed with another key.';
  }

  return `The Data Integrity signature could not be confirmed: ${details}.`;
}

/**
 * Verifies a Data Integrity proof (eddsa-rdfc-2022) with the offline
 * loader. The library's date checks are switched off by a long clock skew:
 * an expired credential still shows whether its signature holds, and the
 * date checks report the dates. Status is checked on its own.
 */
export async function verifyDataIntegrity(
  credential: JsonObject,
  loader: DocumentLoader,
): Promise<VerificationCheck> {
  const context = await unknownContext(credential, loader);
  if (context !== null) {
    return failed(
      PROOF,
      `The credential names the context ${context}, which this verifier does not have; it fetches no contexts from the network.`,
    );
  }
  const options = {
    credential,
    suite: new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }),
    documentLoader: loader,
    maxClockSkew: IGNORE_DATES_SKEW_SECONDS,
    // Status lists are read by the STATUS check, which reports revocation
    // and suspension; this library would report a revoked one as verified.
    checkStatus: () => Promise.resolve({ verified: true }),
  };
  const result = await verifyCredential(options);
  if (result.verified) {
    return passed(
      PROOF,
      `The ${CRYPTOSUITE} Data Integrity signature is valid: the credential has not been changed since it was signed.`,
    );
  }

  return failed(PROOF, describeFailure(result));
}

/** Checks the embedded proof and its key, each reported on its own. */
export async function checkDataIntegrity(
  credential: JsonObject,
  loader: DocumentLoader,
): Promise<ProofChecks> {
  const proofs = asArray(credential.proof).filter(isObject);
  if (proofs.length === 0) {
    return {
      proof: failed(
        PROOF,
        'The credential has no embedded proof, so nothing shows who signed it or that it is unchanged.',
      ),
      issuerKey: skipped(
        VerificationCheckName.ISSUER_KEY,
        'There is no proof naming a signing key.',
      ),
    };
  }
  const unsupported = proofs.find(
    (proof) =>
      proof.type !== 'DataIntegrityProof' || proof.cryptosuite !== CRYPTOSUITE,
  );
  if (unsupported !== undefined) {
    return {
      proof: failed(
        PROOF,
        `The proof type ${String(unsupported.type)} with cryptosuite ${String(unsupported.cryptosuite)} is not supported; this verifier checks DataIntegrityProof with ${CRYPTOSUITE} and VC-JWT with ES256 or RS256.`,
      ),
      issuerKey: skipped(
        VerificationCheckName.ISSUER_KEY,
        'The key of an unsupported proof type was not checked.',
      ),
    };
  }
  const methodId =
    typeof proofs[0]!.verificationMethod === 'string'
      ? proofs[0]!.verificationMethod
      : null;
  const key = await resolveIssuerKey(loader, methodId, issuerIdOf(credential));
  if (key.method === null) {
    return {
      proof: skipped(
        PROOF,
        'The signature could not be checked because its key could not be resolved.',
      ),
      issuerKey: key.check,
    };
  }

  return {
    proof: await verifyDataIntegrity(credential, loader),
    issuerKey: key.check,
  };
}
