import {
  calculateJwkThumbprint,
  compactVerify,
  importJWK,
  type JWK,
  type ProtectedHeaderParameters,
} from 'jose';

import type { DocumentLoader } from '../../credentials/jsonld/document-loader.js';
import { MAX_JSON_DEPTH } from '../json-depth.js';
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
import {
  claimMismatches,
  credentialOfPayload,
  headerProblem,
  keyTypeProblem,
  readCredential,
  readHeader,
  readPayload,
} from './jwt-rules.js';

const PROOF = VerificationCheckName.PROOF;
const ISSUER_KEY = VerificationCheckName.ISSUER_KEY;

export interface JwtChecks {
  /** The credential from the payload; null when it could not be read. */
  credential: JsonObject | null;
  proof: VerificationCheck;
  issuerKey: VerificationCheck;
}

interface KeyLookup {
  jwk: JWK | null;
  issuerKey: VerificationCheck;
}

async function keyFromKid(
  loader: DocumentLoader,
  kid: string,
  issuerId: string | null,
): Promise<KeyLookup> {
  const key = await resolveIssuerKey(loader, kid, issuerId);
  const jwk = key.method?.publicKeyJwk;
  if (key.method !== null && !isObject(jwk)) {
    return {
      jwk: null,
      issuerKey: failed(
        ISSUER_KEY,
        `The key ${kid} has no publicKeyJwk, so it cannot verify a VC-JWT.`,
      ),
    };
  }

  return { jwk: (jwk as JWK | undefined) ?? null, issuerKey: key.check };
}

/**
 * Accepts a key embedded in the header only when the issuer's own DID
 * document lists the same key, because anyone can embed a key.
 */
async function keyFromHeader(
  loader: DocumentLoader,
  jwk: JWK,
  issuerId: string | null,
): Promise<KeyLookup> {
  const thumbprint = await calculateJwkThumbprint(jwk);
  let issuerDocument: unknown;
  try {
    issuerDocument =
      issuerId === null ? null : (await loader(issuerId)).document;
  } catch {
    issuerDocument = null;
  }
  const methods = isObject(issuerDocument)
    ? asArray(issuerDocument.verificationMethod)
    : [];
  for (const method of methods.filter(isObject)) {
    if (
      isObject(method.publicKeyJwk) &&
      (await calculateJwkThumbprint(method.publicKeyJwk as JWK)) === thumbprint
    ) {
      return {
        jwk,
        issuerKey: passed(
          ISSUER_KEY,
          `The embedded key is published by the issuer ${issuerId} as ${String(method.id)}.`,
        ),
      };
    }
  }

  return {
    jwk,
    issuerKey: failed(
      ISSUER_KEY,
      `The token carries its own key (jwk header), and the issuer ${issuerId ?? '(none named)'} does not publish that key.`,
    ),
  };
}

async function findKey(
  loader: DocumentLoader,
  header: ProtectedHeaderParameters,
  issuerId: string | null,
): Promise<KeyLookup | string> {
  if (typeof header.kid === 'string')
    return keyFromKid(loader, header.kid, issuerId);
  if (isObject(header.jwk)) {
    if ('d' in header.jwk) {
      return 'The token\'s jwk header contains a private key ("d"); it is rejected, and that key must be treated as leaked.';
    }

    return keyFromHeader(loader, header.jwk as JWK, issuerId);
  }

  return 'The VC-JWT header has neither "kid" nor "jwk", so there is no key to verify it with.';
}

function rejected(
  message: string,
  credential: JsonObject | null = null,
): JwtChecks {
  return {
    credential,
    proof: failed(PROOF, message),
    issuerKey: skipped(
      ISSUER_KEY,
      'The key was not looked up because the token was rejected first.',
    ),
  };
}

/** Verifies a VC-JWT (compact JWS, ES256 or RS256) and the claims it carries. */
export async function checkVcJwt(
  token: string,
  loader: DocumentLoader,
): Promise<JwtChecks> {
  const header = readHeader(token);
  if (typeof header === 'string') return rejected(header);
  const problem = headerProblem(header);
  if (problem !== null) return rejected(problem, readCredential(token));
  const alg = header.alg!;
  const payload = readPayload(token);
  if (payload === null) {
    return rejected(
      `The VC-JWT payload is not a JSON object nested at most ${MAX_JSON_DEPTH} levels deep.`,
    );
  }
  const credential = credentialOfPayload(payload);
  const key = await findKey(loader, header, issuerIdOf(credential));
  if (typeof key === 'string') return rejected(key, credential);
  if (key.jwk === null) {
    return {
      credential,
      proof: skipped(
        PROOF,
        'The signature could not be checked because its key could not be resolved.',
      ),
      issuerKey: key.issuerKey,
    };
  }
  const mismatch = keyTypeProblem(key.jwk, alg);
  if (mismatch !== null) {
    return {
      credential,
      proof: failed(PROOF, mismatch),
      issuerKey: key.issuerKey,
    };
  }
  try {
    await compactVerify(token, await importJWK(key.jwk, alg), {
      algorithms: [alg],
    });
  } catch (error) {
    return {
      credential,
      proof: failed(
        PROOF,
        `The VC-JWT signature is not valid, so the token may have been changed after signing (${(error as Error).message}).`,
      ),
      issuerKey: key.issuerKey,
    };
  }
  const mismatches = claimMismatches(payload, credential);
  if (mismatches.length > 0) {
    return {
      credential,
      proof: failed(
        PROOF,
        `The VC-JWT signature is valid, but its claims do not match the credential: ${mismatches.join('; ')}.`,
      ),
      issuerKey: key.issuerKey,
    };
  }

  return {
    credential,
    proof: passed(
      PROOF,
      `The ${alg} VC-JWT signature is valid and its claims match the credential.`,
    ),
    issuerKey: key.issuerKey,
  };
}
