import { createHash } from 'node:crypto';

import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { checkStatus } from '@digitalbazaar/vc-bitstring-status-list';
import { decodeProtectedHeader, importJWK, jwtVerify } from 'jose';

import { CredentialType } from '../src/modules/credentials/credential.entity.js';
import { CredentialIssuer } from '../src/modules/credentials/credential-issuer.service.js';
import { IssuerDocuments } from '../src/modules/issuers/issuer-documents.js';
import { createOrganisation } from './support/accounts.js';
import {
  clearCredentials,
  insertAchievement,
  issueCredential,
  type JsonDocument,
} from './support/authorisation/credential-cases.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PUBLIC_URL = 'https://badges.example.org';

let api: TestApp;
let organisationId: string;

beforeAll(async () => {
  api = await startTestApp({ PUBLIC_URL });
  organisationId = await createOrganisation(api.dataSource, 'provider', {
    name: 'Katoomba Makers',
  });
  await api.dataSource.query(
    `UPDATE organisations SET website = 'https://makers.example.org' WHERE id = $1`,
    [organisationId],
  );
});

afterAll(async () => {
  await clearCredentials(api.dataSource);
  await api.close();
});

function verifyDataIntegrity(credential: Record<string, unknown>) {
  const documentLoader = api.app.get(IssuerDocuments).loader();
  const suite = new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });

  return vc.verifyCredential({
    credential,
    suite,
    documentLoader,
    checkStatus: (options) =>
      checkStatus({ ...options, suite, documentLoader }),
  });
}

