import { controlCharacterIn } from '../../../common/validation/control-characters.js';
import { parseScope, scopesOutside, SUPPORTED_SCOPES } from '../scopes.js';
import type { NewClient } from './oauth.repository.js';
import { OAuthError } from './oauth-error.js';

export const AUTH_METHODS = [
  'client_secret_basic',
  'client_secret_post',
  'none',
];
export const GRANT_TYPES = ['authorization_code', 'refresh_token'];
const MAX_TEXT = 200;
const MAX_URL = 2000;
const MAX_LIST = 10;
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

type Metadata = Record<string, unknown>;
export type ValidatedClient = Omit<NewClient, 'clientId' | 'clientSecretHash'>;

function invalid(message: string, error = 'invalid_client_metadata'): never {
  throw new OAuthError(error, message);
}

/**
 * Bidirectional formatting characters (Unicode UAX #9): embeddings and
 * overrides U+202A-U+202E, isolates U+2066-U+2069, and the marks U+200E,
 * U+200F and U+061C. In a name shown on the consent page they could
 * reorder the text around it, so that the page names another app.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;

/** The first control or bidirectional formatting character, as U+XXXX. */
function unsafeCharacterIn(value: string): string | null {
  const control = controlCharacterIn(value);
  if (control !== null) return control;
  const bidi = BIDI_CONTROLS.exec(value)?.[0];

  return bidi === undefined
    ? null
    : `U+${bidi.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Rejects text metadata holding a character that could spoof the consent page. */
function checkCharacters(field: string, value: string): void {
  const unsafe = unsafeCharacterIn(value);
  if (unsafe !== null) {
    invalid(
      `${field} contains ${unsafe}, a control or bidirectional formatting character; send plain text without it.`,
    );
  }
}

function text(body: Metadata, field: string): string {
  const value = body[field];
  if (typeof value !== 'string' || value.trim() === '') {
    invalid(
      `${field} is missing; the Open Badges API requires it as a string.`,
    );
  }
  if (value.length > MAX_TEXT) {
    invalid(`${field} must be at most ${MAX_TEXT} characters.`);
  }
  checkCharacters(field, value);

  return value.trim();
}

function parseUrl(raw: unknown, field: string, error: string): URL {
  if (typeof raw !== 'string' || raw.length > MAX_URL || !URL.canParse(raw)) {
    invalid(
      `${field} must be an absolute URL of at most ${MAX_URL} characters.`,
      error,
    );
  }
  const unsafe = unsafeCharacterIn(raw);
  if (unsafe !== null) {
    invalid(
      `${field} contains ${unsafe}, a control or bidirectional formatting character.`,
      error,
    );
  }
  const url = new URL(raw);
  if (url.hash !== '' || raw.includes('#')) {
    invalid(`${field} ${raw} must not contain a fragment.`, error);
  }
  // "https://wallet.example@evil.example/" shows one host and goes to another.
  if (url.username !== '' || url.password !== '') {
    invalid(
      `${field} ${raw} must not contain a user name or password before the host.`,
      error,
    );
  }

  return url;
}

function httpsUrl(body: Metadata, field: string): URL {
  const url = parseUrl(body[field], field, 'invalid_client_metadata');
  if (url.protocol !== 'https:') {
    invalid(`${field} ${String(body[field])} must use https.`);
  }

  return url;
}

/**
 * Checks one redirect URI: https, or plain http to a loopback address for
 * native apps (RFC 8252 section 7.3). It is stored as given, because
 * authorization requests must repeat it exactly.
 */
function redirectUri(raw: unknown): { uri: string; loopback: boolean } {
  const url = parseUrl(raw, 'redirect_uris', 'invalid_redirect_uri');
  const loopback = LOOPBACK_HOSTS.includes(url.hostname);
  if (url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) {
    return { uri: raw as string, loopback };
  }

  return invalid(
    `redirect_uri ${String(raw)} must use https; plain http is allowed only for localhost, 127.0.0.1 and [::1].`,
    'invalid_redirect_uri',
  );
}

function stringList(
  body: Metadata,
  field: string,
  fallback: string[],
): string[] {
  const value = body[field];
  if (value === undefined) return fallback;
  if (
    !Array.isArray(value) ||
    value.length > MAX_LIST ||
    !value.every((item) => typeof item === 'string' && item.length <= MAX_URL)
  ) {
    invalid(`${field} must be an array of at most ${MAX_LIST} strings.`);
  }
  for (const item of value as string[]) checkCharacters(field, item);

  return [...new Set(value as string[])];
}

function checkAllowed(
  field: string,
  values: string[],
  allowed: string[],
): void {
  const unknown = values.filter((value) => !allowed.includes(value));
  if (unknown.length > 0) {
    invalid(
      `${field} ${unknown.join(', ')} is not supported; use ${allowed.join(' or ')}.`,
    );
  }
}

function scopes(body: Metadata): string[] {
  if (typeof body.scope !== 'string' || body.scope.trim() === '') {
    invalid(`scope is missing; list some of: ${SUPPORTED_SCOPES.join(' ')}.`);
  }
  const requested = parseScope(body.scope);
  const unknown = scopesOutside(requested, SUPPORTED_SCOPES);
  if (unknown.length > 0) {
    invalid(
      `scope ${unknown.join(' ')} is not supported; use some of: ${SUPPORTED_SCOPES.join(' ')}.`,
    );
  }

  return requested;
}

function redirectUris(body: Metadata): { uri: string; loopback: boolean }[] {
  const raw = body.redirect_uris;
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > MAX_LIST) {
    invalid(
      `redirect_uris must be an array of 1 to ${MAX_LIST} URLs.`,
      'invalid_redirect_uri',
    );
  }

  return raw.map(redirectUri);
}

function authMethod(body: Metadata): string {
  const method = body.token_endpoint_auth_method ?? 'client_secret_basic';
  if (typeof method !== 'string' || !AUTH_METHODS.includes(method)) {
    invalid(
      `token_endpoint_auth_method must be one of ${AUTH_METHODS.join(', ')}.`,
    );
  }

  return method;
}

/**
 * Checks a registration request against RFC 7591 and the Open Badges 3.0
 * rules: the listed fields are required, URLs use https, and they share
 * one hostname. Loopback redirect URIs of native apps are exempt from the
 * hostname rule.
 */
export function validateClientMetadata(body: unknown): ValidatedClient {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    invalid('The registration request must be a JSON object.');
  }
  const metadata = body as Metadata;
  const pages = ['client_uri', 'logo_uri', 'tos_uri', 'policy_uri'].map(
    (field) => httpsUrl(metadata, field),
  );
  const redirects = redirectUris(metadata);
  const hosts = new Set([
    ...pages.map((url) => url.hostname),
    ...redirects.filter((r) => !r.loopback).map((r) => new URL(r.uri).hostname),
  ]);
  if (hosts.size > 1) {
    invalid(
      `client_uri, logo_uri, tos_uri, policy_uri and https redirect_uris must share one hostname; found ${[...hosts].join(', ')}.`,
    );
  }
  const grantTypes = stringList(metadata, 'grant_types', [
    'authorization_code',
  ]);
  checkAllowed('grant_types', grantTypes, GRANT_TYPES);
  if (!grantTypes.includes('authorization_code')) {
    invalid('grant_types must include authorization_code.');
  }
  checkAllowed(
    'response_types',
    stringList(metadata, 'response_types', ['code']),
    ['code'],
  );

  return {
    clientName: text(metadata, 'client_name'),
    clientUri: metadata.client_uri as string,
    logoUri: metadata.logo_uri as string,
    tosUri: metadata.tos_uri as string,
    policyUri: metadata.policy_uri as string,
    softwareId: text(metadata, 'software_id'),
    softwareVersion: text(metadata, 'software_version'),
    redirectUris: redirects.map((r) => r.uri),
    scopes: scopes(metadata),
    grantTypes,
    tokenEndpointAuthMethod: authMethod(metadata),
    contacts: stringList(metadata, 'contacts', []),
  };
}
