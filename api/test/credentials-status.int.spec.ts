import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import {
  checkStatus,
  decodeList,
} from '@digitalbazaar/vc-bitstring-status-list';

import type { Credential } from '../src/modules/credentials/credential.entity.js';
import { IssuerDocuments } from '../src/modules/issuers/issuer-documents.js';
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

const PUBLIC_URL = 'https://badges.example.org';

let api: TestApp;
let organisationId: string;
let achievementId: string;
const staff = {} as Record<
  'owner' | 'awarder' | 'editor' | 'outsider',
  TestUser
>;

beforeAll(async () => {
  api = await startTestApp({ PUBLIC_URL });
  organisationId = await createOrganisation(api.dataSource, 'provider');
  achievementId = await insertAchievement(api.dataSource, organisationId);
  for (const role of ['owner', 'awarder', 'editor'] as const) {
    staff[role] = await createUser(api.dataSource);
    await addMember(api.dataSource, organisationId, staff[role].id, role);
  }
  staff.outsider = await createUser(api.dataSource);
});

afterAll(async () => {
  await clearCredentials(api.dataSource);
  await api.close();
});

const CHANGE = (
  mutation: string,
) => `mutation ($input: ChangeCredentialStatusInput!) {
  ${mutation}(input: $input) { id status }
}`;

function change(
  mutation: string,
  credentialId: string,
  user: TestUser,
  reason = 'Awarded to the wrong learner.',
) {
  return api.graphql<Record<string, { id: string; status: string }>>(
    CHANGE(mutation),
    { input: { credentialId, reason } },
    { cookie: user.cookie },
  );
}

/** Reads the credential's bit from the published list for the purpose. */
async function publishedBit(
  credential: Credential,
  purpose: 'revocation' | 'suspension',
): Promise<boolean> {
  const response = await fetch(
    `${api.baseUrl}/api/status-lists/${credential.statusListId}/${purpose}`,
  );
  const document = (await response.json()) as {
    credentialSubject: { encodedList: string };
  };
  const list = await decodeList({
    encodedList: document.credentialSubject.encodedList,
  });

  return list.getStatus(credential.statusListIndex);
}

async function verifiedStatus(credential: Credential) {
  const documentLoader = api.app.get(IssuerDocuments).loader();
  const suite = new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });

  return vc.verifyCredential({
    credential: credential.document,
    suite,
    documentLoader,
    checkStatus: (options) =>
      checkStatus({ ...options, suite, documentLoader }),
  });
}

