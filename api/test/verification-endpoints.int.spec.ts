import { startTestApp, type TestApp } from './support/test-app.js';

interface ErrorBody {
  errors: { message: string; extensions: Record<string, unknown> }[];
}

describe('POST /api/verify', () => {
  let api: TestApp;

  function post(body: BodyInit, contentType?: string): Promise<Response> {
    return fetch(`${api.baseUrl}/api/verify`, {
      method: 'POST',
      headers: contentType === undefined ? {} : { 'content-type': contentType },
      body,
    });
  }

  beforeAll(async () => {
    api = await startTestApp();
  });

  afterAll(async () => {
    await api.close();
  });

  it('rejects an unsupported type with 415', async () => {
    const response = await post('<a/>', 'application/xml');
    const body = (await response.json()) as ErrorBody;

    expect(response.status).toBe(415);
    expect(body.errors[0]!.message).toContain('image/png');
    expect(body.errors[0]!.extensions.allowedTypes).toContain(
      'application/jwt',
    );
  });

  it('rejects a body over 5 MB with 413', async () => {
    const response = await post('x'.repeat(5 * 1024 * 1024 + 10), 'text/plain');

    expect(response.status).toBe(413);
    expect(((await response.json()) as ErrorBody).errors[0]!.message).toContain(
      '5 MB',
    );
  });

  it('reads JSON over 100 kB', async () => {
    const big = JSON.stringify({
      type: ['VerifiableCredential'],
      padding: 'p'.repeat(300_000),
    });
    const response = await post(big, 'application/json');
    const result = (await response.json()) as {
      format: string;
      verified: boolean;
    };

    expect(response.status).toBe(200);
    expect(result.format).toBe('JSON_LD');
    expect(result.verified).toBe(false);
  });

  it('detects JSON sent with another type', async () => {
    const response = await post('{"type":"VerifiableCredential"}', 'image/png');
    const result = (await response.json()) as {
      format: string;
      checks: { check: string; outcome: string; message: string }[];
    };

    expect(result.format).toBe('JSON_LD');
    expect(
      result.checks.find((check) => check.check === 'STRUCTURE')?.outcome,
    ).toBe('FAILED');
    expect(
      result.checks.find((check) => check.check === 'PROOF')?.message,
    ).toContain('no embedded proof');
  });

  it('says under FORMAT that a proof is missing', async () => {
    const response = await post('{"type":"VerifiableCredential"}', 'image/png');
    const result = (await response.json()) as {
      checks: { check: string; message: string }[];
    };
    const format = result.checks.find((check) => check.check === 'FORMAT');

    expect(format?.message).toBe(
      'Read a JSON-LD credential without an embedded proof.',
    );
  });

  it('reports unreadable content under FORMAT', async () => {
    const response = await post('hello there', 'text/plain');
    const result = (await response.json()) as {
      format: string;
      verified: boolean;
      checks: { check: string; outcome: string }[];
    };

    expect(result.format).toBe('UNKNOWN');
    expect(result.verified).toBe(false);
    expect(result.checks[0]).toMatchObject({
      check: 'FORMAT',
      outcome: 'FAILED',
    });
    expect(
      result.checks.slice(1).every((check) => check.outcome === 'SKIPPED'),
    ).toBe(true);
  });

  it('reports a damaged PNG under FORMAT', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const response = await post(new Blob([new Uint8Array(png)]), 'image/png');
    const result = (await response.json()) as {
      format: string;
      checks: { message: string }[];
    };

    expect(response.status).toBe(200);
    expect(result.format).toBe('PNG');
    expect(result.checks[0]!.message).toMatch(
      /truncated|more than the file holds/,
    );
  });

  it('rejects an empty body with 400', async () => {
    expect((await post('', 'text/plain')).status).toBe(400);
  });
});
