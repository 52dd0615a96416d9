import { compactVerify, decodeProtectedHeader, importSPKI } from 'jose';

import {
  asArray,
  isObject,
  type JsonObject,
  stringOrNull,
} from '../../verification/checks/credential-fields.js';
import {
  failed,
  passed,
  type VerificationCheck,
  VerificationCheckName,
} from '../../verification/verification-result.js';
import type { SafeFetcher } from '../safe-fetch/safe-fetcher.js';
import { loadJson } from './ob2-documents.js';
import { creatorOf, idOf, typesOf } from './ob2-fields.js';

/** Algorithms accepted for Open Badges 2.0 signed assertions. */
const ALGORITHMS = ['RS256', 'ES256'];

export interface SignatureChecks {
  proof: VerificationCheck;
  issuerKey: VerificationCheck;
}

/**
 * Checks a signed assertion: loads the CryptographicKey that
 * `verification.creator` names, requires the issuer to own it (its `owner`
 * is the issuer, and the issuer's `publicKey` lists it when present), and
 * verifies the JWS against its `publicKeyPem`.
 */
export async function checkSignature(
  fetcher: SafeFetcher,
  token: string,
  assertion: JsonObject,
  issuer: JsonObject | null,
): Promise<SignatureChecks> {
  const keyUrl = creatorOf(assertion);
  if (keyUrl === null) {
    return keyFailed(
      'The signed assertion names no key (verification.creator), so its signature cannot be checked.',
    );
  }
  const loaded = await loadJson(fetcher, keyUrl);
  if (!loaded.ok)
    return keyFailed(`The signing key could not be loaded. ${loaded.reason}`);
  const key = loaded.document;
  const ownership = checkOwnership(key, keyUrl, issuer);
  if (ownership !== null) return keyFailed(ownership);
  const issuerKey = passed(
    VerificationCheckName.ISSUER_KEY,
    `The signing key ${keyUrl} belongs to the issuer ${idOf(issuer) ?? ''}.`,
  );

  return { proof: await verifyJws(token, key), issuerKey };
}

function checkOwnership(
  key: JsonObject,
  keyUrl: string,
  issuer: JsonObject | null,
): string | null {
  if (key.id !== undefined && key.id !== keyUrl) {
    return `The key document at ${keyUrl} has the id ${String(key.id)}; they must be equal.`;
  }
  if (issuer === null) {
    return 'The issuer Profile could not be loaded, so the key owner cannot be confirmed.';
  }
  const issuerId = idOf(issuer);
  if (stringOrNull(key.owner) !== issuerId) {
    return `The signing key ${keyUrl} is owned by ${String(key.owner ?? 'nobody')}, not by the issuer ${issuerId ?? '(no id)'}.`;
  }
  const listed = asArray(issuer.publicKey).map(idOf);
  if (listed.length > 0 && !listed.includes(keyUrl)) {
    return `The issuer ${issuerId} does not list the key ${keyUrl} under publicKey.`;
  }

  return null;
}

async function verifyJws(
  token: string,
  key: JsonObject,
): Promise<VerificationCheck> {
  const pem = stringOrNull(key.publicKeyPem);
  if (pem === null) {
    return failed(
      VerificationCheckName.PROOF,
      'The signing key has no publicKeyPem.',
    );
  }
  const alg = String(decodeProtectedHeader(token).alg ?? '');
  if (!ALGORITHMS.includes(alg)) {
    return failed(
      VerificationCheckName.PROOF,
      `The JWS uses the algorithm "${alg}"; only ${ALGORITHMS.join(' and ')} are accepted.`,
    );
  }
  try {
    await compactVerify(token, await importSPKI(pem, alg), {
      algorithms: [alg],
    });
  } catch {
    return failed(
      VerificationCheckName.PROOF,
      "The signature does not match the issuer's key: the assertion was changed or signed with another key.",
    );
  }

  return passed(
    VerificationCheckName.PROOF,
    `The ${alg} signature of the assertion holds.`,
  );
}

function keyFailed(message: string): SignatureChecks {
  return {
    proof: failed(
      VerificationCheckName.PROOF,
      'The signature was not checked, because the signing key is not trusted; ISSUER_KEY says why.',
    ),
    issuerKey: failed(VerificationCheckName.ISSUER_KEY, message),
  };
}

/**
 * Looks the assertion up in the issuer's RevocationList, matching
 * `revokedAssertions` entries by id or by uid. Returns the revocation
 * reason (possibly empty) when listed, null when not, or a failure text.
 */
export async function findInRevocationList(
  fetcher: SafeFetcher,
  issuer: JsonObject,
  assertion: JsonObject,
): Promise<{ revoked: string | null } | { error: string } | null> {
  const listUrl = idOf(issuer.revocationList);
  if (listUrl === null) return null;
  const loaded = await loadJson(fetcher, listUrl);
  if (!loaded.ok) {
    return {
      error: `The issuer's revocation list could not be loaded. ${loaded.reason}`,
    };
  }
  if (!typesOf(loaded.document).includes('RevocationList')) {
    return { error: `${listUrl} is not a RevocationList.` };
  }
  const ids = [stringOrNull(assertion.id), stringOrNull(assertion.uid)].filter(
    (value) => value !== null,
  );
  for (const entry of asArray(loaded.document.revokedAssertions)) {
    const entryId = isObject(entry)
      ? (stringOrNull(entry.id) ?? stringOrNull(entry.uid))
      : stringOrNull(entry);
    if (entryId !== null && ids.includes(entryId)) {
      return {
        revoked: isObject(entry)
          ? (stringOrNull(entry.revocationReason) ?? '')
          : '',
      };
    }
  }

  return { revoked: null };
}
