import { randomUUID } from 'node:crypto';

import {
  createOrganisation,
  createUser,
  type TestUser,
} from './support/accounts.js';
import {
  insertAchievement,
  issueCredential,
} from './support/authorisation/credential-cases.js';
import { buildPeerBadge, createPeerIssuer } from './support/peer-issuer.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { makePdf } from './support/upload-files.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- credential documents are free-form JSON

const FIELDS = `id source specVersion status failureReason name issuerUri
  sdgNumbers skillIds shared imageUrl checks { check outcome message }`;

const IMPORT_TEXT = `mutation ($input: ImportBadgeTextInput!) {
  importBadgeText(input: $input) { created badge { ${FIELDS} } }
}`;
const REVERIFY = `mutation ($id: ID!) { reverifyImportedBadge(id: $id) { ${FIELDS} } }`;
const SHARE = `mutation ($input: ShareImportedBadgeInput!) { shareImportedBadge(input: $input) { id shared } }`;
const DELETE = `mutation ($id: ID!) { deleteImportedBadge(id: $id) }`;
const ONE = `query ($id: ID!) { importedBadge(id: $id) { ${FIELDS} } }`;
const MINE = `query ($after: String) { myImportedBadges(first: 2, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;

function peerCredential(issuerId: string, email: string): Json {
  return buildPeerBadge({
    issuerId,
    issuerName: 'Harbour Makers',
    name: 'Harbour Makers Welding',
    email,
    salt: 'sea-salt',
    achievement: {
      id: 'https://makers.example/achievements/welding',
      name: 'Safe Welding',
      description: 'Welded a frame safely.',
      narrative: 'Pass the practical.',
      alignment: [
        {
          type: ['Alignment'],
          targetName: 'Climate Action',
          targetUrl: 'https://example.org/climate',
          targetFramework: 'UN Sustainable Development Goals',
          targetCode: '13',
        },
      ],
    },
  });
}

function outcome(badge: Json, check: string): string | undefined {
  return badge.checks.find((entry: Json) => entry.check === check)?.outcome;
}

describe('badge imports of Open Badges 3.0', () => {
  let api: TestApp;
  let organisationId: string;
  let achievementId: string;
  let learner: TestUser;
  let other: TestUser;

  beforeAll(async () => {
    api = await startTestApp();
    organisationId = await createOrganisation(api.dataSource, 'provider');
    achievementId = await insertAchievement(api.dataSource, organisationId, {
      sdgs: [4],
      skills: ['creativity'],
    });
    learner = await createUser(api.dataSource);
    other = await createUser(api.dataSource);
  });

  afterAll(async () => {
    await api.close();
  });

  async function importText(text: string, user = learner): Promise<Json> {
    const response = await api.graphql<Json>(
      IMPORT_TEXT,
      { input: { text } },
      { cookie: user.cookie },
    );
    expect(response.errors).toBeUndefined();

    return response.data!.importBadgeText;
  }

  async function uploadFile(bytes: Buffer, type: string, user = learner) {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type }), 'badge');
    const response = await fetch(`${api.baseUrl}/api/imported-badges`, {
      method: 'POST',
      body: form,
      headers: { cookie: user.cookie },
    });

    return { status: response.status, body: (await response.json()) as Json };
  }

  async function download(credentialId: string, file: string): Promise<Buffer> {
    const response = await fetch(
      `${api.baseUrl}/api/credentials/${credentialId}/${file}`,
      { headers: { cookie: learner.cookie } },
    );
    expect(response.status).toBe(200);

    return Buffer.from(await response.arrayBuffer());
  }

  function issueToLearner(email = learner.email) {
    return issueCredential(api, {
      organisationId,
      achievementId,
      recipient: { userId: null, email },
    });
  }

  it.each([
    ['badge.png', 'image/png', 'PNG'],
    ['badge.svg', 'image/svg+xml', 'SVG'],
  ])('imports a baked %s from this site', async (file, type, source) => {
    const credential = await issueToLearner();
    const { status, body } = await uploadFile(
      await download(credential.id, file),
      type,
    );

    expect(status).toBe(201);
    expect(body.created).toBe(true);
    expect(body.badge.status).toBe('VALID');
    expect(body.badge.source).toBe(source);
    expect(body.badge.specVersion).toBe('OB3');
    expect(body.badge.sdgNumbers).toEqual([4]);
    expect(body.badge.skillIds).toEqual(['creativity']);
    const image = await fetch(
      `${api.baseUrl}/api/imported-badges/${body.badge.id}/image`,
      { headers: { cookie: learner.cookie } },
    );
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe(type);
    expect(image.headers.get('content-security-policy')).toContain('sandbox');
  });

  it('imports a VC-JWT and replaces it on re-import', async () => {
    const credential = await issueToLearner();
    const first = await importText(credential.jwt!);
    const second = await importText(credential.jwt!);

    expect(first.created).toBe(true);
    expect(first.badge.status).toBe('VALID');
    expect(first.badge.source).toBe('JWT');
    expect(second.created).toBe(false);
    expect(second.badge.id).toBe(first.badge.id);
  });

  it('imports a credential signed with a did:key', async () => {
    const peer = await createPeerIssuer();
    const result = await importText(
      JSON.stringify(await peer.sign(peerCredential(peer.did, learner.email))),
    );

    expect(result.badge.status).toBe('VALID');
    expect(result.badge.issuerUri).toBe(peer.did);
    expect(result.badge.name).toBe('Safe Welding');
    expect(result.badge.sdgNumbers).toEqual([13]);
    expect(outcome(result.badge, 'PROOF')).toBe('PASSED');
  });

  it('keeps a changed credential as unverifiable', async () => {
    const peer = await createPeerIssuer();
    const signed = await peer.sign(peerCredential(peer.did, learner.email));
    signed.name = 'Changed after signing';
    const result = await importText(JSON.stringify(signed));

    expect(result.badge.status).toBe('UNVERIFIABLE');
    expect(outcome(result.badge, 'PROOF')).toBe('FAILED');
    expect(result.badge.failureReason).not.toBeNull();
  });

  it('keeps a failed import, then re-verifies it once the address is verified', async () => {
    const alias = `alias-${randomUUID().slice(0, 8)}@example.org`;
    await api.dataSource.query(
      'INSERT INTO user_emails (user_id, email) VALUES ($1, $2)',
      [learner.id, alias],
    );
    const credential = await issueToLearner(alias);
    const failed = (await importText(credential.jwt!)).badge;

    expect(failed.status).toBe('UNVERIFIABLE');
    expect(outcome(failed, 'RECIPIENT')).toBe('FAILED');
    expect(failed.failureReason).toContain('verify');

    await api.dataSource.query(
      'UPDATE user_emails SET verified_at = now() WHERE email = $1',
      [alias],
    );
    const response = await api.graphql<Json>(
      REVERIFY,
      { id: failed.id },
      { cookie: learner.cookie },
    );

    expect(response.data!.reverifyImportedBadge.status).toBe('VALID');
    expect(response.data!.reverifyImportedBadge.failureReason).toBeNull();
  });

  it('keeps imports private to their owner', async () => {
    const credential = await issueToLearner();
    const badge = (await importText(credential.jwt!)).badge;

    for (const [document, variables] of [
      [ONE, { id: badge.id }],
      [REVERIFY, { id: badge.id }],
      [SHARE, { input: { id: badge.id, shared: true } }],
      [DELETE, { id: badge.id }],
    ] as const) {
      const response = await api.graphql(document, variables, {
        cookie: other.cookie,
      });
      expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const image = await fetch(
      `${api.baseUrl}/api/imported-badges/${badge.id}/image`,
      { headers: { cookie: other.cookie } },
    );
    expect(image.status).toBe(404);
  });

  it('serves the image to anyone while shared', async () => {
    const credential = await issueToLearner();
    const { body } = await uploadFile(
      await download(credential.id, 'badge.png'),
      'image/png',
    );
    const url = `${api.baseUrl}/api/imported-badges/${body.badge.id}/image`;
    expect((await fetch(url)).status).toBe(404);

    const shared = await api.graphql<Json>(
      SHARE,
      { input: { id: body.badge.id, shared: true } },
      { cookie: learner.cookie },
    );
    expect(shared.data!.shareImportedBadge.shared).toBe(true);
    expect((await fetch(url)).status).toBe(200);

    await api.graphql(
      SHARE,
      { input: { id: body.badge.id, shared: false } },
      { cookie: learner.cookie },
    );
    expect((await fetch(url)).status).toBe(404);
  });

  it('lists imports page by page and deletes one', async () => {
    const user = await createUser(api.dataSource);
    for (let i = 0; i < 3; i++) {
      const credential = await issueCredential(api, {
        organisationId,
        achievementId,
        recipient: { userId: null, email: user.email },
      });
      await importText(credential.jwt!, user);
    }
    const first = await api.graphql<Json>(MINE, {}, { cookie: user.cookie });
    const page = first.data!.myImportedBadges;
    expect(page.totalCount).toBe(3);
    expect(page.edges).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await api.graphql<Json>(
      MINE,
      { after: page.pageInfo.endCursor },
      { cookie: user.cookie },
    );
    expect(second.data!.myImportedBadges.edges).toHaveLength(1);
    expect(second.data!.myImportedBadges.pageInfo.hasNextPage).toBe(false);

    const id = page.edges[0].node.id;
    const deleted = await api.graphql<Json>(
      DELETE,
      { id },
      { cookie: user.cookie },
    );
    expect(deleted.data!.deleteImportedBadge).toBe(true);
    const gone = await api.graphql(ONE, { id }, { cookie: user.cookie });
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  describe('bad input', () => {
    it('rejects empty text', async () => {
      const response = await api.graphql(
        IMPORT_TEXT,
        { input: { text: '  ' } },
        { cookie: learner.cookie },
      );

      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toContain(
        'Open Badges 3.0 credential',
      );
    });

    it('rejects a 6 MB file', async () => {
      const { status, body } = await uploadFile(
        Buffer.alloc(6 * 1024 * 1024, 1),
        'image/png',
      );

      expect(status).toBe(413);
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0].message).toContain('PNG or SVG, at most 5 MiB');
    });

    it('rejects a PDF', async () => {
      const { status, body } = await uploadFile(makePdf(), 'application/pdf');

      expect(status).toBe(400);
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0].message).toContain('neither a PNG nor an SVG');
    });

    it('rejects anonymous uploads', async () => {
      const response = await fetch(`${api.baseUrl}/api/imported-badges`, {
        method: 'POST',
        body: new FormData(),
      });

      expect(response.status).toBe(401);
    });
  });
});
