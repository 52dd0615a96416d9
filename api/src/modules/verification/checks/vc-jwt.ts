import {
  calculateJwkThumbprint,
  compactVerify,
  decodeProtectedHeader,
  importJWK,
  type JWK,
  type ProtectedHeaderParameters,
} from 'jose';

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
  dateOf,
  isObject,
  issuerIdOf,
  type JsonObject,
  subjectOf,
  validFromOf,
  validUntilOf,
} from './credential-fields.js';
import { resolveIssuerKey } from './issuer-key.js';

const PROOF = VerificationCheckName.PROOF;
const ISSUER_KEY = VerificationCheckName.ISSUER_KEY;

/**
 * Algorithms accepted, each with the key type it needs: RS256, the minimum
 * Open Badges 3.0 requires of verifiers, and ES256, which this site signs
 * with. `none`, HMAC and every other algorithm are rejected.
 */
const KEY_TYPES: Record<string, { kty: string; crv?: string }> = {
  ES256: { kty: 'EC', crv: 'P-256' },
  RS256: { kty: 'RSA' },
};
const ALGORITHMS = Object.keys(KEY_TYPES);

/** The only JOSE header parameters Open Badges 3.0 allows in a VC-JWT. */
const ALLOWED_HEADERS = ['alg', 'kid', 'jwk', 'typ'];

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

function readHeader(token: string): ProtectedHeaderParameters | string {
  try {
    return decodeProtectedHeader(token);
  } catch {
    return 'The VC-JWT header is not valid base64url-encoded JSON.';
  }
}

/** Decodes the payload without trusting it, to find the credential. */
function readPayload(token: string): JsonObject | null {
  try {
    const json = Buffer.from(token.split('.')[1] ?? '', 'base64url').toString(
      'utf8',
    );
    const payload: unknown = JSON.parse(json);

    return isObject(payload) ? payload : null;
  } catch {
    return null;
  }
}

/** Reads the credential of a token's payload, or null when there is none. */
function readCredential(token: string): JsonObject | null {
  const payload = readPayload(token);

  return payload === null ? null : credentialOfPayload(payload);
}

/** Registered JWT claims (RFC 7519 section 4.1), which are not credential terms. */
const JWT_CLAIMS = ['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti'];

/**
 * Returns the credential inside a payload: its `vc` claim (VC 1.1 style), or the
 * payload without the JWT claims. Open Badges adds embedded proofs before
 * the claims, so the claims must go before that proof is checked.
 */
export function credentialOfPayload(payload: JsonObject): JsonObject {
  if (isObject(payload.vc)) return payload.vc;

  return Object.fromEntries(
    Object.entries(payload).filter(([name]) => !JWT_CLAIMS.includes(name)),
  );
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

function numericDate(value: unknown): Date | null {
  return typeof value === 'number' && Number.isFinite(value)
    ? new Date(value * 1000)
    : null;
}

function sameSecond(a: Date | null, b: Date | null): boolean {
  return (
    a !== null &&
    b !== null &&
    Math.floor(a.getTime() / 1000) === Math.floor(b.getTime() / 1000)
  );
}

/**
 * Compares the JWT claims with the credential they carry, as the Open
 * Badges VC-JWT rules require: iss = issuer.id, jti = id, sub =
 * credentialSubject.id, nbf = validFrom and, when present, exp = validUntil.
 */
export function claimMismatches(
  payload: JsonObject,
  credential: JsonObject,
): string[] {
  const problems: string[] = [];
  const expect = (claim: string, actual: unknown, wanted: unknown) => {
    if (actual !== wanted) {
      problems.push(
        `"${claim}" is ${JSON.stringify(actual)} but the credential has ${JSON.stringify(wanted)}`,
      );
    }
  };
  expect('iss', payload.iss, issuerIdOf(credential));
  expect('jti', payload.jti, credential.id);
  const subjectId = subjectOf(credential)?.id;
  if (payload.sub !== undefined || subjectId !== undefined)
    expect('sub', payload.sub, subjectId);
  if (!sameSecond(numericDate(payload.nbf), dateOf(validFromOf(credential)))) {
    problems.push(
      `"nbf" does not equal validFrom ${JSON.stringify(validFromOf(credential))}`,
    );
  }
  const until = validUntilOf(credential);
  if (
    payload.exp !== undefined &&
    !sameSecond(numericDate(payload.exp), dateOf(until))
  ) {
    problems.push(
      `"exp" does not equal validUntil ${JSON.stringify(until ?? null)}`,
    );
  }

  return problems;
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

/** Says what is wrong with a header, or returns null when it is acceptable. */
function headerProblem(header: ProtectedHeaderParameters): string | null {
  const extra = Object.keys(header).filter(
    (name) => !ALLOWED_HEADERS.includes(name),
  );
  if (extra.length > 0) {
    return `The token's header has ${extra.map((name) => JSON.stringify(name)).join(', ')}; Open Badges allows no header parameters other than alg, kid, jwk and typ.`;
  }
  if (typeof header.alg !== 'string' || !(header.alg in KEY_TYPES)) {
    return `The token's algorithm is ${JSON.stringify(header.alg ?? null)}; only ${ALGORITHMS.join(' and ')} are accepted.`;
  }
  if (header.typ !== undefined && header.typ !== 'JWT') {
    return `The token's "typ" is ${JSON.stringify(header.typ)}; it must be "JWT" when present.`;
  }

  return null;
}

/** Says why `jwk` cannot verify an `alg` token, or returns null when it can. */
function keyTypeProblem(jwk: JWK, alg: string): string | null {
  const required = KEY_TYPES[alg]!;
  if (jwk.kty === required.kty && (required.crv ?? jwk.crv) === jwk.crv) {
    return null;
  }
  const found = [jwk.kty, jwk.crv].filter(Boolean).join(' ') || 'no type';
  const expected = [required.kty, required.crv].filter(Boolean).join(' ');

  return `The token is signed with ${alg}, which needs an ${expected} key, but its key is ${found}.`;
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
    return rejected('The VC-JWT payload is not a JSON object.');
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
