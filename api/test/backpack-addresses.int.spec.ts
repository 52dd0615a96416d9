import { randomUUID } from 'node:crypto';

import {
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
import { lastMessageTo, tokenIn } from './support/outbox.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const ADDRESSES = `query { myEmailAddresses { id email primary verified verifiedAt } }`;
const ADD = `mutation ($input: AddEmailAddressInput!) {
  addEmailAddress(input: $input) { id email primary verified }
}`;
const RESEND = `mutation ($input: EmailAddressInput!) {
  resendEmailAddressVerification(input: $input)
}`;
const REMOVE = `mutation ($input: EmailAddressInput!) {
  removeEmailAddress(input: $input)
}`;
const VERIFY = `mutation ($input: VerifyEmailInput!) {
  verifyEmail(input: $input) { email primary account { id email } }
}`;
const MINE = `query { myCredentials { totalCount edges { node { id } } } }`;
const BACKPACK = `query { myBackpack { totalCount edges { node { id kind } } } }`;

interface Address {
  id: string | null;
  email: string;
  primary: boolean;
  verified: boolean;
}

let api: TestApp;
let providerId: string;
let owner: TestUser;

beforeAll(async () => {
  api = await startTestApp();
  await clearCredentials(api.dataSource);
  await clearListings(api.dataSource);
  providerId = await createOrganisation(api.dataSource, 'provider');
  owner = await createUser(api.dataSource);
  await api.dataSource.query(
    `INSERT INTO organisation_members (organisation_id, user_id, role)
     VALUES ($1, $2, 'owner')`,
    [providerId, owner.id],
  );
});

afterAll(async () => {
  await clearCredentials(api.dataSource);
  await api.close();
});

function newAddress(): string {
  return `extra-${randomUUID().slice(0, 8)}@example.org`;
}

async function add(user: TestUser, email: string) {
  return api.graphql<{ addEmailAddress: Address }>(
    ADD,
    { input: { email } },
    { cookie: user.cookie },
  );
}

/** Adds the address and uses the link e-mailed to it. */
async function addVerified(user: TestUser, email: string): Promise<string> {
  const added = await add(user, email);
  expect(added.errors).toBeUndefined();
  const token = tokenIn(await lastMessageTo(api.outboxDir, email));
  const verified = await api.graphql(VERIFY, { input: { token } });
  expect(verified.errors).toBeUndefined();

  return added.data!.addEmailAddress.id!;
}

async function addresses(user: TestUser): Promise<Address[]> {
  const response = await api.graphql<{ myEmailAddresses: Address[] }>(
    ADDRESSES,
    {},
    { cookie: user.cookie },
  );
  expect(response.errors).toBeUndefined();

  return response.data!.myEmailAddresses;
}

describe('e-mail addresses', () => {
  it('lists the primary address first', async () => {
    const user = await createUser(api.dataSource);
    const extra = newAddress();
    await add(user, extra);

    const list = await addresses(user);

    expect(
      list.map((each) => [each.email, each.primary, each.verified]),
    ).toEqual([
      [user.email, true, true],
      [extra, false, false],
    ]);
    expect(list[0]!.id).toBeNull();
  });

  it('verifies an address by its e-mailed link', async () => {
    const user = await createUser(api.dataSource);
    const extra = newAddress();
    await addVerified(user, extra);

    const list = await addresses(user);

    expect(list[1]).toMatchObject({ email: extra, verified: true });
  });

  it('names the account in the verification e-mail', async () => {
    const user = await createUser(api.dataSource, { name: 'Mina Okafor' });
    const extra = newAddress();
    await add(user, extra);

    const message = await lastMessageTo(api.outboxDir, extra);

    expect(message.subject).toContain('Mina Okafor');
    expect(message.text).toContain(
      'Mina Okafor added this e-mail address to their Learnscape account',
    );
    expect(message.text).toMatch(
      /every badge sent to this address, earlier or later,\s+moves into the backpack of Mina Okafor's account/,
    );
    expect(message.text).toMatch(/ignore\s+this e-mail/);
    expect(message.text).not.toContain(user.email);
  });

  it('names the account again in a resent e-mail', async () => {
    const user = await createUser(api.dataSource, { name: 'Tomás Reyes' });
    const extra = newAddress();
    const id = (await add(user, extra)).data!.addEmailAddress.id;

    await api.graphql(
      RESEND,
      { input: { emailAddressId: id } },
      { cookie: user.cookie },
    );

    const message = await lastMessageTo(api.outboxDir, extra);
    expect(message.text).toContain(
      'Tomás Reyes added this e-mail address to their Learnscape account',
    );
  });

  it('returns only the address to whoever opens the link', async () => {
    const user = await createUser(api.dataSource, { name: 'Hidden Adder' });
    const stranger = await createUser(api.dataSource);
    const extra = newAddress();
    await add(user, extra);
    const token = tokenIn(await lastMessageTo(api.outboxDir, extra));

    const response = await api.graphql<{ verifyEmail: unknown }>(
      VERIFY,
      { input: { token } },
      { cookie: stranger.cookie },
    );

    expect(response.errors).toBeUndefined();
    expect(response.data!.verifyEmail).toEqual({
      email: extra,
      primary: false,
      account: null,
    });
    expect(JSON.stringify(response)).not.toContain(user.email);
    expect(JSON.stringify(response)).not.toContain(user.id);
  });

  it('returns the account to the adder who opens the link', async () => {
    const user = await createUser(api.dataSource);
    const extra = newAddress();
    await add(user, extra);
    const token = tokenIn(await lastMessageTo(api.outboxDir, extra));

    const response = await api.graphql<{
      verifyEmail: { account: { id: string; email: string } | null };
    }>(VERIFY, { input: { token } }, { cookie: user.cookie });

    expect(response.errors).toBeUndefined();
    expect(response.data!.verifyEmail.account).toEqual({
      id: user.id,
      email: user.email,
    });
  });

  it('normalises the address before storing it', async () => {
    const user = await createUser(api.dataSource);
    const response = await add(user, '  Mixed.Case@Example.ORG ');

    expect(response.data?.addEmailAddress.email).toBe('mixed.case@example.org');
  });

  it('rejects an invalid address', async () => {
    const user = await createUser(api.dataSource);
    const error = errorOf(await add(user, 'not-an-address'));

    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.field).toBe('input.email');
    expect(error.message).toContain('not-an-address');
  });

  it('rejects an address already on the account', async () => {
    const user = await createUser(api.dataSource);
    const extra = newAddress();
    await add(user, extra);

    expect(errorOf(await add(user, extra)).code).toBe('CONFLICT');
    expect(errorOf(await add(user, user.email)).code).toBe('CONFLICT');
  });

  it('rejects an address another account verified, naming nobody', async () => {
    const other = await createUser(api.dataSource, { name: 'Hidden Person' });
    const first = await createUser(api.dataSource);
    const extra = newAddress();
    await addVerified(first, extra);

    const byPrimary = errorOf(await add(first, other.email));
    const byExtra = errorOf(await add(other, extra));

    expect(byPrimary.code).toBe('CONFLICT');
    expect(byPrimary.message).not.toContain('Hidden Person');
    expect(byExtra.code).toBe('CONFLICT');
    expect(byExtra.message).not.toContain(first.email);
  });

  it('rejects a link once another account verified the address', async () => {
    const first = await createUser(api.dataSource);
    const second = await createUser(api.dataSource);
    const extra = newAddress();
    await add(first, extra);
    const firstToken = tokenIn(await lastMessageTo(api.outboxDir, extra));
    await addVerified(second, extra);

    const response = await api.graphql(VERIFY, {
      input: { token: firstToken },
    });

    expect(errorOf(response).code).toBe('CONFLICT');
  });

  it('limits an account to 10 extra addresses', async () => {
    const user = await createUser(api.dataSource);
    await api.dataSource.query(
      `INSERT INTO user_emails (user_id, email)
       SELECT $1, 'many-' || n || '-' || $2 FROM generate_series(1, 10) n`,
      [user.id, `${randomUUID().slice(0, 6)}@example.org`],
    );

    const error = errorOf(await add(user, newAddress()));

    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('10 extra addresses');
  });

  it('resends the link of an unverified address', async () => {
    const user = await createUser(api.dataSource);
    const extra = newAddress();
    const id = (await add(user, extra)).data!.addEmailAddress.id;
    const before = tokenIn(await lastMessageTo(api.outboxDir, extra));

    const response = await api.graphql(
      RESEND,
      { input: { emailAddressId: id } },
      { cookie: user.cookie },
    );

    expect(response.errors).toBeUndefined();
    expect(tokenIn(await lastMessageTo(api.outboxDir, extra))).not.toBe(before);
  });

  it('rejects resending for a verified address', async () => {
    const user = await createUser(api.dataSource);
    const id = await addVerified(user, newAddress());
    const response = await api.graphql(
      RESEND,
      { input: { emailAddressId: id } },
      { cookie: user.cookie },
    );

    expect(errorOf(response).code).toBe('CONFLICT');
  });

  it('removes an address; its link then fails', async () => {
    const user = await createUser(api.dataSource);
    const extra = newAddress();
    const id = (await add(user, extra)).data!.addEmailAddress.id;
    const token = tokenIn(await lastMessageTo(api.outboxDir, extra));

    const removed = await api.graphql(
      REMOVE,
      { input: { emailAddressId: id } },
      { cookie: user.cookie },
    );
    const verified = await api.graphql(VERIFY, { input: { token } });

    expect(removed.errors).toBeUndefined();
    expect((await addresses(user)).map((each) => each.email)).toEqual([
      user.email,
    ]);
    expect(errorOf(verified).code).toBe('BAD_USER_INPUT');
  });

  it("rejects removing another account's address", async () => {
    const user = await createUser(api.dataSource);
    const stranger = await createUser(api.dataSource);
    const id = (await add(user, newAddress())).data!.addEmailAddress.id;

    const response = await api.graphql(
      REMOVE,
      { input: { emailAddressId: id } },
      { cookie: stranger.cookie },
    );

    expect(errorOf(response).code).toBe('NOT_FOUND');
    expect(await addresses(user)).toHaveLength(2);
  });
});

