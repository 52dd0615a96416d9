import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { checkStatus } from '@digitalbazaar/vc-bitstring-status-list';
import { DataSource } from 'typeorm';

import { IssuerDocuments } from '../src/modules/issuers/issuer-documents.js';
import { IssuersService } from '../src/modules/issuers/issuers.service.js';
import {
  addMember,
  createOrganisation,
  createUser,
  type TestUser,
} from './support/accounts.js';
import {
  clearCredentials,
  insertAchievement,
  issueCredential,
  type JsonDocument,
} from './support/authorisation/credential-cases.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PUBLIC_URL = 'http://localhost:3000';

let api: TestApp;
let owner: TestUser;

beforeAll(async () => {
  api = await startTestApp({ PUBLIC_URL });
  owner = await createUser(api.dataSource);
});

afterAll(async () => {
  await clearCredentials(api.dataSource);
  await api.close();
});

async function newIssuer(): Promise<string> {
  const organisationId = await createOrganisation(api.dataSource, 'provider');
  await addMember(api.dataSource, organisationId, owner.id, 'owner');

  return organisationId;
}

async function didDocument(organisationId: string) {
  const response = await fetch(
    `${api.baseUrl}/issuers/${organisationId}/did.json`,
  );

  return {
    response,
    document: (await response.json()) as JsonDocument,
  };
}

const ROTATE = `mutation ($input: RotateIssuerKeysInput!) {
  rotateIssuerKeys(input: $input) { id issuerId }
}`;

describe('GET /issuers/:id/did.json', () => {
  it('lists both keys of an issuer', async () => {
    const organisationId = await newIssuer();
    await api.app.get(IssuersService).signingKeys(organisationId);
    const did = `did:web:localhost%3A3000:issuers:${organisationId}`;

    const { response, document } = await didDocument(organisationId);
    const [ed25519, p256] = document.verificationMethod;

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(
      /^application\/did\+json/,
    );
    expect(document['@context']).toEqual([
      'https://www.w3.org/ns/did/v1',
      'https://w3id.org/security/multikey/v1',
      'https://w3id.org/security/jwk/v1',
    ]);
    expect(document.id).toBe(did);
    expect(ed25519.type).toBe('Multikey');
    expect(ed25519.controller).toBe(did);
    expect(ed25519.publicKeyMultibase).toMatch(/^z6Mk/);
    expect(p256.type).toBe('JsonWebKey');
    expect(Object.keys(p256.publicKeyJwk).sort()).toEqual([
      'crv',
      'kty',
      'x',
      'y',
    ]);
    expect(document.assertionMethod).toEqual([ed25519.id, p256.id]);
  });

  it('never shows a private key', async () => {
    const organisationId = await newIssuer();
    await api.app.get(IssuersService).signingKeys(organisationId);
    const { document } = await didDocument(organisationId);
    const text = JSON.stringify(document);
    const [row] = await api.dataSource.query(
      `SELECT encrypted_private_key AS sealed FROM issuer_keys
        WHERE organisation_id = $1 AND algorithm = 'Ed25519'`,
      [organisationId],
    );

    expect(text).not.toContain('"d"');
    expect(text).not.toContain('secretKey');
    expect(row.sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
  });

  it.each(['6f1c2d2e-8b1a-4c57-9d62-0b8f0f6f3a11', 'not-an-id'])(
    'answers 404 JSON for %s',
    async (id) => {
      const { response, document } = await didDocument(id);

      expect(response.status).toBe(404);
      expect(document.errors[0].extensions.code).toBe('NOT_FOUND');
    },
  );

  it('is not swallowed by the web app', async () => {
    const webDist = await mkdtemp(path.join(tmpdir(), 'learnscape-web-'));
    await writeFile(path.join(webDist, 'index.html'), '<!doctype html>');
    const withWeb = await startTestApp({ PUBLIC_URL, WEB_DIST_DIR: webDist });
    try {
      const organisationId = await newIssuer();
      const response = await fetch(
        `${withWeb.baseUrl}/issuers/${organisationId}/did.json`,
        { headers: { accept: 'text/html,application/xhtml+xml,*/*' } },
      );

      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/did\+json/);
    } finally {
      await withWeb.close();
      await rm(webDist, { recursive: true, force: true });
    }
  });
});

describe('signing keys', () => {
  it('are created once under concurrent first use', async () => {
    const organisationId = await newIssuer();
    const issuers = api.app.get(IssuersService);
    const dataSource = api.app.get(DataSource);

    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        dataSource.transaction((manager) =>
          issuers.signingKeys(organisationId, manager),
        ),
      ),
    );
    const [row] = await api.dataSource.query(
      'SELECT count(*)::int AS count FROM issuer_keys WHERE organisation_id = $1',
      [organisationId],
    );

    expect(row.count).toBe(2);
    expect(new Set(results.map((keys) => keys.ed25519.keyId)).size).toBe(1);
    expect(new Set(results.map((keys) => keys.p256.keyId)).size).toBe(1);
  });

  it('are parsed once and reused', async () => {
    const organisationId = await newIssuer();
    const issuers = api.app.get(IssuersService);
    const first = await issuers.signingKeys(organisationId);
    const second = await issuers.signingKeys(organisationId);

    expect(second.ed25519.keyPair).toBe(first.ed25519.keyPair);
    expect(second.p256.privateKey).toBe(first.p256.privateKey);
  });
});

