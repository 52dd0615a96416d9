import { createHash, randomBytes } from 'node:crypto';

import { CredentialType } from '../src/modules/credentials/credential.entity.js';
import { CredentialIssuer } from '../src/modules/credentials/credential-issuer.service.js';
import { ObScope } from '../src/modules/open-badges-api/scopes.js';
import { createOrganisation, createUser } from './support/accounts.js';
import type { TestApp } from './support/test-app.js';

export const PUBLIC_URL = 'https://learnscape.example.org';
export const REDIRECT_URI = 'https://wallet.example.com/callback';
export const ALL_SCOPES = Object.values(ObScope).join(' ');

export interface RegisteredClient {
  client_id: string;
  client_secret?: string;
  [field: string]: unknown;
}

export function clientMetadata(overrides: Record<string, unknown> = {}) {
  return {
    client_name: 'Example Wallet',
    client_uri: 'https://wallet.example.com/',
    logo_uri: 'https://wallet.example.com/logo.png',
    tos_uri: 'https://wallet.example.com/terms',
    policy_uri: 'https://wallet.example.com/privacy',
    software_id: 'c0ffee00-0000-4000-8000-000000000001',
    software_version: '1.0.0',
    redirect_uris: [REDIRECT_URI],
    token_endpoint_auth_method: 'client_secret_basic',
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    scope: ALL_SCOPES,
    ...overrides,
  };
}

export async function register(
  api: TestApp,
  metadata: Record<string, unknown> = clientMetadata(),
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${api.baseUrl}/api/oauth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(metadata),
  });

  return { status: response.status, body: await response.json() };
}

export function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(48).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');

  return { verifier, challenge };
}

export function authorizeUrl(
  api: TestApp,
  parameters: Record<string, string>,
): string {
  return `${api.baseUrl}/api/oauth/authorize?${new URLSearchParams(parameters)}`;
}

/** Sends a GET without following redirects and returns the Location. */
export async function locationOf(url: string, cookie?: string) {
  const response = await fetch(url, {
    redirect: 'manual',
    headers: cookie === undefined ? {} : { cookie },
  });

  return {
    status: response.status,
    location: response.headers.get('location'),
  };
}

const DECIDE = (
  name: string,
) => `mutation ($input: DecideOAuthAuthorizationInput!) {
  ${name}(input: $input) { redirectUrl }
}`;

export async function decide(
  api: TestApp,
  cookie: string,
  requestId: string,
  approve = true,
) {
  const name = approve ? 'approveOAuthAuthorization' : 'denyOAuthAuthorization';

  return api.graphql<Record<string, { redirectUrl: string }>>(
    DECIDE(name),
    { input: { requestId } },
    { cookie },
  );
}

/** Runs the authorization request and approval; returns the code. */
export async function authorize(
  api: TestApp,
  client: RegisteredClient,
  cookie: string,
  options: { scope?: string; challenge: string; state?: string },
): Promise<string> {
  const { location } = await locationOf(
    authorizeUrl(api, {
      response_type: 'code',
      client_id: client.client_id,
      redirect_uri: REDIRECT_URI,
      scope: options.scope ?? ALL_SCOPES,
      state: options.state ?? 'state-1',
      code_challenge: options.challenge,
      code_challenge_method: 'S256',
    }),
    cookie,
  );
  const requestId = new URL(location!).searchParams.get('request')!;
  const decision = await decide(api, cookie, requestId);
  const redirect = decision.data!.approveOAuthAuthorization!.redirectUrl;

  return new URL(redirect).searchParams.get('code')!;
}

export function basicAuth(client: RegisteredClient): string {
  const pair = `${encodeURIComponent(client.client_id)}:${encodeURIComponent(client.client_secret!)}`;

  return `Basic ${Buffer.from(pair).toString('base64')}`;
}

export async function postForm(
  api: TestApp,
  path: string,
  client: RegisteredClient | null,
  form: Record<string, string>,
) {
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
  };
  if (client !== null) headers.authorization = basicAuth(client);
  const response = await fetch(`${api.baseUrl}${path}`, {
    method: 'POST',
    headers,
    body: new URLSearchParams(form).toString(),
  });
  const text = await response.text();

  return {
    status: response.status,
    headers: response.headers,
    body: (text === '' ? {} : JSON.parse(text)) as Record<string, string>,
  };
}

export async function exchangeCode(
  api: TestApp,
  client: RegisteredClient,
  code: string,
  verifier: string,
) {
  return postForm(api, '/api/oauth/token', client, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: REDIRECT_URI,
    code_verifier: verifier,
  });
}

export function bearer(
  api: TestApp,
  path: string,
  token: string,
  init: RequestInit = {},
): Promise<Response> {
  return fetch(`${api.baseUrl}/ims/ob/v3p0${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, ...(init.headers ?? {}) },
  });
}

/** Issues `count` badges of one organisation to the learner, a day apart. */
export async function issueBadges(
  api: TestApp,
  learner: { id: string; email: string },
  count: number,
): Promise<string[]> {
  const awarder = await createUser(api.dataSource);
  const organisationId = await createOrganisation(api.dataSource, 'provider');
  const [achievement]: { id: string }[] = await api.dataSource.query(
    `INSERT INTO achievements (organisation_id, name, description, criteria_narrative, achievement_type)
     VALUES ($1, 'Bike Mechanic', 'Repairs bikes safely.', 'Repair three bikes.', 'Badge') RETURNING id`,
    [organisationId],
  );
  const issuer = api.app.get(CredentialIssuer);
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const row = await api.dataSource.transaction((manager) =>
      issuer.issue(manager, {
        type: CredentialType.OPEN_BADGE,
        organisationId,
        issuedById: awarder.id,
        achievementId: achievement!.id,
        recipient: { userId: learner.id, email: learner.email },
        validFrom: new Date(Date.UTC(2025, 0, 1 + index)),
      }),
    );
    ids.push(row.id);
  }

  return ids;
}