describe('badges sent to an extra address', () => {
  async function awardTo(email: string): Promise<string> {
    const achievementId = await insertAchievement(api.dataSource, providerId);
    const response = await awardBadge(api, owner, { achievementId, email });
    expect(response.errors).toBeUndefined();

    return response.data!.awardBadge.id;
  }

  it('join the backpack once the address is verified', async () => {
    const user = await createUser(api.dataSource);
    const extra = newAddress();
    const before = await awardTo(extra);
    await addVerified(user, extra);
    const after = await awardTo(extra);

    const mine = await api.graphql<{
      myCredentials: { edges: { node: { id: string } }[] };
    }>(MINE, {}, { cookie: user.cookie });
    const backpack = await api.graphql<{
      myBackpack: { edges: { node: { id: string } }[] };
    }>(BACKPACK, {}, { cookie: user.cookie });

    const ids = mine.data!.myCredentials.edges.map((edge) => edge.node.id);
    expect(ids.sort()).toEqual([before, after].sort());
    expect(backpack.data!.myBackpack.edges).toHaveLength(2);
  });

  it('tie a new award to the account that verified the address', async () => {
    const user = await createUser(api.dataSource);
    const extra = newAddress();
    await addVerified(user, extra);
    const id = await awardTo(extra);

    const [row] = await api.dataSource.query(
      'SELECT recipient_user_id FROM credentials WHERE id = $1',
      [id],
    );

    expect(row.recipient_user_id).toBe(user.id);
  });

  it('stay out of the backpack while the address is unverified', async () => {
    const user = await createUser(api.dataSource);
    const extra = newAddress();
    await add(user, extra);
    await awardTo(extra);

    const mine = await api.graphql<{ myCredentials: { totalCount: number } }>(
      MINE,
      {},
      { cookie: user.cookie },
    );

    expect(mine.data!.myCredentials.totalCount).toBe(0);
  });

  it('can be read and downloaded by the holder', async () => {
    const user = await createUser(api.dataSource);
    const extra = newAddress();
    const id = await awardTo(extra);
    await addVerified(user, extra);

    const json = await fetch(
      `${api.baseUrl}/api/credentials/${id}/credential.json`,
      {
        headers: { cookie: user.cookie },
      },
    );
    const account = await fetch(`${api.baseUrl}/api/account/export`, {
      headers: { cookie: user.cookie },
    });
    const exported = (await account.json()) as {
      credentials: { id: string }[];
      emailAddresses: { email: string }[];
    };

    expect(json.status).toBe(200);
    expect(exported.credentials.map((each) => each.id)).toEqual([id]);
    expect(exported.emailAddresses.map((each) => each.email)).toEqual([extra]);
  });

  it('leave the backpack when the address is removed', async () => {
    const user = await createUser(api.dataSource);
    const extra = newAddress();
    await awardTo(extra);
    const addressId = await addVerified(user, extra);

    await api.graphql(
      REMOVE,
      { input: { emailAddressId: addressId } },
      { cookie: user.cookie },
    );
    const mine = await api.graphql<{ myCredentials: { totalCount: number } }>(
      MINE,
      {},
      { cookie: user.cookie },
    );

    expect(mine.data!.myCredentials.totalCount).toBe(0);
  });
});
