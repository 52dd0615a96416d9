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
  PUBLIC_URL,
  REDIRECT_URI,
  register,
  type RegisteredClient,
} from './open-badges-api-helpers.js';
import { createUser, type TestUser } from './support/accounts.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response JSON read field by field

const REQUEST = `query ($id: ID!) { oauthAuthorizationRequest(id: $id) { id client { name } } }`;
const CONNECTED = `query { connectedApps { id } }`;
const REVOKE = `mutation ($input: RevokeConnectedAppInput!) { revokeConnectedApp(input: $input) }`;

describe('Open Badges API hardening', () => {
  let api: TestApp;
  let client: RegisteredClient;
  let learner: TestUser;

  beforeAll(async () => {
    api = await startTestApp({ PUBLIC_URL, IMPORT_RATE_LIMIT_PER_HOUR: '2' });
    client = (await register(api)).body as RegisteredClient;
    learner = await createUser(api.dataSource);
  });

  afterAll(async () => {
    await api?.close();
  });

  async function tokenFor(user: TestUser) {
    const { verifier, challenge } = pkce();
    const code = await authorize(api, client, user.cookie, { challenge });

    return (await exchangeCode(api, client, code, verifier)).body.access_token!;
  }

  function postCredential(
    token: string,
    body: string,
    type = 'application/json',
  ) {
    return bearer(api, '/credentials', token, {
      method: 'POST',
      headers: { 'content-type': type },
      body,
    });
  }

  function postRegistration(body: string) {
    return fetch(`${api.baseUrl}/api/oauth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
  }

  /** Starts an authorization request and returns its id. */
  async function startRequest(cookie?: string): Promise<string> {
    const { location } = await locationOf(
      authorizeUrl(api, {
        response_type: 'code',
        client_id: client.client_id,
        redirect_uri: REDIRECT_URI,
        scope: ALL_SCOPES,
        state: 'state-1',
        code_challenge: pkce().challenge,
        code_challenge_method: 'S256',
      }),
      cookie,
    );
    const url = new URL(location!);
    const next = url.searchParams.get('next');
    const consent = next === null ? url : new URL(next, PUBLIC_URL);

    return consent.searchParams.get('request')!;
  }

  it('answers malformed credential JSON with Imsx_StatusInfo', async () => {
    const token = await tokenFor(learner);
    for (const [body, message] of [
      ['{not json', /not valid JSON/],
      ['null', /must be a JSON object/],
      ['"text"', /must be a JSON object/],
    ] as const) {
      const response = await postCredential(token, body);
      const info = (await response.json()) as Json;
      expect(response.status).toBe(400);
      expect(info.imsx_codeMajor).toBe('failure');
      expect(
        info.imsx_codeMinor.imsx_codeMinorField[0].imsx_codeMinorFieldValue,
      ).toBe('invalid_data');
      expect(info.imsx_description).toMatch(message);
    }
  });

  it('rejects a credential nested too deeply', async () => {
    const token = await tokenFor(learner);
    const depth = 50_000;
    const body = `{"type":["OpenBadgeCredential"],"x":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    const response = await postCredential(token, body);
    const info = (await response.json()) as Json;

    expect(response.status).toBe(400);
    expect(info.imsx_description).toMatch(/more than 64 levels deep/);
    const asText = await postCredential(token, body, 'application/ld+json');
    expect(asText.status).toBe(400);
    expect(((await asText.json()) as Json).imsx_description).toMatch(
      /more than 64 levels deep/,
    );
  });

  it('rate-limits upserted credentials', async () => {
    const user = await createUser(api.dataSource);
    const token = await tokenFor(user);
    const body = JSON.stringify({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
    });
    for (let index = 0; index < 2; index += 1) {
      expect((await postCredential(token, body)).status).toBe(400);
    }
    const response = await postCredential(token, body);
    const info = (await response.json()) as Json;

    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(
      info.imsx_codeMinor.imsx_codeMinorField[0].imsx_codeMinorFieldValue,
    ).toBe('server_busy');
    expect(info.imsx_description).toMatch(/2 badges an hour/);
  });

  it('answers malformed registration JSON per RFC 7591', async () => {
    for (const [body, message] of [
      ['{not json', /not valid JSON/],
      ['null', /must be a JSON object/],
    ] as const) {
      const response = await postRegistration(body);
      const error = (await response.json()) as Json;
      expect(response.status).toBe(400);
      expect(error.error).toBe('invalid_client_metadata');
      expect(error.error_description).toMatch(message);
      expect(error.statusCode).toBeUndefined();
    }
  });

  it('rejects spoofing characters in client metadata', async () => {
    for (const [field, value] of [
      ['client_name', 'Wallet \u202Eevil'],
      ['client_name', 'Wallet \u2067x\u2069'],
      ['software_version', '1.0\u0007'],
      ['client_name', 'Wallet\u200F'],
    ] as [string, string][]) {
      const response = await register(api, clientMetadata({ [field]: value }));
      expect(response.status).toBe(400);
      expect(response.body.error).toBe('invalid_client_metadata');
      expect(response.body.error_description).toMatch(
        new RegExp(`^${field} contains U\\+`),
      );
    }
  });

  it('rejects redirect URIs with user info', async () => {
    for (const uri of [
      'https://wallet.example.com@evil.example/cb',
      'https://user:pass@wallet.example.com/cb',
    ]) {
      const response = await register(
        api,
        clientMetadata({ redirect_uris: [uri] }),
      );
      expect(response.status).toBe(400);
      expect(response.body.error).toBe('invalid_redirect_uri');
    }
  });

  it('invalidates unused codes when the app is revoked', async () => {
    const user = await createUser(api.dataSource);
    const first = pkce();
    const tokens = await exchangeCode(
      api,
      client,
      await authorize(api, client, user.cookie, { challenge: first.challenge }),
      first.verifier,
    );
    expect(tokens.status).toBe(200);
    const pending = pkce();
    const code = await authorize(api, client, user.cookie, {
      challenge: pending.challenge,
    });
    const apps = await api.graphql<Json>(
      CONNECTED,
      {},
      { cookie: user.cookie },
    );
    const revoked = await api.graphql<Json>(
      REVOKE,
      { input: { connectedAppId: apps.data!.connectedApps[0].id } },
      { cookie: user.cookie },
    );
    expect(revoked.errors).toBeUndefined();

    const response = await exchangeCode(api, client, code, pending.verifier);
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('invalid_grant');
  });

  it('spends a code on a wrong code_verifier', async () => {
    const { verifier, challenge } = pkce();
    const code = await authorize(api, client, learner.cookie, { challenge });
    const wrong = await exchangeCode(api, client, code, pkce().verifier);
    expect(wrong.body.error).toBe('invalid_grant');

    const retry = await exchangeCode(api, client, code, verifier);
    expect(retry.status).toBe(400);
    expect(retry.body.error).toBe('invalid_grant');
    expect(retry.body.error_description).toMatch(/already used/);
  });

  it('binds a signed-in request to its learner', async () => {
    const other = await createUser(api.dataSource);
    const id = await startRequest(learner.cookie);

    const foreign = await api.graphql<Json>(
      REQUEST,
      { id },
      { cookie: other.cookie },
    );
    expect(foreign.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const approve = await decide(api, other.cookie, id);
    expect(approve.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const own = await api.graphql<Json>(
      REQUEST,
      { id },
      { cookie: learner.cookie },
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.oauthAuthorizationRequest.id).toBe(id);
  });

  it('binds a signed-out request at first view', async () => {
    const other = await createUser(api.dataSource);
    const id = await startRequest();

    const first = await api.graphql<Json>(
      REQUEST,
      { id },
      { cookie: learner.cookie },
    );
    expect(first.errors).toBeUndefined();
    const foreign = await api.graphql<Json>(
      REQUEST,
      { id },
      { cookie: other.cookie },
    );
    expect(foreign.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const approved = await decide(api, learner.cookie, id);
    expect(approved.errors).toBeUndefined();
  });
});