describe('CredentialIssuer', () => {
  let achievementId: string;

  beforeAll(async () => {
    achievementId = await insertAchievement(api.dataSource, organisationId, {
      name: 'Garden Keeper',
      validityDays: 365,
      tags: ['gardening', 'outdoors'],
      sdgs: [2, 15],
      sdgTargets: ['2.4'],
      skills: ['collaboration'],
      escoSkillUris: [
        'http://data.europa.eu/esco/skill/5a0f3e4a-6e3b-4bd1-9b0a-6a3c1c1e2d6f',
      ],
    });
  });

  it('signs a badge that verifies as Data Integrity', async () => {
    const credential = await issueCredential(api, {
      organisationId,
      achievementId,
      recipient: { userId: null, email: 'Robin@Example.org' },
      narrative: 'Kept the log for six weeks.',
      evidence: [{ url: 'https://example.org/log', name: 'Planting log' }],
    });

    const result = await verifyDataIntegrity(credential.document);

    expect(result.error).toBeUndefined();
    expect(result.verified).toBe(true);
    expect(result.statusResult?.verified).toBe(true);
  });

  it('builds the document in Open Badges 3.0 terms', async () => {
    const credential = await issueCredential(api, {
      organisationId,
      achievementId,
      recipient: { userId: null, email: 'robin@example.org' },
    });
    const document = credential.document as JsonDocument;
    const did = `did:web:badges.example.org:issuers:${organisationId}`;

    expect(Object.keys(document).slice(0, 3)).toEqual([
      '@context',
      'id',
      'type',
    ]);
    expect(document['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ]);
    expect(document.id).toBe(`urn:uuid:${credential.id}`);
    expect(document.type).toEqual([
      'VerifiableCredential',
      'OpenBadgeCredential',
    ]);
    expect(document.issuer).toEqual({
      id: did,
      type: ['Profile'],
      name: 'Katoomba Makers',
      url: 'https://makers.example.org',
    });
    expect(document.validFrom).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(
      new Date(document.validUntil).getTime() -
        new Date(document.validFrom).getTime(),
    ).toBe(365 * 86_400_000);
    expect(document.proof.type).toBe('DataIntegrityProof');
    expect(document.proof.cryptosuite).toBe('eddsa-rdfc-2022');
    expect(document.proof.proofPurpose).toBe('assertionMethod');
    expect(document.proof.verificationMethod).toMatch(
      new RegExp(`^${did}#key-[0-9a-f-]{36}$`),
    );
  });

  it('hashes the recipient address with a salt', async () => {
    const credential = await issueCredential(api, {
      organisationId,
      achievementId,
      recipient: { userId: null, email: 'Robin@Example.org' },
    });
    const subject = (credential.document as JsonDocument).credentialSubject;
    const [identity] = subject.identifier;
    const expected = createHash('sha256')
      .update(`robin@example.org${identity.salt}`)
      .digest('hex');

    expect(subject.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(subject.type).toEqual(['AchievementSubject']);
    expect(identity.type).toBe('IdentityObject');
    expect(identity.identityType).toBe('emailAddress');
    expect(identity.hashed).toBe(true);
    expect(identity.identityHash).toBe(`sha256$${expected}`);
    expect(JSON.stringify(credential.document)).not.toContain('robin@');
    expect(credential.recipientEmail).toBe('robin@example.org');
  });

  it('gives each badge its own salt and subject id', async () => {
    const first = await issueCredential(api, { organisationId, achievementId });
    const second = await issueCredential(api, {
      organisationId,
      achievementId,
    });
    const subjectOf = (credential: { document: Record<string, unknown> }) =>
      credential.document.credentialSubject as JsonDocument;

    expect(subjectOf(first).id).not.toBe(subjectOf(second).id);
    expect(subjectOf(first).identifier[0].salt).not.toBe(
      subjectOf(second).identifier[0].salt,
    );
  });

  it('embeds the achievement with its alignments', async () => {
    const credential = await issueCredential(api, {
      organisationId,
      achievementId,
    });
    const achievement = (credential.document as JsonDocument).credentialSubject
      .achievement;

    expect(achievement.id).toBe(
      `${PUBLIC_URL}/api/achievements/${achievementId}`,
    );
    expect(achievement.type).toEqual(['Achievement']);
    expect(achievement.achievementType).toBe('Badge');
    expect(achievement.criteria).toEqual({
      narrative: 'Attend **three** sessions and keep a planting log.',
    });
    expect(achievement.image).toEqual({
      id: `${PUBLIC_URL}/api/achievements/${achievementId}/image`,
      type: 'Image',
      caption: 'Garden Keeper',
    });
    expect(achievement.tag).toEqual(['gardening', 'outdoors']);
    expect(achievement.creator.id).toBe(
      `did:web:badges.example.org:issuers:${organisationId}`,
    );
    expect(achievement.alignment).toEqual([
      expect.objectContaining({
        type: ['Alignment'],
        targetUrl: 'https://sdgs.un.org/goals/goal2',
        targetFramework: 'UN Sustainable Development Goals',
        targetCode: '2',
      }),
      expect.objectContaining({ targetCode: '15' }),
      expect.objectContaining({
        targetCode: '2.4',
        targetUrl: 'https://sdgs.un.org/goals/goal2',
      }),
      expect.objectContaining({
        targetFramework: 'World Economic Forum 21st-century skills',
        targetCode: 'collaboration',
        targetUrl: `${PUBLIC_URL}/api/skills/collaboration`,
      }),
      expect.objectContaining({
        targetFramework: 'ESCO',
        targetUrl:
          'http://data.europa.eu/esco/skill/5a0f3e4a-6e3b-4bd1-9b0a-6a3c1c1e2d6f',
      }),
    ]);
  });

  it('lists evidence files and links', async () => {
    const [file]: { id: string }[] = await api.dataSource.query(
      `INSERT INTO stored_files (organisation_id, purpose, storage_key,
         content_type, byte_size, sha256, original_name)
       VALUES ($1, 'evidence', $2, 'image/png', 10, 'abc', 'bed.png')
       RETURNING id`,
      [organisationId, `test/${Date.now()}`],
    );
    const credential = await issueCredential(api, {
      organisationId,
      achievementId,
      evidence: [
        { fileId: file!.id, name: 'The bed', narrative: 'After planting.' },
        { url: 'https://example.org/video' },
      ],
    });
    const rows = await api.dataSource.query(
      `SELECT position, file_id AS "fileId", url, name FROM credential_evidence
        WHERE credential_id = $1 ORDER BY position`,
      [credential.id],
    );

    expect((credential.document as JsonDocument).evidence).toEqual([
      {
        id: `${PUBLIC_URL}/api/files/${file!.id}`,
        type: ['Evidence'],
        name: 'The bed',
        narrative: 'After planting.',
      },
      { id: 'https://example.org/video', type: ['Evidence'] },
    ]);
    expect(rows).toEqual([
      { position: 0, fileId: file!.id, url: null, name: 'The bed' },
      {
        position: 1,
        fileId: null,
        url: 'https://example.org/video',
        name: null,
      },
    ]);
  });

  it('rejects evidence of another organisation', async () => {
    const other = await createOrganisation(api.dataSource, 'provider');
    const [file]: { id: string }[] = await api.dataSource.query(
      `INSERT INTO stored_files (organisation_id, purpose, storage_key,
         content_type, byte_size, sha256, original_name)
       VALUES ($1, 'evidence', $2, 'image/png', 10, 'abc', 'x.png')
       RETURNING id`,
      [other, `test/other-${Date.now()}`],
    );

    await expect(
      issueCredential(api, {
        organisationId,
        achievementId,
        evidence: [{ fileId: file!.id }],
      }),
    ).rejects.toThrow(/is not an evidence file of this organisation/);
  });

  it('rejects a badge image given as evidence', async () => {
    const [file]: { id: string }[] = await api.dataSource.query(
      `INSERT INTO stored_files (organisation_id, purpose, storage_key,
         content_type, byte_size, sha256, original_name)
       VALUES ($1, 'achievement_image', $2, 'image/png', 10, 'abc', 'x.png')
       RETURNING id`,
      [organisationId, `test/image-${Date.now()}`],
    );

    await expect(
      issueCredential(api, {
        organisationId,
        achievementId,
        evidence: [{ fileId: file!.id }],
      }),
    ).rejects.toThrow(/upload it with purpose=evidence/);
  });

  it('signs a VC-JWT whose kid the DID document resolves', async () => {
    const credential = await issueCredential(api, {
      organisationId,
      achievementId,
    });
    const header = decodeProtectedHeader(credential.jwt);
    const did = header.kid!.split('#')[0]!;
    const response = await fetch(
      `${api.baseUrl}/issuers/${did.split(':').at(-1)}/did.json`,
    );
    const didDocument = (await response.json()) as {
      verificationMethod: { id: string; publicKeyJwk?: object }[];
    };
    const method = didDocument.verificationMethod.find(
      (candidate) => candidate.id === header.kid,
    );
    const { payload } = await jwtVerify(
      credential.jwt,
      await importJWK(method!.publicKeyJwk as object, 'ES256'),
      { typ: 'JWT' },
    );
    const document = credential.document as JsonDocument;

    expect(header.alg).toBe('ES256');
    expect(header.typ).toBe('JWT');
    expect(payload.iss).toBe(document.issuer.id);
    expect(payload.jti).toBe(document.id);
    expect(payload.sub).toBe(document.credentialSubject.id);
    expect(payload.nbf).toBe(new Date(document.validFrom).getTime() / 1000);
    expect(payload.exp).toBe(new Date(document.validUntil).getTime() / 1000);
    expect(payload.proof).toEqual(document.proof);
    // The JWT keeps the order the document was built in.
    expect(Object.keys(payload)[0]).toBe('@context');
  });

  it('rejects a badge of another organisation', async () => {
    const other = await createOrganisation(api.dataSource, 'provider');
    const foreign = await insertAchievement(api.dataSource, other);

    await expect(
      issueCredential(api, { organisationId, achievementId: foreign }),
    ).rejects.toThrow(/belongs to another organisation/);
  });
});

describe('idempotent issuing', () => {
  let achievementId: string;

  beforeAll(async () => {
    achievementId = await insertAchievement(api.dataSource, organisationId);
  });

  async function countWithKey(key: string): Promise<number> {
    const [row]: { count: string }[] = await api.dataSource.query(
      `SELECT count(*) FROM credentials
        WHERE organisation_id = $1 AND idempotency_key = $2`,
      [organisationId, key],
    );

    return Number(row!.count);
  }

  it('returns the first credential for a retry', async () => {
    const request = {
      organisationId,
      achievementId,
      idempotencyKey: 'retry-1',
      recipient: { userId: null, email: 'sam@example.org' },
    };
    const first = await issueCredential(api, request);
    const second = await issueCredential(api, request);

    expect(second.id).toBe(first.id);
    expect(second.jwt).toBe(first.jwt);
    expect(await countWithKey('retry-1')).toBe(1);
  });

  it('refuses a key reused for a different recipient or badge', async () => {
    const other = await insertAchievement(api.dataSource, organisationId);
    const request = {
      organisationId,
      achievementId,
      idempotencyKey: 'reused-1',
      recipient: { userId: null, email: 'ana@example.org' },
    };
    const first = await issueCredential(api, request);

    const sameButCase = await issueCredential(api, {
      ...request,
      recipient: { userId: null, email: 'Ana@Example.org' },
    });
    const otherRecipient = issueCredential(api, {
      ...request,
      recipient: { userId: null, email: 'ben@example.org' },
    });
    const otherBadge = issueCredential(api, {
      ...request,
      achievementId: other,
    });

    expect(sameButCase.id).toBe(first.id);
    await expect(otherRecipient).rejects.toMatchObject({
      message: expect.stringMatching(
        /^idempotency key reused-1 was already used for a different award \(recipient ana@example.org, not ben@example.org\); use a new key for a new award\.$/,
      ),
    });
    await expect(otherBadge).rejects.toMatchObject({
      message: expect.stringContaining(
        `achievement ${achievementId}, not ${other}`,
      ),
    });
    expect(await countWithKey('reused-1')).toBe(1);
  });

  it('issues once for concurrent requests', async () => {
    const request = {
      organisationId,
      achievementId,
      idempotencyKey: 'parallel-1',
      recipient: { userId: null, email: 'kai@example.org' },
    };
    const results = await Promise.all(
      Array.from({ length: 5 }, () => issueCredential(api, request)),
    );

    expect(new Set(results.map((credential) => credential.id)).size).toBe(1);
    expect(await countWithKey('parallel-1')).toBe(1);
  });

  it('gives concurrent badges distinct status indexes', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        issueCredential(api, { organisationId, achievementId }),
      ),
    );
    const slots = results.map(
      (credential) =>
        `${credential.statusListId}/${credential.statusListIndex}`,
    );

    expect(new Set(slots).size).toBe(6);
  });
});

