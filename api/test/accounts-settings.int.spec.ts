import {
  addMember,
  createOrganisation,
  createSessionCookie,
  createUser,
  TEST_PASSWORD,
} from './support/accounts.js';
import {
  clearListings,
  createOpportunity,
  createProvider,
} from './support/factories.js';
import { lastMessageTo, tokenIn } from './support/outbox.js';
import {
  type GraphqlResponse,
  startTestApp,
  type TestApp,
} from './support/test-app.js';

const CHANGE_EMAIL = `mutation Change($input: ChangeEmailInput!) {
  changeEmail(input: $input) { email emailVerified }
}`;

const CHANGE_PASSWORD = `mutation Change($input: ChangePasswordInput!) {
  changePassword(input: $input)
}`;

const DELETE_ACCOUNT = `mutation Delete($input: DeleteAccountInput!) {
  deleteAccount(input: $input)
}`;

const VERIFY = `mutation Verify($input: VerifyEmailInput!) {
  verifyEmail(input: $input) { email primary }
}`;

const SIGN_IN = `mutation SignIn($input: SignInInput!) {
  signIn(input: $input) { id }
}`;

const NEW_PASSWORD = 'velvet harbour lighthouse';

let api: TestApp;

function errorOf(response: GraphqlResponse) {
  return response.errors![0]!;
}

async function meOf(cookie: string) {
  const response = await api.graphql<{ me: { id: string } | null }>(
    'query { me { id } }',
    {},
    { cookie },
  );

  return response.data!.me;
}

async function countOf(sql: string, id: string): Promise<number> {
  const [row]: { count: string }[] = await api.dataSource.query(sql, [id]);

  return Number(row!.count);
}

beforeAll(async () => {
  api = await startTestApp();
  await clearListings(api.dataSource);
});

beforeEach(async () => {
  await api.dataSource.query('DELETE FROM sign_in_throttles');
});

afterAll(async () => {
  await api.close();
});

describe('changeEmail', () => {
  it('sets an unverified address and mails both addresses', async () => {
    const user = await createUser(api.dataSource, { verified: true });
    const newEmail = `moved-${user.id.slice(0, 8)}@example.org`;

    const response = await api.graphql<{
      changeEmail: { email: string; emailVerified: boolean };
    }>(
      CHANGE_EMAIL,
      {
        input: {
          newEmail: ` ${newEmail.toUpperCase()}`,
          currentPassword: TEST_PASSWORD,
        },
      },
      { cookie: user.cookie },
    );

    expect(response.errors).toBeUndefined();
    expect(response.data!.changeEmail).toEqual({
      email: newEmail,
      emailVerified: false,
    });
    const notice = await lastMessageTo(api.outboxDir, user.email);
    expect(notice.subject).toMatch(/e-mail address was changed/);
    expect(notice.text).not.toContain(newEmail);
    const link = await lastMessageTo(api.outboxDir, newEmail);
    const verified = await api.graphql<{
      verifyEmail: { email: string; primary: boolean };
    }>(VERIFY, { input: { token: tokenIn(link) } });
    expect(verified.data!.verifyEmail).toEqual({
      email: newEmail,
      primary: true,
    });
  });

  it('ends links sent to the old address', async () => {
    const user = await createUser(api.dataSource, { verified: false });
    await api.graphql(
      'mutation { resendVerificationEmail }',
      {},
      {
        cookie: user.cookie,
      },
    );
    const oldToken = tokenIn(await lastMessageTo(api.outboxDir, user.email));
    await api.graphql(
      CHANGE_EMAIL,
      {
        input: {
          newEmail: `other-${user.id.slice(0, 8)}@example.org`,
          currentPassword: TEST_PASSWORD,
        },
      },
      { cookie: user.cookie },
    );

    const response = await api.graphql(VERIFY, { input: { token: oldToken } });

    expect(errorOf(response).extensions!.field).toBe('input.token');
  });

  it('rejects a wrong current password', async () => {
    const user = await createUser(api.dataSource);
    const response = await api.graphql(
      CHANGE_EMAIL,
      {
        input: { newEmail: 'x-new@example.org', currentPassword: 'wrong one!' },
      },
      { cookie: user.cookie },
    );

    expect(errorOf(response).extensions!.code).toBe('BAD_USER_INPUT');
    expect(errorOf(response).extensions!.field).toBe('input.currentPassword');
  });

  it('rejects a taken address with CONFLICT', async () => {
    const user = await createUser(api.dataSource);
    const other = await createUser(api.dataSource);
    const response = await api.graphql(
      CHANGE_EMAIL,
      { input: { newEmail: other.email, currentPassword: TEST_PASSWORD } },
      { cookie: user.cookie },
    );

    expect(errorOf(response).extensions!.code).toBe('CONFLICT');
    expect(errorOf(response).extensions!.field).toBe('input.newEmail');
  });

  it('rejects an invalid address', async () => {
    const user = await createUser(api.dataSource);
    const response = await api.graphql(
      CHANGE_EMAIL,
      { input: { newEmail: 'nope', currentPassword: TEST_PASSWORD } },
      { cookie: user.cookie },
    );

    expect(errorOf(response).extensions!.field).toBe('input.newEmail');
  });
});

