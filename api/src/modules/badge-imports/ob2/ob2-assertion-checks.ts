import { isDeepStrictEqual } from 'node:util';

import {
  asArray,
  isObject,
  type JsonObject,
  stringOrNull,
} from '../../verification/checks/credential-fields.js';
import {
  failed,
  passed,
  skipped,
  type VerificationCheck,
  VerificationCheckName as Check,
} from '../../verification/verification-result.js';
import type { ReadImport } from '../input/read-import.js';
import type { Loaded } from './ob2-documents.js';
import { idOf, verificationTypeOf } from './ob2-fields.js';

/** Fields a hosted assertion must have unchanged from what was imported. */
type Ob2Read = Extract<ReadImport, { version: 'ob2' }>;

const COMPARED_FIELDS = ['id', 'recipient', 'badge', 'issuedOn', 'expires'];

export interface AssertionSource {
  assertion: JsonObject | null;
  url: string | null;
  revoked: boolean;
  hosted: VerificationCheck;
}

export function describeRead(read: Ob2Read): string {
  if (read.kind === 'jws') return 'signed assertion (JWS)';

  return read.kind === 'url' ? 'hosted assertion URL' : 'assertion (JSON)';
}

export function revokedCheck(reason: string | null) {
  return {
    check: failed(
      Check.STATUS,
      `The issuer has revoked this badge${reason ? `: ${reason}` : '.'}`,
    ),
    revoked: true,
  };
}

export function compareHosted(
  url: string,
  loaded: Loaded,
  given: JsonObject | null,
): AssertionSource {
  if (!loaded.ok) {
    const revoked = loaded.status === 410;
    const reason = stringOrNull(loaded.body?.revocationReason);

    return {
      assertion: given,
      url,
      revoked,
      hosted: failed(
        Check.HOSTED,
        revoked && reason !== null
          ? `${loaded.reason} Reason: ${reason}`
          : loaded.reason,
      ),
    };
  }
  const served = loaded.document;
  if (idOf(served) !== url) {
    return {
      assertion: given,
      url,
      revoked: false,
      hosted: failed(
        Check.HOSTED,
        `The document at ${url} has the id ${String(idOf(served))}; a hosted assertion's id must be its own URL.`,
      ),
    };
  }
  const changed =
    given === null
      ? []
      : COMPARED_FIELDS.filter(
          (field) =>
            !isDeepStrictEqual(
              normalise(given[field]),
              normalise(served[field]),
            ),
        );
  if (changed.length > 0) {
    return {
      assertion: given,
      url,
      revoked: false,
      hosted: failed(
        Check.HOSTED,
        `The assertion differs from the one the issuer serves at ${url} in: ${changed.join(', ')}.`,
      ),
    };
  }

  return {
    assertion: served,
    url,
    revoked: false,
    hosted: passed(Check.HOSTED, `The issuer serves this assertion at ${url}.`),
  };
}

/** Compares a badge reference by id, whether it is an IRI or an object. */
function normalise(value: unknown): unknown {
  return isObject(value) &&
    typeof value.id === 'string' &&
    !('identity' in value)
    ? value.id
    : value;
}

/**
 * A hosted assertion must be on the issuer's origin, unless the issuer's
 * `verification` allows other hosts (`allowedOrigins`) or URL prefixes
 * (`startsWith`). Returns why not, or null.
 */
export function checkHostedOrigin(
  hostedUrl: string,
  issuer: JsonObject,
  issuerUrl: string,
): string | null {
  const policy = isObject(issuer.verification) ? issuer.verification : {};
  const hosted = new URL(hostedUrl);
  const origins = asArray(policy.allowedOrigins).filter(
    (item) => typeof item === 'string',
  );
  const prefixes = asArray(policy.startsWith).filter(
    (item) => typeof item === 'string',
  );
  if (origins.length === 0 && prefixes.length === 0) {
    return hosted.origin === new URL(issuerUrl).origin
      ? null
      : `The assertion is hosted at ${hosted.origin}, but the issuer is at ${new URL(issuerUrl).origin} and allows no other origin.`;
  }
  const allowed =
    origins.includes(hosted.host) ||
    prefixes.some((prefix) => hostedUrl.startsWith(prefix));

  return allowed
    ? null
    : `The assertion is hosted at ${hostedUrl}, which the issuer's allowedOrigins and startsWith do not allow.`;
}

export function notRead(
  hosted: VerificationCheck,
  revoked: boolean,
): VerificationCheck[] {
  const reason = revoked
    ? 'Not checked, because the issuer revoked the assertion.'
    : 'Not checked, because the assertion could not be read.';

  return [
    skipped(Check.STRUCTURE, reason),
    hosted,
    ...[
      Check.PROOF,
      Check.ISSUER_KEY,
      Check.BADGE_CLASS,
      Check.ISSUER_PROFILE,
    ].map((name) => skipped(name, reason)),
    revoked
      ? failed(
          Check.STATUS,
          `The issuer has revoked this badge. ${hosted.message}`,
        )
      : skipped(Check.STATUS, reason),
    ...[Check.VALID_FROM, Check.VALID_UNTIL, Check.RECIPIENT].map((name) =>
      skipped(name, reason),
    ),
  ];
}

export function checkStructure(assertion: JsonObject): VerificationCheck {
  const missing = ['recipient', 'badge', 'issuedOn'].filter(
    (field) => assertion[field] === undefined,
  );
  if (verificationTypeOf(assertion) === null) missing.push('verification');

  return missing.length === 0
    ? passed(
        Check.STRUCTURE,
        'The assertion has its recipient, badge, issue date and verification.',
      )
    : failed(
        Check.STRUCTURE,
        `The assertion is missing: ${missing.join(', ')}.`,
      );
}
