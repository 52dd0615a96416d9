import { randomUUID } from 'node:crypto';

import { ObScope } from '../src/modules/open-badges-api/scopes.js';
import {
  ALL_SCOPES,
  bearer,
  decide,
  exchangeCode,
  issueBadges,
  locationOf,
  pkce,
  postForm,
  PUBLIC_URL,
  REDIRECT_URI,
  register,
  type RegisteredClient,
} from './open-badges-api-helpers.js';
import { createUser, TEST_PASSWORD } from './support/accounts.js';
import {
  buildPeerBadge,
  CODING_CLUB,
  createPeerIssuer,
} from './support/peer-issuer.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- credential documents are free-form JSON

/** Signs an OpenBadgeCredential for `email` with a new did:key. */
async function signedPeerBadge(email: string): Promise<Json> {
  const peer = await createPeerIssuer();

  return peer.sign(
    buildPeerBadge({
      issuerId: peer.did,
      issuerName: 'Peer Academy',
      name: 'Peer Academy Coding Badge',
      email,
      salt: 'open-badges-api',
      subjectId: `urn:uuid:${randomUUID()}`,
      achievement: CODING_CLUB,
      overrides: { validFrom: '2025-03-01T00:00:00Z' },
    }),
  );
}

async function signIn(api: TestApp, email: string): Promise<string> {
  const response = await api.graphql(
    'mutation ($input: SignInInput!) { signIn(input: $input) { id } }',
    { input: { email, password: TEST_PASSWORD } },
  );
  expect(response.errors).toBeUndefined();

  return response.setCookies.map((cookie) => cookie.split(';')[0]).join('; ');
}

function linkRelations(link: string | null): Record<string, URL> {
  const relations: Record<string, URL> = {};
  for (const part of (link ?? '').split(',')) {
    const match = /<([^>]+)>;\s*rel="(\w+)"/.exec(part.trim());
    if (match !== null) relations[match[2]!] = new URL(match[1]!);
  }

  return relations;
}