describe('changePassword', () => {
  it('sets the password and ends only the other sessions', async () => {
    const user = await createUser(api.dataSource);
    const other = await createSessionCookie(api.dataSource, user.id);

    const response = await api.graphql<{ changePassword: boolean }>(
      CHANGE_PASSWORD,
      { input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } },
      { cookie: user.cookie },
    );

    expect(response.data!.changePassword).toBe(true);
    expect(await meOf(user.cookie)).not.toBeNull();
    expect(await meOf(other)).toBeNull();
    const signedIn = await api.graphql(SIGN_IN, {
      input: { email: user.email, password: NEW_PASSWORD },
    });
    expect(signedIn.errors).toBeUndefined();
    const notice = await lastMessageTo(api.outboxDir, user.email);
    expect(notice.subject).toMatch(/password was changed/);
  });

  it('rejects a weak new password on its field', async () => {
    const user = await createUser(api.dataSource);
    const response = await api.graphql(
      CHANGE_PASSWORD,
      { input: { currentPassword: TEST_PASSWORD, newPassword: 'short' } },
      { cookie: user.cookie },
    );

    expect(errorOf(response).extensions!.code).toBe('BAD_USER_INPUT');
    expect(errorOf(response).extensions!.field).toBe('input.newPassword');
  });

  it('counts wrong current passwords towards the sign-in block', async () => {
    const user = await createUser(api.dataSource);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await api.graphql(
        CHANGE_PASSWORD,
        {
          input: { currentPassword: 'wrong guess!', newPassword: NEW_PASSWORD },
        },
        { cookie: user.cookie },
      );
    }

    const blocked = await api.graphql(
      CHANGE_PASSWORD,
      { input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } },
      { cookie: user.cookie },
    );

    expect(errorOf(blocked).extensions!.code).toBe('RATE_LIMITED');
  });
});

