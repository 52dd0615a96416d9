const SCOPE_PREFIX = 'https://purl.imsglobal.org/spec/ob/v3p0/scope/';

/** Keys under `connectedApps.scopes` for the scopes the API knows. */
const KNOWN_SCOPES = [
  'credential.readonly',
  'credential.upsert',
  'profile.readonly',
  'profile.update',
];

/**
 * Returns the translation key of a scope's plain description, or null for
 * a scope without one, whose English description from the API is shown.
 */
export function scopeKey(uri: string): string | null {
  const name = uri.startsWith(SCOPE_PREFIX)
    ? uri.slice(SCOPE_PREFIX.length)
    : uri;
  if (KNOWN_SCOPES.includes(name)) return `connectedApps.scopes.${name}`;
  if (name === 'offline_access') return 'connectedApps.scopes.offline';

  return null;
}