describe('rotateIssuerKeys', () => {
  it('keeps old keys so old badges verify', async () => {
    const organisationId = await newIssuer();
    const achievementId = await insertAchievement(
      api.dataSource,
      organisationId,
    );
    const before = await issueCredential(api, {
      organisationId,
      achievementId,
    });

    const response = await api.graphql<{
      rotateIssuerKeys: { id: string; issuerId: string };
    }>(ROTATE, { input: { organisationId } }, { cookie: owner.cookie });
    const after = await issueCredential(api, { organisationId, achievementId });
    const { document } = await didDocument(organisationId);
    const documentLoader = api.app.get(IssuerDocuments).loader();
    const suite = new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });
    const verify = (credential: Record<string, unknown>) =>
      vc.verifyCredential({
        credential,
        suite,
        documentLoader,
        checkStatus: (options) =>
          checkStatus({ ...options, suite, documentLoader }),
      });
    const proofOf = (credential: { document: Record<string, unknown> }) =>
      (credential.document.proof as { verificationMethod: string })
        .verificationMethod;

    expect(response.errors).toBeUndefined();
    expect(response.data!.rotateIssuerKeys.issuerId).toBe(
      `did:web:localhost%3A3000:issuers:${organisationId}`,
    );
    expect(document.verificationMethod).toHaveLength(4);
    expect(document.assertionMethod).toContain(proofOf(before));
    expect(document.assertionMethod).toContain(proofOf(after));
    expect(proofOf(after)).not.toBe(proofOf(before));
    expect((await verify(before.document)).verified).toBe(true);
    expect((await verify(after.document)).verified).toBe(true);
  });

  it('retires the current keys and audits it', async () => {
    const organisationId = await newIssuer();
    await api.app.get(IssuersService).signingKeys(organisationId);

    await api.graphql(
      ROTATE,
      { input: { organisationId } },
      { cookie: owner.cookie },
    );
    const keys = await api.dataSource.query(
      `SELECT algorithm, retired_at IS NOT NULL AS retired FROM issuer_keys
        WHERE organisation_id = $1 ORDER BY created_at, algorithm`,
      [organisationId],
    );
    const audit = await api.dataSource.query(
      `SELECT action, changes FROM audit_log
        WHERE subject_type = 'organisation' AND subject_id = $1`,
      [organisationId],
    );

    expect(
      keys.filter((key: { retired: boolean }) => key.retired),
    ).toHaveLength(2);
    expect(
      keys.filter((key: { retired: boolean }) => !key.retired),
    ).toHaveLength(2);
    expect(audit).toHaveLength(1);
    expect(audit[0].action).toBe('issuer_keys_rotated');
    expect(audit[0].changes.retiredKeyIds).toHaveLength(2);
  });

  it('is forbidden to an awarder', async () => {
    const organisationId = await newIssuer();
    const awarder = await createUser(api.dataSource);
    await addMember(api.dataSource, organisationId, awarder.id, 'awarder');

    const response = await api.graphql(
      ROTATE,
      { input: { organisationId } },
      { cookie: awarder.cookie },
    );

    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('Organisation.issuerId', () => {
  it('is public', async () => {
    const organisationId = await newIssuer();
    const response = await api.graphql<{
      organisation: { issuerId: string };
    }>('query ($id: ID!) { organisation(id: $id) { issuerId } }', {
      id: organisationId,
    });

    expect(response.data?.organisation.issuerId).toBe(
      `did:web:localhost%3A3000:issuers:${organisationId}`,
    );
  });
});

describe('IssuerDocuments', () => {
  it('resolves foreign did:key Ed25519 keys', async () => {
    const documents = api.app.get(IssuerDocuments);
    const did = 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK';

    const method = (await documents.didKeySource(
      `${did}#z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK`,
    )) as Record<string, unknown>;

    expect(method.type).toBe('Multikey');
    expect(method.controller).toBe(did);
    expect(await documents.didKeySource('did:key:zQ3shunknown')).toBeNull();
  });

  it('resolves only our own DIDs', async () => {
    const documents = api.app.get(IssuerDocuments);
    const organisationId = await newIssuer();

    expect(
      await documents.source(
        `did:web:elsewhere.example:issuers:${organisationId}`,
      ),
    ).toBeNull();
    expect(
      await documents.source(
        `did:web:localhost%3A3000:issuers:${organisationId}`,
      ),
    ).toEqual(expect.objectContaining({ id: expect.any(String) }));
  });
});
