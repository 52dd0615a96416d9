import {
  createSessionCookie,
  createUser,
  TEST_PASSWORD,
  type TestUser,
} from './support/accounts.js';
import { clearListings } from './support/factories.js';
import {
  type GraphqlResponse,
  startTestApp,
  type TestApp,
} from './support/test-app.js';

const SIGN_IN = `mutation SignIn($input: SignInInput!) {
  signIn(input: $input) { id email }
}`;

const ME = 'query { me { id } }';

const MY_SESSIONS =
  'query { mySessions { id userAgent createdAt lastUsedAt current } }';

let api: TestApp;

function sessionCookie(setCookies: string[]): string {
  const header = setCookies.find((each) =>
    each.includes('learnscape_session='),
  );
  if (header === undefined) throw new Error('No session cookie was set.');

  return header.split(';')[0]!;
}

async function signIn(email: string, password: string) {
  return api.graphql<{ signIn: { id: string } }>(SIGN_IN, {
    input: { email, password },
  });
}

async function meOf(cookie: string): Promise<unknown> {
  const response = await api.graphql<{ me: { id: string } | null }>(
    ME,
    {},
    { cookie },
  );

  return response.data!.me;
}

function errorOf(response: GraphqlResponse) {
  return response.errors![0]!;
}

beforeAll(async () => {
  api = await startTestApp();
  await clearListings(api.dataSource);
});

beforeEach(async () => {
  // Every request comes from 127.0.0.1, so the IP address's count carries
  // over between tests unless it is cleared.
  await api.dataSource.query('DELETE FROM sign_in_throttles');
});

afterAll(async () => {
  await api.close();
});

