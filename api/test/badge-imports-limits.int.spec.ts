import { randomUUID } from 'node:crypto';

import { createUser, type TestUser } from './support/accounts.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- GraphQL results are free-form JSON

const IMPORT_TEXT = `mutation ($input: ImportBadgeTextInput!) {
  importBadgeText(input: $input) { created badge { id status failureReason checks { check outcome message } } }
}`;
const IMPORT_URL = `mutation ($input: ImportBadgeUrlInput!) {
  importBadgeUrl(input: $input) { created badge { id status failureReason } }
}`;
const REVERIFY = `mutation ($id: ID!) { reverifyImportedBadge(id: $id) { id } }`;

/** An unsigned credential: stored as unverifiable, which is enough here. */
function credential(id = `urn:uuid:${randomUUID()}`, extra: Json = {}): Json {
  return {
    '@context': [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ],
    id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: 'https://issuer.example/profile', type: ['Profile'] },
    validFrom: '2025-01-01T00:00:00Z',
    name: 'Imported badge',
    credentialSubject: {
      type: ['AchievementSubject'],
      achievement: {
        id: 'https://issuer.example/achievements/1',
        type: ['Achievement'],
        name: 'Imported badge',
        description: 'A badge from elsewhere.',
        criteria: { narrative: 'Do the thing.' },
        ...extra,
      },
    },
  };
}

function nestedArray(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

describe('badge import limits', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({
      IMPORT_RATE_LIMIT_PER_HOUR: '3',
      IMPORT_RATE_LIMIT_PER_DAY: '200',
      MAX_IMPORTS_PER_LEARNER: '2',
    });
  });

  afterAll(async () => {
    await api?.close();
  });

  async function importText(user: TestUser, text: string) {
    return api.graphql<Json>(
      IMPORT_TEXT,
      { input: { text } },
      { cookie: user.cookie },
    );
  }

  async function upload(user: TestUser, svg: string) {
    const form = new FormData();
    form.append('file', new Blob([svg], { type: 'image/svg+xml' }), 'b.svg');

    return fetch(`${api.baseUrl}/api/imported-badges`, {
      method: 'POST',
      headers: { cookie: user.cookie },
      body: form,
    });
  }

  async function throttleCount(user: TestUser): Promise<number> {
    const rows: { failures: number }[] = await api.dataSource.query(
      'SELECT failures FROM sign_in_throttles WHERE key = $1',
      [`badge-import:3600:${user.id}`],
    );

    return rows[0]?.failures ?? 0;
  }

  it('rate-limits imports across routes', async () => {
    const learner = await createUser(api.dataSource);
    const first = await importText(learner, JSON.stringify(credential()));
    expect(first.errors).toBeUndefined();
    const reverified = await api.graphql<Json>(
      REVERIFY,
      { id: first.data!.importBadgeText.badge.id },
      { cookie: learner.cookie },
    );
    expect(reverified.errors).toBeUndefined();
    const url = await api.graphql<Json>(
      IMPORT_URL,
      { input: { url: 'http://127.0.0.1:9/assertion.json' } },
      { cookie: learner.cookie },
    );
    expect(url.errors).toBeUndefined();

    const refused = await importText(learner, JSON.stringify(credential()));
    const error = refused.errors![0]!;
    expect(error.extensions!.code).toBe('RATE_LIMITED');
    expect(error.message).toMatch(/3 badges an hour/);
    expect(error.message).toMatch(/Try again in/);
    expect(error.extensions!.retryAfterSeconds).toBeGreaterThan(0);

    const file = await upload(
      learner,
      '<svg xmlns="http://www.w3.org/2000/svg"/>',
    );
    expect(file.status).toBe(429);
    expect(Number(file.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await throttleCount(learner)).toBe(3);
  });

  it('counts each learner on their own', async () => {
    const other = await createUser(api.dataSource);
    const result = await importText(other, JSON.stringify(credential()));

    expect(result.errors).toBeUndefined();
    expect(await throttleCount(other)).toBe(1);
  });

  it('caps imported badges per learner', async () => {
    const learner = await createUser(api.dataSource);
    const id = `urn:uuid:${randomUUID()}`;
    expect(
      (await importText(learner, JSON.stringify(credential(id)))).errors,
    ).toBeUndefined();
    expect(
      (await importText(learner, JSON.stringify(credential()))).errors,
    ).toBeUndefined();

    const full = await importText(learner, JSON.stringify(credential()));
    expect(full.errors![0]!.extensions!.code).toBe('CONFLICT');
    expect(full.errors![0]!.message).toMatch(/already holds 2 imported badges/);

    // Importing a held credential again replaces it, so it still works.
    await api.dataSource.query(
      'DELETE FROM sign_in_throttles WHERE key LIKE $1',
      [`badge-import:%${learner.id}`],
    );
    const again = await importText(learner, JSON.stringify(credential(id)));
    expect(again.errors).toBeUndefined();
    expect(again.data!.importBadgeText.created).toBe(false);
  });

  it('names the failed check of a URL import', async () => {
    const learner = await createUser(api.dataSource);
    const result = await api.graphql<Json>(
      IMPORT_URL,
      { input: { url: 'http://127.0.0.1:9/assertion.json' } },
      { cookie: learner.cookie },
    );
    const badge = result.data!.importBadgeUrl.badge;

    expect(badge.status).toBe('UNVERIFIABLE');
    expect(badge.failureReason).toBe(
      'Fetching http://127.0.0.1:9/assertion.json failed: 127.0.0.1 is a loopback address, which badge imports may not reach.',
    );
  });

  it('rejects JSON nested too deeply', async () => {
    const learner = await createUser(api.dataSource);
    const deep = JSON.stringify(credential()).replace(
      '"name":"Imported badge"',
      `"name":"Imported badge","extra":${nestedArray(5000)}`,
    );
    const result = await importText(learner, deep);

    expect(result.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.message).toMatch(/more than 64 levels deep/);
  });

  it('treats a malformed data: image as none', async () => {
    const learner = await createUser(api.dataSource);
    const text = JSON.stringify(
      credential(undefined, {
        image: { id: 'data:image/svg+xml,%E0%A4%A', type: 'Image' },
      }),
    );
    const result = await importText(learner, text);

    expect(result.errors).toBeUndefined();
    expect(result.data!.importBadgeText.badge.status).toBe('UNVERIFIABLE');
  });

  it('returns 400 for a hostile baked SVG upload', async () => {
    const learner = await createUser(api.dataSource);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:ob="https://purl.imsglobal.org/ob/v3p0">${'<ob:credential>'.repeat(70_000)}`;
    const response = await upload(learner, svg);
    const body = (await response.json()) as Json;

    expect(response.status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toMatch(/no baked badge/);
  });
});
