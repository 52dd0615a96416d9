import { startTestApp, type TestApp } from './support/test-app.js';

const VERIFY_FIELDS = 'verified format checks { check outcome message }';

function aliases(count: number): string {
  const fields = Array.from(
    { length: count },
    (_, index) =>
      `v${index}: verifyCredential(input: { credential: "hello" }) { ${VERIFY_FIELDS} }`,
  );

  return `mutation { ${fields.join('\n')} }`;
}

describe('verification limits', () => {
  describe('query cost', () => {
    let api: TestApp;

    beforeAll(async () => {
      api = await startTestApp();
    });

    afterAll(async () => {
      await api.close();
    });

    it('runs five verifications in one request', async () => {
      const response = await api.graphql(aliases(5));

      expect(response.errors).toBeUndefined();
      expect(Object.keys(response.data!)).toHaveLength(5);
    });

    it('rejects six verifications in one request before running any', async () => {
      const response = await api.graphql(aliases(6));

      expect(response.status).toBe(400);
      expect(response.errors![0]!.extensions!.code).toBe('QUERY_TOO_COSTLY');
    });

    async function verifyBody(body: string, type: string) {
      const response = await fetch(`${api.baseUrl}/api/verify`, {
        method: 'POST',
        headers: { 'content-type': type },
        body,
      });

      return {
        status: response.status,
        body: (await response.json()) as {
          verified: boolean;
          checks: { check: string; outcome: string; message: string }[];
        },
      };
    }

    it('reports JSON nested too deeply as a format failure', async () => {
      const depth = 50_000;
      const json = `{"type":["OpenBadgeCredential"],"x":${'['.repeat(depth)}${']'.repeat(depth)}}`;
      const { status, body } = await verifyBody(json, 'application/json');
      const format = body.checks.find((check) => check.check === 'FORMAT');

      expect(status).toBe(200);
      expect(body.verified).toBe(false);
      expect(format?.outcome).toBe('FAILED');
      expect(format?.message).toMatch(/more than 64 levels deep/);
    });

    it('reads an SVG of unclosed credential tags as unbaked', async () => {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:ob="https://purl.imsglobal.org/ob/v3p0">${'<ob:credential>'.repeat(70_000)}`;
      const { status, body } = await verifyBody(svg, 'image/svg+xml');
      const format = body.checks.find((check) => check.check === 'FORMAT');

      expect(status).toBe(200);
      expect(format?.outcome).toBe('FAILED');
      expect(format?.message).toMatch(/no baked credential/);
    });
  });

  describe('rate limit per IP address', () => {
    let api: TestApp;

    beforeAll(async () => {
      api = await startTestApp({ VERIFY_RATE_LIMIT_PER_MINUTE: '2' });
      await api.dataSource.query(
        `DELETE FROM sign_in_throttles WHERE key LIKE 'verify:%'`,
      );
    });

    afterAll(async () => {
      await api.dataSource.query(
        `DELETE FROM sign_in_throttles WHERE key LIKE 'verify:%'`,
      );
      await api.close();
    });

    function post(): Promise<Response> {
      return fetch(`${api.baseUrl}/api/verify`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: 'hello',
      });
    }

    it('shares one allowance between GraphQL and POST /api/verify', async () => {
      expect((await api.graphql(aliases(1))).errors).toBeUndefined();
      expect((await post()).status).toBe(200);

      const graphql = await api.graphql(aliases(1));
      expect(graphql.errors![0]!.extensions).toMatchObject({
        code: 'RATE_LIMITED',
        retryAfterSeconds: expect.any(Number),
      });
      expect(graphql.errors![0]!.message).toMatch(
        /at most 2 a minute.*Try again in \d+ seconds?\./,
      );

      const rest = await post();
      const body = (await rest.json()) as {
        errors: { extensions: { code: string } }[];
      };
      expect(rest.status).toBe(429);
      expect(Number(rest.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(body.errors[0]!.extensions.code).toBe('RATE_LIMITED');
    });
  });
});
