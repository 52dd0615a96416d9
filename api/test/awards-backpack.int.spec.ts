import { randomUUID } from 'node:crypto';

import {
  addMember,
  createOrganisation,
  createUser,
  type TestUser,
} from './support/accounts.js';
import {
  clearCredentials,
  insertAchievement,
} from './support/authorisation/credential-cases.js';
import { awardBadge, errorOf } from './support/awards.js';
import { clearListings } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PUBLIC_URL = 'https://badges.example.org';

const CREDENTIAL = `query ($id: ID!) {
  credential(id: $id) {
    id recipientEmail recipientName shared expired status statusReason
    json jwt publicUrl ob2AssertionUrl downloadUrls { json jwt png svg }
    achievement { id name } issuer { id name }
  }
}`;

const MINE = `query ($first: Int, $after: String) {
  myCredentials(first: $first, after: $after) {
    totalCount
    edges { node { id achievement { name } issuer { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const SHARE = `mutation ($input: ShareCredentialInput!) {
  shareCredential(input: $input) { id shared }
}`;

interface MinePage {
  myCredentials: {
    totalCount: number;
    edges: { node: { id: string; achievement: { name: string } } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

let api: TestApp;
let providerId: string;
let owner: TestUser;
let editor: TestUser;

beforeAll(async () => {
  api = await startTestApp({ PUBLIC_URL });
  await clearCredentials(api.dataSource);
  await clearListings(api.dataSource);
  providerId = await createOrganisation(api.dataSource, 'provider', {
    name: 'Leura Library',
  });
  owner = await createUser(api.dataSource);
  editor = await createUser(api.dataSource);
  await addMember(api.dataSource, providerId, owner.id, 'owner');
  await addMember(api.dataSource, providerId, editor.id, 'editor');
});

afterAll(async () => {
  await clearCredentials(api.dataSource);
  await api.close();
});

async function award(
  email: string,
  name = `Reader ${randomUUID().slice(0, 4)}`,
) {
  const achievementId = await insertAchievement(api.dataSource, providerId, {
    name,
  });
  const response = await awardBadge(api, owner, { achievementId, email });
  expect(response.errors).toBeUndefined();

  return response.data!.awardBadge.id;
}

function credentialAs(user: TestUser | null, id: string) {
  return api.graphql<{
    credential: Record<string, unknown> & { json: string };
  }>(CREDENTIAL, { id }, { cookie: user?.cookie });
}

describe('credential', () => {
  it('shows a badge to its recipient and issuer until it is shared', async () => {
    const learner = await createUser(api.dataSource, { name: 'Kim Reader' });
    const id = await award(learner.email, 'Book Club');
    const stranger = await createUser(api.dataSource);

    const asRecipient = await credentialAs(learner, id);
    const asEditor = await credentialAs(editor, id);
    const asStranger = await credentialAs(stranger, id);
    const asAnonymous = await credentialAs(null, id);

    expect(asRecipient.data!.credential).toMatchObject({
      id,
      recipientEmail: learner.email,
      recipientName: 'Kim Reader',
      shared: false,
      expired: false,
      status: 'ACTIVE',
      statusReason: null,
      publicUrl: `${PUBLIC_URL}/badges/${id}`,
      ob2AssertionUrl: `${PUBLIC_URL}/ob2/assertions/${id}`,
      downloadUrls: {
        json: `${PUBLIC_URL}/api/credentials/${id}/credential.json`,
        jwt: `${PUBLIC_URL}/api/credentials/${id}/credential.jwt`,
        png: `${PUBLIC_URL}/api/credentials/${id}/badge.png`,
        svg: `${PUBLIC_URL}/api/credentials/${id}/badge.svg`,
      },
      achievement: { name: 'Book Club' },
      issuer: { id: providerId, name: 'Leura Library' },
    });
    const document = JSON.parse(asRecipient.data!.credential.json) as {
      id: string;
      proof: unknown;
    };
    expect(document.id).toBe(`urn:uuid:${id}`);
    expect(document.proof).toBeDefined();
    expect(asRecipient.data!.credential.json).toContain('\n  "');
    expect(asEditor.data!.credential.recipientEmail).toBe(learner.email);
    expect(errorOf(asStranger).code).toBe('NOT_FOUND');
    expect(errorOf(asAnonymous).code).toBe('NOT_FOUND');
  });

  it('shows a shared badge to anyone, without the recipient details', async () => {
    const learner = await createUser(api.dataSource);
    const id = await award(learner.email);

    const shared = await api.graphql<{ shareCredential: { shared: boolean } }>(
      SHARE,
      { input: { credentialId: id, shared: true } },
      { cookie: learner.cookie },
    );
    const asAnonymous = await credentialAs(null, id);

    expect(shared.data!.shareCredential.shared).toBe(true);
    expect(asAnonymous.data!.credential).toMatchObject({
      id,
      shared: true,
      recipientEmail: null,
      recipientName: null,
    });

    await api.graphql(
      SHARE,
      { input: { credentialId: id, shared: false } },
      { cookie: learner.cookie },
    );
    expect(errorOf(await credentialAs(null, id)).code).toBe('NOT_FOUND');
  });

  it('lets only the recipient share', async () => {
    const id = await award(`share-${randomUUID().slice(0, 6)}@example.org`);

    const response = await api.graphql(
      SHARE,
      { input: { credentialId: id, shared: true } },
      { cookie: owner.cookie },
    );

    expect(errorOf(response).code).toBe('NOT_FOUND');
  });
});

describe('myCredentials', () => {
  it('lists badges of the account and of its verified address, newest first, in pages', async () => {
    const email = `later-${randomUUID().slice(0, 6)}@example.org`;
    const first = await award(email, 'First');
    const second = await award(email, 'Second');
    const learner = await createUser(api.dataSource, { email });
    const third = await award(email, 'Third');

    const page1 = await api.graphql<MinePage>(
      MINE,
      { first: 2 },
      { cookie: learner.cookie },
    );
    const page2 = await api.graphql<MinePage>(
      MINE,
      { first: 2, after: page1.data!.myCredentials.pageInfo.endCursor },
      { cookie: learner.cookie },
    );

    expect(page1.data!.myCredentials.totalCount).toBe(3);
    expect(page1.data!.myCredentials.edges.map((edge) => edge.node.id)).toEqual(
      [third, second],
    );
    expect(page1.data!.myCredentials.pageInfo.hasNextPage).toBe(true);
    expect(page2.data!.myCredentials.edges.map((edge) => edge.node.id)).toEqual(
      [first],
    );
    expect(page2.data!.myCredentials.pageInfo.hasNextPage).toBe(false);
  });

  it('leaves out badges of an address the account has not verified', async () => {
    const email = `unverified-${randomUUID().slice(0, 6)}@example.org`;
    await award(email);
    const learner = await createUser(api.dataSource, {
      email,
      verified: false,
    });

    const response = await api.graphql<MinePage>(
      MINE,
      {},
      {
        cookie: learner.cookie,
      },
    );

    expect(response.data!.myCredentials.totalCount).toBe(0);
  });
});

describe('organisationCredentials', () => {
  it('lists the issued badges for members and refuses others', async () => {
    const achievementId = await insertAchievement(api.dataSource, providerId);
    const id = (
      await awardBadge(api, owner, { achievementId, email: 'o@example.org' })
    ).data!.awardBadge.id;
    const query = `query ($organisationId: ID!, $achievementId: ID) {
      organisationCredentials(organisationId: $organisationId,
          achievementId: $achievementId) {
        totalCount edges { node { id recipientEmail } }
      }
    }`;
    const variables = { organisationId: providerId, achievementId };

    const asEditor = await api.graphql<{
      organisationCredentials: {
        totalCount: number;
        edges: { node: { id: string; recipientEmail: string } }[];
      };
    }>(query, variables, { cookie: editor.cookie });
    const asStranger = await api.graphql(query, variables, {
      cookie: (await createUser(api.dataSource)).cookie,
    });

    expect(asEditor.data!.organisationCredentials).toEqual({
      totalCount: 1,
      edges: [{ node: { id, recipientEmail: 'o@example.org' } }],
    });
    expect(errorOf(asStranger).code).toBe('FORBIDDEN');
  });
});
