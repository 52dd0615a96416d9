import { randomUUID } from 'node:crypto';

import { createUser, type TestUser } from './support/accounts.js';
import { errorOf } from './support/awards.js';
import { insertImported } from './support/backpack.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const SHARED = `query ($id: ID!) {
  sharedImportedBadge(id: $id) {
    id name description issuerName issuerUri issuedAt expiresAt imageUrl
    status verifiedAt checks { check outcome }
  }
}`;

interface SharedBadge {
  id: string;
  name: string;
  issuerName: string;
  imageUrl: string | null;
  status: string;
  checks: { check: string; outcome: string }[];
}

const RAW_TEXT = '{"secret":"raw text of the owner"}';

let api: TestApp;
let owner: TestUser;
let shared: string;
let unshared: string;

beforeAll(async () => {
  api = await startTestApp();
  owner = await createUser(api.dataSource, { email: 'owner@example.org' });
  shared = await insertImported(api.dataSource, owner.id, {
    name: 'Harbour Welding',
    issuerName: 'Harbour Makers',
    shared: true,
    rawText: RAW_TEXT,
    image: Buffer.from('png'),
  });
  unshared = await insertImported(api.dataSource, owner.id, {
    name: 'Private Badge',
    rawText: RAW_TEXT,
  });
  await api.dataSource.query(
    `UPDATE imported_credentials
        SET checks = $2::jsonb, failure_reason = $3
      WHERE id = $1`,
    [
      shared,
      JSON.stringify([
        { check: 'PROOF', outcome: 'PASSED', message: 'The proof is valid.' },
        {
          check: 'RECIPIENT',
          outcome: 'PASSED',
          message: 'The badge was issued to owner@example.org.',
        },
      ]),
      'Checked against owner@example.org.',
    ],
  );
});

afterAll(async () => {
  await api.close();
});

function fetchShared(id: string, cookie?: string) {
  return api.graphql<{ sharedImportedBadge: SharedBadge }>(
    SHARED,
    { id },
    { cookie },
  );
}

describe('sharedImportedBadge', () => {
  it('returns a shared badge signed out', async () => {
    const response = await fetchShared(shared);
    const badge = response.data!.sharedImportedBadge;

    expect(response.errors).toBeUndefined();
    expect(badge.name).toBe('Harbour Welding');
    expect(badge.issuerName).toBe('Harbour Makers');
    expect(badge.status).toBe('VALID');
    expect(badge.imageUrl).toMatch(
      new RegExp(`/api/imported-badges/${shared}/image$`),
    );
  });

  it('leaves out the recipient check and messages', async () => {
    const response = await fetchShared(shared);
    const text = JSON.stringify(response);

    expect(response.data!.sharedImportedBadge.checks).toEqual([
      { check: 'PROOF', outcome: 'PASSED' },
    ]);
    expect(text).not.toContain('owner@example.org');
    expect(text).not.toContain('raw text of the owner');
  });

  it.each([
    ['raw text', 'rawText'],
    ['failure reason', 'failureReason'],
    ['source URL', 'sourceUrl'],
    ['check message', 'checks { message }'],
  ])('has no %s field', async (_name, field) => {
    const response = await api.graphql(
      `query ($id: ID!) { sharedImportedBadge(id: $id) { ${field} } }`,
      { id: shared },
    );

    expect(errorOf(response).code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('hides unshared and unknown badges alike', async () => {
    const hidden = errorOf(await fetchShared(unshared));
    const unknownId = randomUUID();
    const unknown = errorOf(await fetchShared(unknownId));

    expect(hidden.code).toBe('NOT_FOUND');
    expect(unknown.code).toBe('NOT_FOUND');
    expect(hidden.message).toBe(unknown.message.replace(unknownId, unshared));
  });

  it('hides an unshared badge from its owner too', async () => {
    const response = await fetchShared(unshared, owner.cookie);

    expect(errorOf(response).code).toBe('NOT_FOUND');
  });

  it('stops showing a badge once unshared', async () => {
    const badge = await insertImported(api.dataSource, owner.id, {
      shared: true,
    });
    expect((await fetchShared(badge)).errors).toBeUndefined();

    await api.dataSource.query(
      'UPDATE imported_credentials SET shared_at = NULL WHERE id = $1',
      [badge],
    );

    expect(errorOf(await fetchShared(badge)).code).toBe('NOT_FOUND');
  });

  it('answers a malformed id with NOT_FOUND', async () => {
    const response = await fetchShared("1' OR '1'='1");

    expect(errorOf(response).code).toBe('NOT_FOUND');
    expect(errorOf(response).message).not.toMatch(/SQL|syntax/i);
  });
});
