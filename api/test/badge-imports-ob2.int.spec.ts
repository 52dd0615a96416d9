import { createUser, type TestUser } from './support/accounts.js';
import {
  type BadgeServer,
  bakeOb2Png,
  bakeOb2Svg,
  type Ob2Issuer,
  publishOb2Issuer,
  startBadgeServer,
} from './support/badge-import-server.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Check {
  check: string;
  outcome: string;
  message: string;
}

interface Badge {
  id: string;
  source: string;
  specVersion: string;
  status: string;
  failureReason: string | null;
  name: string | null;
  issuerName: string | null;
  achievementUri: string | null;
  credentialUri: string | null;
  sdgNumbers: number[];
  imageUrl: string | null;
  expiresAt: string | null;
  checks: Check[];
}

const BADGE_FIELDS = `id source specVersion status failureReason name issuerName
  achievementUri credentialUri sdgNumbers imageUrl expiresAt
  checks { check outcome message }`;

const IMPORT_TEXT = `mutation ($input: ImportBadgeTextInput!) {
  importBadgeText(input: $input) { created badge { ${BADGE_FIELDS} } }
}`;

const IMPORT_URL = `mutation ($input: ImportBadgeUrlInput!) {
  importBadgeUrl(input: $input) { created badge { ${BADGE_FIELDS} } }
}`;

function outcome(badge: Badge, check: string): string | undefined {
  return badge.checks.find((entry) => entry.check === check)?.outcome;
}