describe('signIn', () => {
  let user: TestUser;

  beforeAll(async () => {
    user = await createUser(api.dataSource);
  });

  it('signs in with the right password, ignoring case and spaces', async () => {
    const response = await signIn(
      ` ${user.email.toUpperCase()} `,
      TEST_PASSWORD,
    );

    expect(response.errors).toBeUndefined();
    expect(response.data!.signIn.id).toBe(user.id);
    expect(await meOf(sessionCookie(response.setCookies))).toEqual({
      id: user.id,
    });
  });

  it('gives one message for a wrong password and an unknown address', async () => {
    const wrongPassword = await signIn(user.email, 'not the password');
    const unknownEmail = await signIn('nobody@example.org', TEST_PASSWORD);

    expect(errorOf(wrongPassword).extensions!.code).toBe('UNAUTHENTICATED');
    expect(errorOf(unknownEmail).extensions!.code).toBe('UNAUTHENTICATED');
    expect(errorOf(wrongPassword).message).toBe(errorOf(unknownEmail).message);
    expect(wrongPassword.setCookies).toEqual([]);
    expect(unknownEmail.setCookies).toEqual([]);
  });

  it('takes as long for an unknown address as for a wrong password', async () => {
    const durations = { known: [] as number[], unknown: [] as number[] };
    for (let round = 0; round < 3; round += 1) {
      let started = performance.now();
      await signIn(user.email, 'not the password');
      durations.known.push(performance.now() - started);
      started = performance.now();
      await signIn(`nobody-${round}@example.org`, 'not the password');
      durations.unknown.push(performance.now() - started);
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[1]!;

    // Without the dummy hash an unknown address fails in a few
    // milliseconds, against tens of milliseconds for Argon2id.
    expect(median(durations.unknown)).toBeGreaterThan(
      median(durations.known) * 0.5,
    );
  });

  it('ends the browser’s earlier session when it signs in again', async () => {
    const first = sessionCookie(
      (await signIn(user.email, TEST_PASSWORD)).setCookies,
    );
    const second = await api.graphql(
      SIGN_IN,
      { input: { email: user.email, password: TEST_PASSWORD } },
      { cookie: first },
    );

    expect(await meOf(first)).toBeNull();
    expect(await meOf(sessionCookie(second.setCookies))).not.toBeNull();
  });
});

describe('signOut', () => {
  it('ends the session at once and clears the cookie', async () => {
    const user = await createUser(api.dataSource);
    const cookie = sessionCookie(
      (await signIn(user.email, TEST_PASSWORD)).setCookies,
    );
    expect(await meOf(cookie)).not.toBeNull();

    const response = await api.graphql<{ signOut: boolean }>(
      'mutation { signOut }',
      {},
      { cookie },
    );

    expect(response.data!.signOut).toBe(true);
    expect(response.setCookies[0]).toMatch(/^learnscape_session=;/);
    expect(response.setCookies[0]).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(await meOf(cookie)).toBeNull();
    expect(await meOf(user.cookie)).not.toBeNull();
  });

  it('rejects a signed-out caller', async () => {
    const response = await api.graphql('mutation { signOut }');

    expect(errorOf(response).extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('signOutEverywhere', () => {
  it('ends every session of the user, this one included', async () => {
    const user = await createUser(api.dataSource);
    const other = await createUser(api.dataSource);
    const second = await createSessionCookie(api.dataSource, user.id);

    const response = await api.graphql<{ signOutEverywhere: boolean }>(
      'mutation { signOutEverywhere }',
      {},
      { cookie: second },
    );

    expect(response.data!.signOutEverywhere).toBe(true);
    expect(await meOf(second)).toBeNull();
    expect(await meOf(user.cookie)).toBeNull();
    expect(await meOf(other.cookie)).not.toBeNull();
  });
});

describe('mySessions', () => {
  it('lists the user’s sessions and marks this one', async () => {
    const user = await createUser(api.dataSource);
    const signedIn = await api.graphql(
      SIGN_IN,
      { input: { email: user.email, password: TEST_PASSWORD } },
      { headers: { 'user-agent': 'TestBrowser/1.0' } },
    );
    const cookie = sessionCookie(signedIn.setCookies);

    const response = await api.graphql<{
      mySessions: { userAgent: string | null; current: boolean }[];
    }>(MY_SESSIONS, {}, { cookie });

    expect(response.data!.mySessions).toHaveLength(2);
    const current = response.data!.mySessions.filter((each) => each.current);
    expect(current).toHaveLength(1);
    expect(current[0]!.userAgent).toBe('TestBrowser/1.0');
  });

  it('rejects a signed-out caller', async () => {
    const response = await api.graphql(MY_SESSIONS);

    expect(errorOf(response).extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('sign-in throttling', () => {
  async function failTimes(email: string, times: number): Promise<void> {
    for (let attempt = 1; attempt <= times; attempt += 1) {
      const response = await signIn(email, 'wrong password here');
      expect(errorOf(response).extensions!.code).toBe('UNAUTHENTICATED');
    }
  }

  async function throttleRow(key: string) {
    const rows: { failures: number; blocked_until: Date | null }[] =
      await api.dataSource.query(
        'SELECT failures, blocked_until FROM sign_in_throttles WHERE key = $1',
        [key],
      );

    return rows[0] ?? null;
  }

  it('blocks an account after 5 failures, even the right password', async () => {
    const user = await createUser(api.dataSource);
    await failTimes(user.email, 5);

    const blocked = await signIn(user.email, TEST_PASSWORD);

    expect(errorOf(blocked).extensions!.code).toBe('RATE_LIMITED');
    expect(errorOf(blocked).extensions!.retryAfterSeconds).toBe(1);
    expect(blocked.setCookies).toEqual([]);
  });

  it('doubles the block with each further failure', async () => {
    const user = await createUser(api.dataSource);
    await failTimes(user.email, 5);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await failTimes(user.email, 1);

    const blocked = await signIn(user.email, TEST_PASSWORD);

    expect(errorOf(blocked).extensions!.code).toBe('RATE_LIMITED');
    expect(errorOf(blocked).extensions!.retryAfterSeconds).toBe(2);
    expect((await throttleRow(`account:${user.email}`))!.failures).toBe(6);
  });

  it('does not count or check a blocked attempt', async () => {
    const user = await createUser(api.dataSource);
    await failTimes(user.email, 5);
    await signIn(user.email, 'another wrong one');

    expect((await throttleRow(`account:${user.email}`))!.failures).toBe(5);
  });

  it('stops at a 15-minute block', async () => {
    const user = await createUser(api.dataSource);
    await api.dataSource.query(
      `INSERT INTO sign_in_throttles (key, failures, last_failure_at)
       VALUES ($1, 30, now())`,
      [`account:${user.email}`],
    );
    await signIn(user.email, 'wrong password here');

    const blocked = await signIn(user.email, TEST_PASSWORD);

    expect(errorOf(blocked).extensions!.retryAfterSeconds).toBe(900);
  });

  it('forgets failures older than 15 minutes', async () => {
    const user = await createUser(api.dataSource);
    await api.dataSource.query(
      `INSERT INTO sign_in_throttles (key, failures, last_failure_at)
       VALUES ($1, 4, now() - interval '16 minutes')`,
      [`account:${user.email}`],
    );
    await failTimes(user.email, 1);

    expect(await throttleRow(`account:${user.email}`)).toMatchObject({
      failures: 1,
      blocked_until: null,
    });
  });

  it('clears the account’s count on success', async () => {
    const user = await createUser(api.dataSource);
    await failTimes(user.email, 4);

    const response = await signIn(user.email, TEST_PASSWORD);

    expect(response.errors).toBeUndefined();
    expect(await throttleRow(`account:${user.email}`)).toBeNull();
    const ipRows: { failures: number }[] = await api.dataSource.query(
      `SELECT failures FROM sign_in_throttles WHERE key LIKE 'ip:%'`,
    );
    expect(ipRows).toEqual([{ failures: 4 }]);
  });

  it('blocks an IP address after 20 failures', async () => {
    const user = await createUser(api.dataSource);
    for (let attempt = 0; attempt < 20; attempt += 1) {
      await signIn(`stranger-${attempt}@example.org`, 'wrong password here');
    }

    const blocked = await signIn(user.email, TEST_PASSWORD);

    expect(errorOf(blocked).extensions!.code).toBe('RATE_LIMITED');
    expect(errorOf(blocked).extensions!.retryAfterSeconds).toBe(1);
  });
});