describe('GET /api/account/export', () => {
  it('downloads the user’s data without secrets', async () => {
    const user = await createUser(api.dataSource, {
      name: 'Export Person',
      verified: false,
    });
    const organisationId = await createOrganisation(
      api.dataSource,
      'provider',
      {
        name: 'Export Youth Club',
      },
    );
    await addMember(api.dataSource, organisationId, user.id, 'editor');
    const providerId = await createProvider(api.dataSource);
    const startsAt = new Date('2030-03-01T09:00:00Z');
    const opportunityId = await createOpportunity(api.dataSource, {
      title: 'Bush regeneration day',
      providerId,
      sessions: [startsAt],
    });
    await api.dataSource.query(
      `INSERT INTO registrations (session_id, user_id, status)
       SELECT id, $2, 'registered' FROM opportunity_sessions
        WHERE opportunity_id = $1`,
      [opportunityId, user.id],
    );
    await api.graphql(
      'mutation { updateProfile(input: {employerContact: true}) { id } }',
      {},
      { cookie: user.cookie },
    );
    await api.graphql(
      'mutation { resendVerificationEmail }',
      {},
      {
        cookie: user.cookie,
      },
    );

    const response = await fetch(`${api.baseUrl}/api/account/export`, {
      headers: { cookie: user.cookie },
    });
    const text = await response.text();
    const body = JSON.parse(text);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="learnscape-account-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(body.account).toMatchObject({
      id: user.id,
      email: user.email,
      name: 'Export Person',
    });
    expect(body.sessions).toHaveLength(1);
    expect(body.emailLinks).toEqual([
      expect.objectContaining({ purpose: 'verify_email', email: user.email }),
    ]);
    expect(body.memberships).toEqual([
      expect.objectContaining({
        organisationName: 'Export Youth Club',
        role: 'editor',
      }),
    ]);
    expect(body.registrations).toEqual([
      expect.objectContaining({
        status: 'registered',
        opportunity: { id: opportunityId, title: 'Bush regeneration day' },
        session: expect.objectContaining({
          startsAt: startsAt.toISOString(),
        }),
      }),
    ]);
    expect(body.auditEntries).toEqual([
      expect.objectContaining({ action: 'update', subjectId: user.id }),
    ]);
    const digests: { token_hash: string }[] = await api.dataSource.query(
      `SELECT token_hash FROM user_sessions WHERE user_id = $1
       UNION ALL SELECT token_hash FROM user_tokens WHERE user_id = $1`,
      [user.id],
    );
    expect(digests.length).toBe(2);
    for (const { token_hash } of digests)
      expect(text).not.toContain(token_hash);
    expect(text).not.toContain('$argon2');
    expect(text).not.toMatch(/passwordHash|password_hash|tokenHash/);
  });

  it('is 401 when signed out', async () => {
    const response = await fetch(`${api.baseUrl}/api/account/export`);
    const body = (await response.json()) as {
      errors: { extensions: { code: string } }[];
    };

    expect(response.status).toBe(401);
    expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('deleteAccount', () => {
  async function deleteWith(cookie: string, currentPassword = TEST_PASSWORD) {
    return api.graphql<{ deleteAccount: boolean }>(
      DELETE_ACCOUNT,
      { input: { currentPassword } },
      { cookie },
    );
  }

  it('deletes the user with what is theirs and keeps audit entries', async () => {
    const user = await createUser(api.dataSource);
    const organisationId = await createOrganisation(api.dataSource, 'provider');
    const owner = await createUser(api.dataSource);
    await addMember(api.dataSource, organisationId, owner.id, 'owner');
    await addMember(api.dataSource, organisationId, user.id, 'editor');
    const opportunityId = await createOpportunity(api.dataSource, {
      title: 'Coding club',
      providerId: organisationId,
      sessions: [new Date('2030-05-01T09:00:00Z')],
    });
    await api.dataSource.query(
      `INSERT INTO registrations (session_id, user_id, status)
       SELECT id, $2, 'registered' FROM opportunity_sessions
        WHERE opportunity_id = $1`,
      [opportunityId, user.id],
    );
    await api.graphql(
      'mutation { resendVerificationEmail }',
      {},
      {
        cookie: user.cookie,
      },
    );
    await api.graphql(
      'mutation { updateProfile(input: {shareLocation: true}) { id } }',
      {},
      { cookie: user.cookie },
    );

    const response = await deleteWith(user.cookie);

    expect(response.errors).toBeUndefined();
    expect(response.data!.deleteAccount).toBe(true);
    expect(response.setCookies[0]).toMatch(/^learnscape_session=;/);
    expect(await meOf(user.cookie)).toBeNull();
    for (const table of [
      'users WHERE id',
      'user_sessions WHERE user_id',
      'user_tokens WHERE user_id',
      'organisation_members WHERE user_id',
      'registrations WHERE user_id',
    ]) {
      expect(await countOf(`SELECT count(*) FROM ${table} = $1`, user.id)).toBe(
        0,
      );
    }
    const entries: { action: string; actor_id: string | null }[] =
      await api.dataSource.query(
        `SELECT action, actor_id FROM audit_log WHERE subject_id = $1
          ORDER BY id`,
        [user.id],
      );
    expect(entries).toEqual([
      { action: 'update', actor_id: null },
      { action: 'delete', actor_id: null },
    ]);
    expect(await meOf(owner.cookie)).not.toBeNull();
  });

  it('rejects a wrong current password', async () => {
    const user = await createUser(api.dataSource);
    const response = await deleteWith(user.cookie, 'not my password');

    expect(errorOf(response).extensions!.field).toBe('input.currentPassword');
    expect(
      await countOf('SELECT count(*) FROM users WHERE id = $1', user.id),
    ).toBe(1);
  });

  it('refuses the last owner of an organisation with members', async () => {
    const user = await createUser(api.dataSource);
    const member = await createUser(api.dataSource);
    const organisationId = await createOrganisation(
      api.dataSource,
      'provider',
      {
        name: 'Leura Makers',
      },
    );
    await addMember(api.dataSource, organisationId, user.id, 'owner');
    await addMember(api.dataSource, organisationId, member.id, 'awarder');

    const response = await deleteWith(user.cookie);

    expect(errorOf(response).extensions!.code).toBe('CONFLICT');
    expect(errorOf(response).message).toMatch(/only owner of Leura Makers/);
    expect(errorOf(response).message).toMatch(/transfer its ownership/);
    expect(await meOf(user.cookie)).not.toBeNull();
  });

  it('refuses the last owner of an organisation with listings', async () => {
    const user = await createUser(api.dataSource);
    const organisationId = await createOrganisation(
      api.dataSource,
      'provider',
      {
        name: 'Solo Provider',
      },
    );
    await addMember(api.dataSource, organisationId, user.id, 'owner');
    await createOpportunity(api.dataSource, {
      title: 'Solo workshop',
      providerId: organisationId,
    });

    const response = await deleteWith(user.cookie);

    expect(errorOf(response).extensions!.code).toBe('CONFLICT');
    expect(errorOf(response).message).toMatch(/Solo Provider/);
  });

  it('allows one of two owners to leave', async () => {
    const user = await createUser(api.dataSource);
    const coOwner = await createUser(api.dataSource);
    const organisationId = await createOrganisation(api.dataSource, 'council');
    await addMember(api.dataSource, organisationId, user.id, 'owner');
    await addMember(api.dataSource, organisationId, coOwner.id, 'owner');

    const response = await deleteWith(user.cookie);

    expect(response.data!.deleteAccount).toBe(true);
    expect(
      await countOf(
        'SELECT count(*) FROM organisation_members WHERE organisation_id = $1',
        organisationId,
      ),
    ).toBe(1);
  });

  it('allows the owner of an unused organisation', async () => {
    const user = await createUser(api.dataSource);
    const organisationId = await createOrganisation(api.dataSource, 'employer');
    await addMember(api.dataSource, organisationId, user.id, 'owner');

    const response = await deleteWith(user.cookie);

    expect(response.data!.deleteAccount).toBe(true);
  });
});