describe('badge imports of Open Badges 2.0', () => {
  let api: TestApp;
  let server: BadgeServer;
  let issuer: Ob2Issuer;
  let learner: TestUser;
  let counter = 0;

  beforeAll(async () => {
    server = await startBadgeServer();
    api = await startTestApp({ IMPORT_FETCH_ALLOW: '127.0.0.1' });
    issuer = publishOb2Issuer(server);
    learner = await createUser(api.dataSource);
  });

  afterAll(async () => {
    await api.close();
    await server.close();
  });

  /** Publishes a hosted assertion and returns its URL. */
  function host(extra: Record<string, unknown> = {}, email = learner.email) {
    const path = `/academy/assertions/${++counter}`;
    const url = `${server.origin}${path}`;
    server.routes.set(path, { json: issuer.assertion(url, email, extra) });

    return url;
  }

  async function importUrl(url: string, user = learner): Promise<Badge> {
    const response = await api.graphql<{ importBadgeUrl: { badge: Badge } }>(
      IMPORT_URL,
      { input: { url } },
      { cookie: user.cookie },
    );
    expect(response.errors).toBeUndefined();

    return response.data!.importBadgeUrl.badge;
  }

  async function importText(text: string): Promise<Badge> {
    const response = await api.graphql<{ importBadgeText: { badge: Badge } }>(
      IMPORT_TEXT,
      { input: { text } },
      { cookie: learner.cookie },
    );
    expect(response.errors).toBeUndefined();

    return response.data!.importBadgeText.badge;
  }

  async function uploadFile(bytes: Buffer | string, type: string) {
    const form = new FormData();
    form.append(
      'file',
      new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], {
        type,
      }),
      'badge',
    );
    const response = await fetch(`${api.baseUrl}/api/imported-badges`, {
      method: 'POST',
      body: form,
      headers: { cookie: learner.cookie },
    });

    return { status: response.status, body: (await response.json()) as any }; // eslint-disable-line @typescript-eslint/no-explicit-any -- response JSON read field by field
  }

  describe('hosted', () => {
    it('imports a valid assertion by URL', async () => {
      const url = host();
      const badge = await importUrl(url);

      expect(badge.status).toBe('VALID');
      expect(badge.failureReason).toBeNull();
      expect(badge.specVersion).toBe('OB2');
      expect(badge.source).toBe('URL');
      expect(badge.credentialUri).toBe(url);
      expect(badge.name).toBe('River Keeper');
      expect(badge.issuerName).toBe('Peer Academy');
      expect(badge.achievementUri).toBe(issuer.classUrl);
      expect(badge.sdgNumbers).toEqual([6, 14]);
      expect(outcome(badge, 'HOSTED')).toBe('PASSED');
      expect(outcome(badge, 'BADGE_CLASS')).toBe('PASSED');
      expect(outcome(badge, 'ISSUER_PROFILE')).toBe('PASSED');
      expect(outcome(badge, 'RECIPIENT')).toBe('PASSED');
      expect(badge.imageUrl).not.toBeNull();
    });

    it('serves the fetched image to its owner', async () => {
      const badge = await importUrl(host());
      const response = await fetch(
        badge.imageUrl!.replace(/^https?:\/\/[^/]+/, api.baseUrl),
        {
          headers: { cookie: learner.cookie },
        },
      );

      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      const anonymous = await fetch(
        badge.imageUrl!.replace(/^https?:\/\/[^/]+/, api.baseUrl),
      );
      expect(anonymous.status).toBe(404);
    });

    it('imports pasted hosted JSON matching the served copy', async () => {
      const url = host();
      const badge = await importText(
        JSON.stringify(issuer.assertion(url, learner.email)),
      );

      expect(badge.status).toBe('VALID');
      expect(badge.source).toBe('JSON');
    });

    it('fails pasted JSON that differs from the served copy', async () => {
      const url = host();
      const changed = issuer.assertion(url, learner.email, {
        issuedOn: '2020-01-01T00:00:00Z',
      });
      const badge = await importText(JSON.stringify(changed));

      expect(badge.status).toBe('UNVERIFIABLE');
      expect(outcome(badge, 'HOSTED')).toBe('FAILED');
      expect(badge.failureReason).toContain('issuedOn');
    });

    it('reports HTTP 410 as revoked', async () => {
      const path = `/academy/assertions/gone-${++counter}`;
      server.routes.set(path, {
        status: 410,
        json: { revoked: true, revocationReason: 'Issued by mistake' },
      });
      const badge = await importUrl(`${server.origin}${path}`);

      expect(badge.status).toBe('REVOKED');
      expect(badge.failureReason).toContain('410');
      expect(outcome(badge, 'STATUS')).toBe('FAILED');
    });

    it('reports revoked: true as revoked', async () => {
      const badge = await importUrl(
        host({ revoked: true, revocationReason: 'Duplicate' }),
      );

      expect(badge.status).toBe('REVOKED');
      expect(badge.failureReason).toContain('Duplicate');
    });

    it('fails a class whose issuer disagrees', async () => {
      server.routes.set('/academy/other-badge', {
        json: {
          id: `${server.origin}/academy/wrong-id`,
          type: 'BadgeClass',
          name: 'X',
          issuer: issuer.issuerUrl,
        },
      });
      const badge = await importUrl(
        host({ badge: `${server.origin}/academy/other-badge` }),
      );

      expect(badge.status).toBe('UNVERIFIABLE');
      expect(outcome(badge, 'BADGE_CLASS')).toBe('FAILED');
    });

    it('fails an issuer that is not the class issuer', async () => {
      server.routes.set('/academy/stray-badge', {
        json: {
          id: `${server.origin}/academy/stray-badge`,
          type: 'BadgeClass',
          name: 'Stray',
          issuer: `${server.origin}/academy/badge`,
        },
      });
      const badge = await importUrl(
        host({ badge: `${server.origin}/academy/stray-badge` }),
      );

      expect(badge.status).toBe('UNVERIFIABLE');
      expect(outcome(badge, 'ISSUER_PROFILE')).toBe('FAILED');
    });

    it('fails a badge issued to someone else', async () => {
      const badge = await importUrl(host({}, 'someone.else@example.org'));

      expect(badge.status).toBe('UNVERIFIABLE');
      expect(outcome(badge, 'RECIPIENT')).toBe('FAILED');
      expect(badge.failureReason).toContain('verify');
    });

    it('marks an expired badge as expired', async () => {
      const badge = await importUrl(host({ expires: '2025-06-01T00:00:00Z' }));

      expect(badge.status).toBe('EXPIRED');
      expect(outcome(badge, 'VALID_UNTIL')).toBe('FAILED');
      expect(badge.expiresAt).toBe('2025-06-01T00:00:00.000Z');
    });

    it('replaces an earlier import of the same assertion', async () => {
      const url = host();
      const first = await importUrl(url);
      const response = await api.graphql<{
        importBadgeUrl: { created: boolean; badge: Badge };
      }>(IMPORT_URL, { input: { url } }, { cookie: learner.cookie });

      expect(response.data!.importBadgeUrl.created).toBe(false);
      expect(response.data!.importBadgeUrl.badge.id).toBe(first.id);
    });
  });

  describe('signed', () => {
    function signedAssertion(id: string, extra: Record<string, unknown> = {}) {
      return issuer.assertion(id, learner.email, {
        verification: { type: 'SignedBadge', creator: issuer.keyUrl },
        ...extra,
      });
    }

    it('imports a valid JWS', async () => {
      const token = await issuer.sign(
        signedAssertion('urn:uuid:6a1c7bde-0000-4000-8000-000000000001'),
      );
      const badge = await importText(token);

      expect(badge.status).toBe('VALID');
      expect(badge.source).toBe('JWT');
      expect(outcome(badge, 'PROOF')).toBe('PASSED');
      expect(outcome(badge, 'ISSUER_KEY')).toBe('PASSED');
      expect(outcome(badge, 'STATUS')).toBe('PASSED');
    });

    it('fails a JWS with a changed payload', async () => {
      const token = await issuer.sign(
        signedAssertion('urn:uuid:6a1c7bde-0000-4000-8000-000000000002'),
      );
      const [header, , signature] = token.split('.');
      const forged = Buffer.from(
        JSON.stringify(
          signedAssertion('urn:uuid:6a1c7bde-0000-4000-8000-000000000002', {
            issuedOn: '2024-01-01T00:00:00Z',
          }),
        ),
      ).toString('base64url');
      const badge = await importText(`${header}.${forged}.${signature}`);

      expect(badge.status).toBe('UNVERIFIABLE');
      expect(outcome(badge, 'PROOF')).toBe('FAILED');
    });

    it('reports an assertion in the revocation list as revoked', async () => {
      const id = 'urn:uuid:6a1c7bde-0000-4000-8000-000000000003';
      server.routes.set('/academy/revocations', {
        json: {
          id: issuer.revocationUrl,
          type: 'RevocationList',
          revokedAssertions: [{ id, revocationReason: 'Cheated' }],
        },
      });
      const badge = await importText(await issuer.sign(signedAssertion(id)));

      expect(badge.status).toBe('REVOKED');
      expect(badge.failureReason).toContain('Cheated');
    });

    it('imports a baked PNG with a JWS', async () => {
      const token = await issuer.sign(
        signedAssertion('urn:uuid:6a1c7bde-0000-4000-8000-000000000004'),
      );
      const { status, body } = await uploadFile(bakeOb2Png(token), 'image/png');

      expect(status).toBe(201);
      expect(body.badge.status).toBe('VALID');
      expect(body.badge.source).toBe('PNG');
      expect(body.badge.imageUrl).not.toBeNull();
    });

    it('imports a baked SVG with a hosted URL', async () => {
      const { status, body } = await uploadFile(
        bakeOb2Svg(host()),
        'image/svg+xml',
      );

      expect(status).toBe(201);
      expect(body.badge.status).toBe('VALID');
      expect(body.badge.source).toBe('SVG');
    });
  });
});
