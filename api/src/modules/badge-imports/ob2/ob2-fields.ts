import {
  asArray,
  isObject,
  type JsonObject,
  stringOrNull,
} from '../../verification/checks/credential-fields.js';

/** The id of a value that is an IRI or an object with an `id`. */
export function idOf(value: unknown): string | null {
  if (typeof value === 'string') return value;

  return isObject(value) ? stringOrNull(value.id) : null;
}

export function typesOf(value: JsonObject): string[] {
  return asArray(value.type).filter((item) => typeof item === 'string');
}

/** The verification type, normalised: `hosted` or `signed`, or null. */
export function verificationTypeOf(assertion: JsonObject): string | null {
  const verification = isObject(assertion.verification)
    ? assertion.verification
    : isObject(assertion.verify)
      ? assertion.verify
      : null;
  const type = String(verification?.type ?? '').toLowerCase();
  if (type === 'hosted' || type === 'hostedbadge') return 'hosted';
  if (type === 'signed' || type === 'signedbadge') return 'signed';

  return null;
}

/** `verification.creator` (2.0) or `verify.url` (1.1) of a signed assertion. */
export function creatorOf(assertion: JsonObject): string | null {
  const verification = isObject(assertion.verification)
    ? assertion.verification
    : isObject(assertion.verify)
      ? assertion.verify
      : null;

  return stringOrNull(verification?.creator) ?? stringOrNull(verification?.url);
}

/** The hosted URL: the assertion's id, or `verify.url` of older assertions. */
export function hostedUrlOf(assertion: JsonObject): string | null {
  const id = stringOrNull(assertion.id);
  if (id !== null && /^https?:\/\//i.test(id)) return id;
  const verify = isObject(assertion.verify) ? assertion.verify : null;

  return stringOrNull(verify?.url);
}

/** A date of an assertion: ISO 8601 text or a Unix time in seconds. */
export function ob2Date(value: unknown): Date | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    return new Date(value * 1000);
  }
  if (typeof value !== 'string') return null;
  const date = /^\d+$/.test(value)
    ? new Date(Number(value) * 1000)
    : new Date(value);

  return Number.isNaN(date.getTime()) ? null : date;
}
