/** Base path of the Open Badges 3.0 REST API, fixed by the specification. */
export const OB_API_BASE_PATH = '/ims/ob/v3p0';

const SCOPE_PREFIX = 'https://purl.imsglobal.org/spec/ob/v3p0/scope/';

/** The four Open Badges 3.0 scopes, one per resource operation. */
export const ObScope = {
  CredentialReadonly: `${SCOPE_PREFIX}credential.readonly`,
  CredentialUpsert: `${SCOPE_PREFIX}credential.upsert`,
  ProfileReadonly: `${SCOPE_PREFIX}profile.readonly`,
  ProfileUpdate: `${SCOPE_PREFIX}profile.update`,
} as const;

/**
 * OpenID Connect's scope for refresh tokens. The specification's examples
 * send it beside the Open Badges scopes, so it is accepted and recorded.
 * Refresh tokens go to clients that registered the `refresh_token` grant
 * type, whether or not they ask for this scope.
 */
export const OFFLINE_ACCESS = 'offline_access';

/** Every scope a client may register and request, with its description. */
export const SCOPE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  [ObScope.CredentialReadonly]:
    'Permission to read the badges of the authenticated learner.',
  [ObScope.CredentialUpsert]:
    "Permission to add or replace badges in the authenticated learner's backpack.",
  [ObScope.ProfileReadonly]:
    'Permission to read the profile (name and e-mail address) of the authenticated learner.',
  [ObScope.ProfileUpdate]:
    'Permission to update the name of the authenticated learner.',
  [OFFLINE_ACCESS]:
    'Permission to keep access while the learner is away, through refresh tokens.',
};

export const SUPPORTED_SCOPES = Object.keys(SCOPE_DESCRIPTIONS);

/** Splits a space-separated scope parameter (RFC 6749 section 3.3). */
export function parseScope(raw: string): string[] {
  return [...new Set(raw.split(' ').filter((scope) => scope !== ''))];
}

/** Returns the scopes in `requested` that are not in `allowed`. */
export function scopesOutside(
  requested: readonly string[],
  allowed: readonly string[],
): string[] {
  return requested.filter((scope) => !allowed.includes(scope));
}
