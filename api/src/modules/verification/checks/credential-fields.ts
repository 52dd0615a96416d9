/** Reads the fields of a credential that checks and results share. */

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A JSON-LD value that may be one item or an array, as an array. */
export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];

  return Array.isArray(value) ? value : [value];
}

export function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** The issuer's id, whether `issuer` is a URI or a Profile object. */
export function issuerIdOf(credential: JsonObject): string | null {
  const issuer = credential.issuer;
  if (typeof issuer === 'string') return issuer;

  return isObject(issuer) ? stringOrNull(issuer.id) : null;
}

export function issuerNameOf(credential: JsonObject): string | null {
  const issuer = credential.issuer;

  return isObject(issuer) ? stringOrNull(issuer.name) : null;
}

/** The first credential subject; VC 2.0 allows several, OB uses one. */
export function subjectOf(credential: JsonObject): JsonObject | null {
  const subject = asArray(credential.credentialSubject)[0];

  return isObject(subject) ? subject : null;
}

export function achievementOf(credential: JsonObject): JsonObject | null {
  const achievement = subjectOf(credential)?.achievement;

  return isObject(achievement) ? achievement : null;
}

/** Parses an XML Schema dateTime; null when absent or not a date. */
export function dateOf(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const date = new Date(value);

  return Number.isNaN(date.getTime()) ? null : date;
}

/** `validFrom`, or `issuanceDate` for a VC 1.1 credential. */
export function validFromOf(credential: JsonObject): unknown {
  return credential.validFrom ?? credential.issuanceDate;
}

/** `validUntil`, or `expirationDate` for a VC 1.1 credential. */
export function validUntilOf(credential: JsonObject): unknown {
  return credential.validUntil ?? credential.expirationDate;
}