describe('endorsements', () => {
  it('embeds active endorsements in later badges', async () => {
    const achievementId = await insertAchievement(
      api.dataSource,
      organisationId,
      { name: 'River Watch' },
    );
    const councilId = await createOrganisation(api.dataSource, 'council', {
      name: 'Blue Mountains Council',
    });
    const issuer = api.app.get(CredentialIssuer);
    const endorsement = await api.dataSource.transaction((manager) =>
      issuer.issue(manager, {
        type: CredentialType.ENDORSEMENT,
        organisationId: councilId,
        issuedById: null,
        achievementId,
        endorsementComment: 'Meets our youth volunteering standard.',
      }),
    );
    const badge = await issueCredential(api, { organisationId, achievementId });
    const document = endorsement.document as JsonDocument;
    const embedded = (badge.document as JsonDocument).credentialSubject
      .achievement.endorsement;

    expect(document.type).toEqual([
      'VerifiableCredential',
      'EndorsementCredential',
    ]);
    expect(document.credentialSubject).toEqual({
      id: `${PUBLIC_URL}/api/achievements/${achievementId}`,
      type: ['EndorsementSubject'],
      endorsementComment: 'Meets our youth volunteering standard.',
    });
    expect(document.name).toBe(
      'Endorsement of River Watch by Blue Mountains Council',
    );
    expect((await verifyDataIntegrity(document)).verified).toBe(true);
    expect(embedded).toEqual([document]);
    expect((await verifyDataIntegrity(badge.document)).verified).toBe(true);
  });
});
