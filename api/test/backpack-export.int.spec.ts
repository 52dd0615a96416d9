import { strFromU8, unzipSync } from 'fflate';

import {
  createOrganisation,
  createUser,
  type TestUser,
} from './support/accounts.js';
import { clearCredentials } from './support/authorisation/credential-cases.js';
import { insertImported, issueTo } from './support/backpack.js';
import { clearListings } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface IndexFile {
  exportedAt: string;
  badges: {
    kind: string;
    id: string;
    name: string;
    issuer: string;
    status: string;
    issuedAt: string;
    files: string[];
  }[];
}

const PNG_BYTES = Buffer.from('89504e470d0a1a0a', 'hex');
const JWS = 'eyJhbGciOiJSUzI1NiJ9.eyJ0eXBlIjoiQXNzZXJ0aW9uIn0.c2lnbmF0dXJl';

let api: TestApp;
let learner: TestUser;
let issuedId: string;
let jsonImportId: string;
let jwtImportId: string;

beforeAll(async () => {
  api = await startTestApp();
  await clearCredentials(api.dataSource);
  await clearListings(api.dataSource);
  const providerId = await createOrganisation(api.dataSource, 'provider', {
    name: 'Wentworth Makers',
  });
  learner = await createUser(api.dataSource);
  issuedId = await issueTo(api, providerId, learner, { name: 'Solderer' });
  jsonImportId = await insertImported(api.dataSource, learner.id, {
    name: 'Orienteer',
    rawText: '{"@context":[],"type":["VerifiableCredential"]}',
    image: PNG_BYTES,
  });
  jwtImportId = await insertImported(api.dataSource, learner.id, {
    name: 'Hosted badge',
    rawText: JWS,
    status: 'unverifiable',
  });
});

afterAll(async () => {
  await clearCredentials(api.dataSource);
  await api.close();
});

async function download(): Promise<{
  response: Response;
  files: Record<string, Uint8Array>;
}> {
  const response = await fetch(`${api.baseUrl}/api/backpack/export.zip`, {
    headers: { cookie: learner.cookie },
  });
  const files = unzipSync(new Uint8Array(await response.arrayBuffer()));

  return { response, files };
}

describe('GET /api/backpack/export.zip', () => {
  it('answers 401 with a JSON error when signed out', async () => {
    const response = await fetch(`${api.baseUrl}/api/backpack/export.zip`);
    const body = (await response.json()) as {
      errors: { extensions: { code: string } }[];
    };

    expect(response.status).toBe(401);
    expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('names a dated zip file', async () => {
    const { response } = await download();
    const date = new Date().toISOString().slice(0, 10);

    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="learnscape-backpack-${date}.zip"`,
    );
  });

  it('lists every badge and its files in index.json', async () => {
    const { files } = await download();
    const index = JSON.parse(strFromU8(files['index.json']!)) as IndexFile;

    expect(files['README.txt']).toBeDefined();
    expect(index.badges.map((badge) => badge.id).sort()).toEqual(
      [issuedId, jsonImportId, jwtImportId].sort(),
    );
    for (const badge of index.badges) {
      for (const name of badge.files) expect(files[name]).toBeDefined();
    }
    const issued = index.badges.find((badge) => badge.id === issuedId)!;
    expect(issued).toMatchObject({
      kind: 'ISSUED',
      name: 'Solderer',
      issuer: 'Wentworth Makers',
      status: 'VALID',
    });
    expect(issued.files).toEqual([
      `issued/solderer-${issuedId}.json`,
      `issued/solderer-${issuedId}.jwt`,
      `issued/solderer-${issuedId}.png`,
    ]);
  });

  it('contains the stored document and JWT of an issued badge', async () => {
    const { files } = await download();
    const [row] = await api.dataSource.query(
      'SELECT document, jwt FROM credentials WHERE id = $1',
      [issuedId],
    );

    expect(
      JSON.parse(strFromU8(files[`issued/solderer-${issuedId}.json`]!)),
    ).toEqual(row.document);
    expect(strFromU8(files[`issued/solderer-${issuedId}.jwt`]!)).toBe(row.jwt);
  });

  it('contains a baked PNG that verifies', async () => {
    const { files } = await download();
    const png = files[`issued/solderer-${issuedId}.png`]!;
    const response = await fetch(`${api.baseUrl}/api/verify`, {
      method: 'POST',
      headers: { 'content-type': 'image/png' },
      body: new Blob([new Uint8Array(png)]),
    });
    const result = (await response.json()) as {
      verified: boolean;
      checks: { outcome: string }[];
    };

    expect(result.checks.filter((check) => check.outcome === 'FAILED')).toEqual(
      [],
    );
    expect(result.verified).toBe(true);
  });

  it('keeps imported badges as imported, with their images', async () => {
    const { files } = await download();

    expect(strFromU8(files[`imported/orienteer-${jsonImportId}.json`]!)).toBe(
      '{"@context":[],"type":["VerifiableCredential"]}',
    );
    expect(
      Buffer.from(files[`imported/orienteer-${jsonImportId}-image.png`]!),
    ).toEqual(PNG_BYTES);
    expect(strFromU8(files[`imported/hosted-badge-${jwtImportId}.jwt`]!)).toBe(
      JWS,
    );
  });

  it('contains only the README and index for an empty backpack', async () => {
    const empty = await createUser(api.dataSource);
    const response = await fetch(`${api.baseUrl}/api/backpack/export.zip`, {
      headers: { cookie: empty.cookie },
    });
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));

    expect(Object.keys(files).sort()).toEqual(['README.txt', 'index.json']);
  });
});
