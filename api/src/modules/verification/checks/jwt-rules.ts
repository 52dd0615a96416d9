import {
  decodeProtectedHeader,
  type JWK,
  type ProtectedHeaderParameters,
} from 'jose';

import { jsonDepthOverLimit } from '../json-depth.js';
import {
  dateOf,
  isObject,
  issuerIdOf,
  type JsonObject,
  subjectOf,
  validFromOf,
  validUntilOf,
} from './credential-fields.js';

/**
 * Algorithms accepted, each with the key type it needs: RS256, the minimum
 * Open Badges 3.0 requires of verifiers, and ES256, which this site signs
 * with. `none`, HMAC and every other algorithm are rejected.
 */
export const KEY_TYPES: Record<string, { kty: string; crv?: string }> = {
  ES256: { kty: 'EC', crv: 'P-256' },
  RS256: { kty: 'RSA' },
};
export const ALGORITHMS = Object.keys(KEY_TYPES);

/** The only JOSE header parameters Open Badges 3.0 allows in a VC-JWT. */
const ALLOWED_HEADERS = ['alg', 'kid', 'jwk', 'typ'];

export function readHeader(token: string): ProtectedHeaderParameters | string {
  try {
    return decodeProtectedHeader(token);
  } catch {
    return 'The VC-JWT header is not valid base64url-encoded JSON.';
  }
}

/** Decodes the payload without trusting it, to find the credential. */
export function readPayload(token: string): JsonObject | null {
  try {
    const json = Buffer.from(token.split('.')[1] ?? '', 'base64url').toString(
      'utf8',
    );
    const payload: unknown = JSON.parse(json);

    // A payload nested past the limit is treated as unreadable, because
    // the checks that follow recurse over it.
    return isObject(payload) && jsonDepthOverLimit(payload) === null
      ? payload
      : null;
  } catch {
    return null;
  }
}

/** Reads the credential of a token's payload, or null when there is none. */
export function readCredential(token: string): JsonObject | null {
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

/** Says what is wrong with a header, or returns null when it is acceptable. */
export function headerProblem(
  header: ProtectedHeaderParameters,
): string | null {
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
export function keyTypeProblem(jwk: JWK, alg: string): string | null {
  const required = KEY_TYPES[alg]!;
  if (jwk.kty === required.kty && (required.crv ?? jwk.crv) === jwk.crv) {
    return null;
  }
  const found = [jwk.kty, jwk.crv].filter(Boolean).join(' ') || 'no type';
  const expected = [required.kty, required.crv].filter(Boolean).join(' ');

  return `The token is signed with ${alg}, which needs an ${expected} key, but its key is ${found}.`;
}
