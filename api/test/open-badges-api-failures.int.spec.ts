import { ObScope } from '../src/modules/open-badges-api/scopes.js';
import {
  ALL_SCOPES,
  authorize,
  authorizeUrl,
  bearer,
  clientMetadata,
  decide,
  exchangeCode,
  locationOf,
  pkce,
  postForm,
  PUBLIC_URL,
  REDIRECT_URI,
  register,
  type RegisteredClient,
} from './open-badges-api-helpers.js';
import { createUser, type TestUser } from './support/accounts.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('Open Badges API failures', () => {
  let api: TestApp;
  let client: RegisteredClient;
  let learner: TestUser;

  beforeAll(async () => {
    api = await startTestApp({ PUBLIC_URL });
    client = (await register(api)).body as RegisteredClient;
    learner = await createUser(api.dataSource);
  });

  afterAll(async () => {
    await api?.close();
  });

  async function tokenFor(user: TestUser, scope = ALL_SCOPES) {
    const { verifier, challenge } = pkce();
    const code = await authorize(api, client, user.cookie, {
      scope,
      challenge,
    });
    const response = await exchangeCode(api, client, code, verifier);

    return response.body.access_token!;
  }

  it('rejects a wrong code_verifier', async () => {
    const { challenge } = pkce();
    const code = await authorize(api, client, learner.cookie, { challenge });
    const response = await exchangeCode(api, client, code, pkce().verifier);
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('invalid_grant');
    expect(response.body.error_description).toMatch(/code_verifier/);
  });

  it('rejects a reused code and revokes its tokens', async () => {
    const { verifier, challenge } = pkce();
    const code = await authorize(api, client, learner.cookie, { challenge });
    const first = await exchangeCode(api, client, code, verifier);
    expect(first.status).toBe(200);
    const second = await exchangeCode(api, client, code, verifier);
    expect(second.status).toBe(400);
    expect(second.body.error).toBe('invalid_grant');
    const response = await bearer(api, '/profile', first.body.access_token!);
    expect(response.status).toBe(401);
  });

  it('rejects an expired code', async () => {
    const { verifier, challenge } = pkce();
    const code = await authorize(api, client, learner.cookie, { challenge });
    await api.dataSource.query(
      `UPDATE oauth_authorization_requests SET expires_at = now() - interval '1 second'
        WHERE code_hash IS NOT NULL AND used_at IS NULL`,
    );
    const response = await exchangeCode(api, client, code, verifier);
    expect(response.status).toBe(400);
    expect(response.body.error_description).toMatch(/expired/);
  });

  it('rejects a redirect_uri mismatch at the token endpoint', async () => {
    const { verifier, challenge } = pkce();
    const code = await authorize(api, client, learner.cookie, { challenge });
    const response = await postForm(api, '/api/oauth/token', client, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: 'https://wallet.example.com/other',
      code_verifier: verifier,
    });
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('invalid_grant');
  });

  it('never redirects to an unregistered redirect_uri', async () => {
    const { challenge } = pkce();
    const { status, location } = await locationOf(
      authorizeUrl(api, {
        response_type: 'code',
        client_id: client.client_id,
        redirect_uri: 'https://evil.example/callback',
        scope: ALL_SCOPES,
        state: 's',
        code_challenge: challenge,
        code_challenge_method: 'S256',
      }),
      learner.cookie,
    );
    expect(status).toBe(302);
    expect(location).toBe(
      `${PUBLIC_URL}/oauth/consent?error=invalid_redirect_uri`,
    );
  });

  it('shows an unknown client on the consent page', async () => {
    const { location } = await locationOf(
      authorizeUrl(api, { response_type: 'code', client_id: 'nobody' }),
      learner.cookie,
    );
    expect(location).toBe(`${PUBLIC_URL}/oauth/consent?error=invalid_client`);
  });

  it('redirects request errors to the client with state', async () => {
    const base = {
      response_type: 'code',
      client_id: client.client_id,
      redirect_uri: REDIRECT_URI,
      scope: ALL_SCOPES,
      state: 'st',
      code_challenge: pkce().challenge,
      code_challenge_method: 'S256',
    };
    const cases: [Record<string, string>, string][] = [
      [{ code_challenge_method: 'plain' }, 'invalid_request'],
      [{ code_challenge: 'short' }, 'invalid_request'],
      [{ response_type: 'token' }, 'unsupported_response_type'],
      [{ scope: 'https://example.org/other' }, 'invalid_scope'],
    ];
    for (const [change, error] of cases) {
      const { location } = await locationOf(
        authorizeUrl(api, { ...base, ...change }),
        learner.cookie,
      );
      const url = new URL(location!);
      expect(`${url.origin}${url.pathname}`).toBe(REDIRECT_URI);
      expect(url.searchParams.get('error')).toBe(error);
      expect(url.searchParams.get('state')).toBe('st');
    }
  });

  it('sends access_denied when the learner denies', async () => {
    const { location } = await locationOf(
      authorizeUrl(api, {
        response_type: 'code',
        client_id: client.client_id,
        redirect_uri: REDIRECT_URI,
        scope: ObScope.ProfileReadonly,
        state: 'deny-me',
        code_challenge: pkce().challenge,
        code_challenge_method: 'S256',
      }),
      learner.cookie,
    );
    const requestId = new URL(location!).searchParams.get('request')!;
    const denied = await decide(api, learner.cookie, requestId, false);
    const url = new URL(denied.data!.denyOAuthAuthorization!.redirectUrl);
    expect(url.searchParams.get('error')).toBe('access_denied');
    expect(url.searchParams.get('state')).toBe('deny-me');
    const again = await decide(api, learner.cookie, requestId, true);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('answers 403 for a missing scope', async () => {
    const token = await tokenFor(learner, ObScope.ProfileReadonly);
    const response = await bearer(api, '/credentials', token);
    expect(response.status).toBe(403);
    expect(response.headers.get('www-authenticate')).toMatch(
      /insufficient_scope/,
    );
    const body = (await response.json()) as Record<string, unknown>;
    expect(body.imsx_codeMajor).toBe('failure');
  });

  it("keeps each learner's data to their token", async () => {
    const other = await createUser(api.dataSource, { name: 'Other Learner' });
    const token = await tokenFor(other);
    const profile = await (await bearer(api, '/profile', token)).json();
    expect(profile.email).toBe(other.email);
    const apps = await api.graphql<{ connectedApps: { id: string }[] }>(
      '{ connectedApps { id } }',
      {},
      { cookie: other.cookie },
    );
    const revoke = await api.graphql(
      'mutation ($input: RevokeConnectedAppInput!) { revokeConnectedApp(input: $input) }',
      { input: { connectedAppId: apps.data!.connectedApps[0]!.id } },
      { cookie: learner.cookie },
    );
    expect(revoke.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await bearer(api, '/profile', token)).status).toBe(200);
  });

  it('answers 401 without or with a bad token', async () => {
    const none = await fetch(`${api.baseUrl}/ims/ob/v3p0/credentials`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const bad = await bearer(api, '/credentials', 'not-a-token');
    expect(bad.status).toBe(401);
    expect(bad.headers.get('www-authenticate')).toMatch(/invalid_token/);
  });

  it('rejects unknown clients and wrong secrets', async () => {
    const unknown = await postForm(
      api,
      '/api/oauth/token',
      { client_id: 'nobody', client_secret: 'x' },
      { grant_type: 'authorization_code', code: 'x' },
    );
    expect(unknown.status).toBe(401);
    expect(unknown.body.error).toBe('invalid_client');
    const wrong = await postForm(
      api,
      '/api/oauth/token',
      { ...client, client_secret: 'wrong' },
      { grant_type: 'refresh_token', refresh_token: 'x' },
    );
    expect(wrong.status).toBe(401);
  });

  it('validates registrations', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [
        { redirect_uris: ['http://wallet.example.com/cb'] },
        'invalid_redirect_uri',
      ],
      [
        { redirect_uris: ['https://wallet.example.com/cb#x'] },
        'invalid_redirect_uri',
      ],
      [{ redirect_uris: [] }, 'invalid_redirect_uri'],
      [{ client_name: undefined }, 'invalid_client_metadata'],
      [{ scope: 'admin' }, 'invalid_client_metadata'],
      [{ grant_types: ['client_credentials'] }, 'invalid_client_metadata'],
      [
        { logo_uri: 'https://cdn.other.example/logo.png' },
        'invalid_client_metadata',
      ],
    ];
    for (const [change, error] of cases) {
      const response = await register(api, clientMetadata(change));
      expect(response.status).toBe(400);
      expect(response.body.error).toBe(error);
    }
    for (const uri of ['http://localhost:8080/cb', 'http://127.0.0.1/cb']) {
      const response = await register(
        api,
        clientMetadata({ redirect_uris: [uri] }),
      );
      expect(response.status).toBe(201);
    }
  });

  it('never answers bad input with 500', async () => {
    const token = await tokenFor(learner);
    const responses = [
      await bearer(api, '/credentials?limit=0', token),
      await bearer(api, '/credentials?limit=abc&offset=-1', token),
      await bearer(api, '/credentials?since=yesterday', token),
      await bearer(api, '/credentials?limit=1&limit=2', token),
      await bearer(api, '/credentials', token, { method: 'POST' }),
      await bearer(api, '/credentials', token, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{not json',
      }),
      await bearer(api, '/profile', token, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: '[1]',
      }),
      await fetch(`${api.baseUrl}/api/oauth/token`, {
        method: 'POST',
        body: 'x',
      }),
      await fetch(`${api.baseUrl}/api/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=a&grant_type=b',
      }),
      await fetch(`${api.baseUrl}/api/oauth/register`, {
        method: 'POST',
        body: '[]',
      }),
      await fetch(`${api.baseUrl}/api/oauth/revoke`, { method: 'POST' }),
      await fetch(
        `${api.baseUrl}/api/oauth/authorize?client_id=a&client_id=b`,
        {
          redirect: 'manual',
        },
      ),
    ];
    for (const response of responses) {
      expect(response.status).toBeGreaterThanOrEqual(300);
      expect(response.status).toBeLessThan(500);
    }
  });

  it('revokes a refresh token with its grant', async () => {
    const { verifier, challenge } = pkce();
    const code = await authorize(api, client, learner.cookie, { challenge });
    const tokens = (await exchangeCode(api, client, code, verifier)).body;
    const revoked = await postForm(api, '/api/oauth/revoke', client, {
      token: tokens.refresh_token!,
      token_type_hint: 'refresh_token',
    });
    expect(revoked.status).toBe(200);
    expect((await bearer(api, '/profile', tokens.access_token!)).status).toBe(
      401,
    );
    const unknown = await postForm(api, '/api/oauth/revoke', client, {
      token: 'unknown',
    });
    expect(unknown.status).toBe(200);
  });

  it('answers CORS preflight on the API', async () => {
    const response = await fetch(`${api.baseUrl}/ims/ob/v3p0/credentials`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://wallet.example.com',
        'access-control-request-method': 'GET',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-headers')).toMatch(
      /Authorization/,
    );
  });
});