describe('Open Badges API as an outside client', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ PUBLIC_URL });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('runs discovery to revocation', async () => {
    const learner = await createUser(api.dataSource, { name: 'Ada Learner' });
    await issueBadges(api, learner, 5);

    // Discovery names the registration, authorization and token URLs.
    const discovery = await fetch(`${api.baseUrl}/ims/ob/v3p0/discovery`);
    expect(discovery.status).toBe(200);
    const document = (await discovery.json()) as Json;
    const scheme = document.components.securitySchemes.OAuth2ACG;
    expect(scheme.type).toBe('oauth2');
    expect(scheme['x-imssf-registrationUrl']).toBe(
      `${PUBLIC_URL}/api/oauth/register`,
    );
    const flow = scheme.flows.authorizationCode;
    expect(flow.authorizationUrl).toBe(`${PUBLIC_URL}/api/oauth/authorize`);
    expect(flow.tokenUrl).toBe(`${PUBLIC_URL}/api/oauth/token`);
    expect(Object.keys(flow.scopes)).toEqual(
      expect.arrayContaining(Object.values(ObScope)),
    );
    expect(document.info['x-imssf-privacyPolicyUrl']).toMatch(/^https:/);
    const local = (url: string) => url.replace(PUBLIC_URL, api.baseUrl);

    // Registration returns credentials and echoes the metadata.
    const registration = await register(api);
    expect(registration.status).toBe(201);
    const client = registration.body as RegisteredClient;
    expect(client.client_secret).toEqual(expect.any(String));
    expect(client.client_secret_expires_at).toBe(0);
    expect(client.redirect_uris).toEqual([REDIRECT_URI]);

    // Signed out, the authorization endpoint sends the learner to sign in.
    const { verifier, challenge } = pkce();
    const authorize = `${local(flow.authorizationUrl)}?${new URLSearchParams({
      response_type: 'code',
      client_id: client.client_id,
      redirect_uri: REDIRECT_URI,
      scope: ALL_SCOPES,
      state: 'xyz-123',
      code_challenge: challenge,
      code_challenge_method: 'S256',
    })}`;
    const signedOut = await locationOf(authorize);
    expect(signedOut.status).toBe(302);
    const signInPage = new URL(signedOut.location!);
    expect(signInPage.pathname).toBe('/sign-in');
    const next = signInPage.searchParams.get('next')!;
    expect(next).toMatch(/^\/oauth\/consent\?request=/);
    const requestId = new URLSearchParams(next.split('?')[1]).get('request')!;

    // The learner signs in, reads the request and approves it.
    const cookie = await signIn(api, learner.email);
    const details = await api.graphql<Json>(
      `query ($id: ID!) { oauthAuthorizationRequest(id: $id) {
         client { name clientUri policyUri } redirectUri scopes { uri description } } }`,
      { id: requestId },
      { cookie },
    );
    expect(details.data!.oauthAuthorizationRequest.client.name).toBe(
      'Example Wallet',
    );
    expect(details.data!.oauthAuthorizationRequest.scopes).toHaveLength(4);
    const approved = await decide(api, cookie, requestId);
    const callback = new URL(
      approved.data!.approveOAuthAuthorization!.redirectUrl,
    );
    expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT_URI);
    expect(callback.searchParams.get('state')).toBe('xyz-123');
    const code = callback.searchParams.get('code')!;

    // The code buys an access token and a refresh token.
    const tokens = await exchangeCode(api, client, code, verifier);
    expect(tokens.body).toHaveProperty('access_token');
    expect(tokens.status).toBe(200);
    expect(tokens.headers.get('cache-control')).toBe('no-store');
    expect(tokens.body.token_type).toBe('Bearer');
    expect(tokens.body.scope).toBe(ALL_SCOPES);
    expect(Number(tokens.body.expires_in)).toBe(3600);
    const accessToken = tokens.body.access_token!;

    // Three pages of two: headers and links walk the whole list.
    const seen: string[] = [];
    let url: string | null =
      `${api.baseUrl}/ims/ob/v3p0/credentials?limit=2&offset=0`;
    let pages = 0;
    while (url !== null) {
      const response = await bearer(
        api,
        url.replace(`${api.baseUrl}/ims/ob/v3p0`, ''),
        accessToken,
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('x-total-count')).toBe('5');
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      const links = linkRelations(response.headers.get('link'));
      expect(links.first!.searchParams.get('offset')).toBe('0');
      expect(links.last!.searchParams.get('offset')).toBe('4');
      expect(links.prev === undefined).toBe(pages === 0);
      const body = (await response.json()) as {
        credential: Json[];
        compactJwsString: string[];
      };
      expect(body.compactJwsString).toHaveLength(body.credential.length);
      seen.push(
        ...body.credential.map((credential) => credential.id as string),
      );
      pages += 1;
      url = links.next === undefined ? null : local(links.next.toString());
    }
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(5);
    const since = await bearer(
      api,
      '/credentials?since=2025-01-03T12:00:00Z',
      accessToken,
    );
    expect(since.headers.get('x-total-count')).toBe('2');

    // Upsert: a did:key badge is added (201), then replaced (200).
    const badge = await signedPeerBadge(learner.email);
    const post = (body: string, type = 'application/json') =>
      bearer(api, '/credentials', accessToken, {
        method: 'POST',
        headers: { 'content-type': type },
        body,
      });
    const created = await post(JSON.stringify(badge));
    expect(created.status).toBe(201);
    expect(((await created.json()) as Json).id).toBe(badge.id);
    const replaced = await post(JSON.stringify(badge));
    expect(replaced.status).toBe(200);
    const invalid = await post('{"type":["VerifiableCredential"]}');
    expect(invalid.status).toBe(400);
    const invalidBody = (await invalid.json()) as Json;
    expect(invalidBody.imsx_codeMajor).toBe('failure');
    expect(invalidBody.imsx_description).toMatch(/OpenBadgeCredential/);
    const notJws = await post('not.a.jws!', 'text/plain');
    expect(notJws.status).toBe(400);
    const withImport = await bearer(api, '/credentials?limit=10', accessToken);
    expect(withImport.headers.get('x-total-count')).toBe('6');

    // Profile: read, update the name, reject a blank one.
    const profile = (await (
      await bearer(api, '/profile', accessToken)
    ).json()) as Json;
    expect(profile.type).toEqual(['Profile']);
    expect(profile.name).toBe('Ada Learner');
    expect(profile.email).toBe(learner.email);
    const put = (body: unknown) =>
      bearer(api, '/profile', accessToken, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const renamed = await put({ ...profile, name: '  Ada   Lovelace ' });
    expect(renamed.status).toBe(200);
    expect(((await renamed.json()) as Json).name).toBe('Ada Lovelace');
    expect((await put({ ...profile, name: '   ' })).status).toBe(400);
    expect((await put({ ...profile, email: 'x@example.org' })).status).toBe(
      400,
    );

    // Refresh rotates: the new pair works, the old refresh token does not.
    const refreshed = await postForm(api, '/api/oauth/token', client, {
      grant_type: 'refresh_token',
      refresh_token: tokens.body.refresh_token!,
    });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.refresh_token).not.toBe(tokens.body.refresh_token);
    const newAccess = refreshed.body.access_token!;
    expect((await bearer(api, '/profile', newAccess)).status).toBe(200);

    // The learner sees the app and revokes it: every token stops at once.
    const apps = await api.graphql<Json>(
      '{ connectedApps { id client { name } scopes { uri } connectedAt lastUsedAt } }',
      {},
      { cookie },
    );
    expect(apps.data!.connectedApps).toHaveLength(1);
    expect(apps.data!.connectedApps[0].client.name).toBe('Example Wallet');
    expect(apps.data!.connectedApps[0].lastUsedAt).not.toBeNull();
    const revoked = await api.graphql<Json>(
      'mutation ($input: RevokeConnectedAppInput!) { revokeConnectedApp(input: $input) }',
      { input: { connectedAppId: apps.data!.connectedApps[0].id } },
      { cookie },
    );
    expect(revoked.errors).toBeUndefined();
    for (const token of [accessToken, newAccess]) {
      const response = await bearer(api, '/profile', token);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(
        /error="invalid_token"/,
      );
    }
    const afterRevoke = await postForm(api, '/api/oauth/token', client, {
      grant_type: 'refresh_token',
      refresh_token: refreshed.body.refresh_token!,
    });
    expect(afterRevoke.status).toBe(400);
    expect(afterRevoke.body.error).toBe('invalid_grant');
  });
});