describe('revokeCredential', () => {
  it('sets the revocation bit for an awarder', async () => {
    const credential = await issueCredential(api, {
      organisationId,
      achievementId,
    });
    expect(await publishedBit(credential, 'revocation')).toBe(false);

    const response = await change(
      'revokeCredential',
      credential.id,
      staff.awarder,
    );

    expect(response.errors).toBeUndefined();
    expect(response.data!.revokeCredential!.status).toBe('REVOKED');
    expect(await publishedBit(credential, 'revocation')).toBe(true);
    expect(await publishedBit(credential, 'suspension')).toBe(false);
  });

  it('shows in the checked status of the credential', async () => {
    const credential = await issueCredential(api, {
      organisationId,
      achievementId,
    });
    await change('revokeCredential', credential.id, staff.owner);

    const result = await verifiedStatus(credential);
    const revocation = (
      result.statusResult as {
        results: {
          status: boolean;
          credentialStatus: { statusPurpose: string };
        }[];
      }
    ).results.find(
      (entry) => entry.credentialStatus.statusPurpose === 'revocation',
    );

    expect(revocation?.status).toBe(true);
  });

  it('records the change and audits it', async () => {
    const credential = await issueCredential(api, {
      organisationId,
      achievementId,
    });
    await change('revokeCredential', credential.id, staff.owner, 'Duplicate.');

    const changes = await api.dataSource.query(
      `SELECT status, reason, actor_id AS "actorId"
         FROM credential_status_changes WHERE credential_id = $1`,
      [credential.id],
    );
    const audit = await api.dataSource.query(
      `SELECT action, actor_id AS "actorId" FROM audit_log
        WHERE subject_type = 'credential' AND subject_id = $1`,
      [credential.id],
    );

    expect(changes).toEqual([
      { status: 'revoked', reason: 'Duplicate.', actorId: staff.owner.id },
    ]);
    expect(audit).toEqual([
      { action: 'credential_revoked', actorId: staff.owner.id },
    ]);
  });

  it('is final', async () => {
    const credential = await issueCredential(api, {
      organisationId,
      achievementId,
    });
    await change('revokeCredential', credential.id, staff.owner);

    for (const mutation of [
      'revokeCredential',
      'suspendCredential',
      'reinstateCredential',
    ]) {
      const response = await change(mutation, credential.id, staff.owner);
      expect(response.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    }
  });

  it('is forbidden to editors and outsiders', async () => {
    const credential = await issueCredential(api, {
      organisationId,
      achievementId,
    });

    for (const user of [staff.editor, staff.outsider]) {
      const response = await change('revokeCredential', credential.id, user);
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const [row] = await api.dataSource.query(
      'SELECT status FROM credentials WHERE id = $1',
      [credential.id],
    );
    expect(row.status).toBe('active');
  });

  it('is forbidden for an unknown credential', async () => {
    const response = await change(
      'revokeCredential',
      '6f1c2d2e-8b1a-4c57-9d62-0b8f0f6f3a11',
      staff.owner,
    );

    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it.each([
    ['', 'empty'],
    ['   ', 'blank'],
    ['x'.repeat(501), 'too long'],
  ])('rejects a reason that is %#: %s', async (reason) => {
    const credential = await issueCredential(api, {
      organisationId,
      achievementId,
    });
    const response = await change(
      'revokeCredential',
      credential.id,
      staff.owner,
      reason,
    );

    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.field).toBe('input.reason');
  });
});

describe('suspendCredential and reinstateCredential', () => {
  it('flip the suspension bit', async () => {
    const credential = await issueCredential(api, {
      organisationId,
      achievementId,
    });

    const suspended = await change(
      'suspendCredential',
      credential.id,
      staff.awarder,
    );
    expect(suspended.data!.suspendCredential!.status).toBe('SUSPENDED');
    expect(await publishedBit(credential, 'suspension')).toBe(true);

    const reinstated = await change(
      'reinstateCredential',
      credential.id,
      staff.awarder,
    );
    expect(reinstated.data!.reinstateCredential!.status).toBe('ACTIVE');
    expect(await publishedBit(credential, 'suspension')).toBe(false);
    expect(await publishedBit(credential, 'revocation')).toBe(false);
    expect((await verifiedStatus(credential)).verified).toBe(true);
  });

  it('reject reinstating an active credential', async () => {
    const credential = await issueCredential(api, {
      organisationId,
      achievementId,
    });
    const response = await change(
      'reinstateCredential',
      credential.id,
      staff.owner,
    );

    expect(response.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('reject suspending twice', async () => {
    const credential = await issueCredential(api, {
      organisationId,
      achievementId,
    });
    await change('suspendCredential', credential.id, staff.owner);
    const response = await change(
      'suspendCredential',
      credential.id,
      staff.owner,
    );

    expect(response.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('allow revoking a suspended credential', async () => {
    const credential = await issueCredential(api, {
      organisationId,
      achievementId,
    });
    await change('suspendCredential', credential.id, staff.owner);
    const response = await change(
      'revokeCredential',
      credential.id,
      staff.owner,
    );

    expect(response.data!.revokeCredential!.status).toBe('REVOKED');
  });
});

describe('GET /api/status-lists/:id/:purpose', () => {
  it('serves a signed list with the issuer of the credentials', async () => {
    const credential = await issueCredential(api, {
      organisationId,
      achievementId,
    });
    const url = `${api.baseUrl}/api/status-lists/${credential.statusListId}/revocation`;
    const response = await fetch(url);
    const document = (await response.json()) as JsonDocument;
    const documentLoader = api.app.get(IssuerDocuments).loader();
    const result = await vc.verifyCredential({
      credential: document,
      suite: new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }),
      documentLoader,
    });

    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toMatch(
      /^"[0-9a-f-]+-revocation-\d+"$/,
    );
    expect(document.id).toBe(
      `${PUBLIC_URL}/api/status-lists/${credential.statusListId}/revocation`,
    );
    expect(document.type).toContain('BitstringStatusListCredential');
    expect(document.issuer).toBe(
      (credential.document as JsonDocument).issuer.id,
    );
    expect(document.credentialSubject.statusPurpose).toBe('revocation');
    expect(result.verified).toBe(true);
  });

  it('answers 304 until the list changes', async () => {
    const credential = await issueCredential(api, {
      organisationId,
      achievementId,
    });
    const url = `${api.baseUrl}/api/status-lists/${credential.statusListId}/suspension`;
    const etag = (await fetch(url)).headers.get('etag')!;

    const unchanged = await fetch(url, { headers: { 'if-none-match': etag } });
    await change('suspendCredential', credential.id, staff.owner);
    const changed = await fetch(url, { headers: { 'if-none-match': etag } });

    expect(unchanged.status).toBe(304);
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('rejects an unknown purpose with 400', async () => {
    const credential = await issueCredential(api, {
      organisationId,
      achievementId,
    });
    const response = await fetch(
      `${api.baseUrl}/api/status-lists/${credential.statusListId}/refresh`,
    );
    const body = (await response.json()) as {
      errors: { extensions: object }[];
    };

    expect(response.status).toBe(400);
    expect(body.errors[0]!.extensions).toEqual(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
  });

  it.each(['6f1c2d2e-8b1a-4c57-9d62-0b8f0f6f3a11', 'not-a-list'])(
    'answers 404 for list %s',
    async (listId) => {
      const response = await fetch(
        `${api.baseUrl}/api/status-lists/${listId}/revocation`,
      );

      expect(response.status).toBe(404);
      expect(
        ((await response.json()) as { errors: unknown[] }).errors,
      ).toHaveLength(1);
    },
  );
});
