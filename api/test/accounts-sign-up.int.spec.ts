import { SIGN_UP_LIMIT_PER_IP } from '../src/modules/accounts/throttle/sign-up-rate-limit.service.js';
import { clearListings } from './support/factories.js';
import { lastMessageTo, readOutbox } from './support/outbox.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const SIGN_UP = `mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    id email emailVerified name birthYear isMinor profileVisibility
    employerContact shareLocation isAdmin createdAt
  }
}`;

const ME = 'query { me { id email name isMinor } }';

const UPDATE_PROFILE = `mutation Update($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    name profileVisibility employerContact shareLocation isMinor
  }
}`;

const PASSWORD = 'lantern tram quietly';
const THIS_YEAR = new Date().getUTCFullYear();

let api: TestApp;
let counter = 0;

function newEmail(): string {
  counter += 1;

  return `learner-${counter}-${Date.now()}@example.org`;
}

function signUpInput(overrides: Record<string, unknown> = {}) {
  return {
    email: newEmail(),
    password: PASSWORD,
    name: 'Ada Lovelace',
    birthYear: 1990,
    ...overrides,
  };
}

/** Returns the `name=value` part of the session's `Set-Cookie` header. */
function sessionCookie(setCookies: string[]): string {
  const header = setCookies.find((each) =>
    each.includes('learnscape_session='),
  );
  if (header === undefined) throw new Error('No session cookie was set.');

  return header.split(';')[0]!;
}

beforeAll(async () => {
  api = await startTestApp();
  await clearListings(api.dataSource);
});

// Every request comes from 127.0.0.1, so the per-IP sign-up limit would
// otherwise stop this file after 40 sign-ups.
beforeEach(async () => {
  await api.dataSource.query(
    `DELETE FROM sign_in_throttles WHERE key LIKE 'sign-up:%'`,
  );
});

afterAll(async () => {
  await api.close();
});

describe('signUp', () => {
  it('creates an unverified account and signs it in', async () => {
    const input = signUpInput({ email: '  New.Learner@Example.ORG ' });
    const response = await api.graphql<{ signUp: Record<string, unknown> }>(
      SIGN_UP,
      { input },
    );

    expect(response.errors).toBeUndefined();
    expect(response.data!.signUp).toMatchObject({
      email: 'new.learner@example.org',
      emailVerified: false,
      name: 'Ada Lovelace',
      birthYear: 1990,
      isMinor: false,
      isAdmin: false,
    });
    const me = await api.graphql<{ me: { email: string } | null }>(
      ME,
      {},
      {
        cookie: sessionCookie(response.setCookies),
      },
    );
    expect(me.data!.me?.email).toBe('new.learner@example.org');
  });

  it('sends a verification link to the address', async () => {
    const input = signUpInput();
    await api.graphql(SIGN_UP, { input });

    const message = await lastMessageTo(api.outboxDir, input.email);
    expect(message.subject).toMatch(/Confirm your e-mail address/);
    expect(message.text).toMatch(/\/verify-email\?token=[A-Za-z0-9_-]{43}/);
  });

  it('stores an Argon2id hash, not the password', async () => {
    const input = signUpInput();
    await api.graphql(SIGN_UP, { input });

    const [row]: { password_hash: string }[] = await api.dataSource.query(
      'SELECT password_hash FROM users WHERE email = $1',
      [input.email],
    );
    expect(row!.password_hash).toMatch(/^\$argon2id\$/);
    expect(row!.password_hash).not.toContain(PASSWORD);
  });
});

describe('signUp validation', () => {
  it.each([
    [
      'a short password',
      { password: 'short pw' },
      'input.password',
      /8 characters; use at least 10/,
    ],
    [
      'a common password',
      { password: 'password123' },
      'input.password',
      /common passwords/,
    ],
    [
      'a too long password',
      { password: 'x'.repeat(257) },
      'input.password',
      /use at most 256/,
    ],
    [
      'a bad e-mail address',
      { email: 'not-an-address' },
      'input.email',
      /not a valid e-mail address/,
    ],
    [
      'a too long e-mail address',
      { email: `${'a'.repeat(250)}@example.org` },
      'input.email',
      /use at most 254/,
    ],
    [
      'someone under 16',
      { birthYear: THIS_YEAR - 15 },
      'input.birthYear',
      /Learnscape is for people aged 16 and over/,
    ],
    [
      'a future birth year',
      { birthYear: THIS_YEAR + 1 },
      'input.birthYear',
      /in the future/,
    ],
    [
      'a birth year before 1900',
      { birthYear: 1899 },
      'input.birthYear',
      /before 1900/,
    ],
    ['a missing name', { name: '   ' }, 'input.name', /Name is missing/],
  ])('rejects %s', async (_case, overrides, field, message) => {
    const input = signUpInput(overrides);
    const response = await api.graphql(SIGN_UP, { input });

    expect(response.data).toBeNull();
    expect(response.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.extensions!.field).toBe(field);
    expect(response.errors![0]!.message).toMatch(message);
    expect(response.setCookies).toEqual([]);
  });

  it('rejects the e-mail address as the password', async () => {
    const email = newEmail();
    const response = await api.graphql(SIGN_UP, {
      input: signUpInput({ email, password: email.toUpperCase() }),
    });

    expect(response.errors![0]!.extensions!.field).toBe('input.password');
    expect(response.errors![0]!.message).toMatch(/same as the e-mail address/);
  });

  it('rejects a taken address with CONFLICT', async () => {
    const input = signUpInput();
    await api.graphql(SIGN_UP, { input });
    const again = await api.graphql(SIGN_UP, {
      input: { ...input, email: input.email.toUpperCase() },
    });

    expect(again.errors![0]!.extensions!.code).toBe('CONFLICT');
    expect(again.errors![0]!.extensions!.field).toBe('input.email');
  });

  it('sends no e-mail for a rejected sign-up', async () => {
    const input = signUpInput({ password: 'short' });
    await api.graphql(SIGN_UP, { input });

    const messages = await readOutbox(api.outboxDir);
    expect(messages.filter((each) => each.to === input.email)).toEqual([]);
  });
});

describe('signUp rate limit', () => {
  const LIMIT = SIGN_UP_LIMIT_PER_IP;

  async function signUpRepeatedly(count: number, input: object) {
    const codes: unknown[] = [];
    for (let attempt = 0; attempt < count; attempt += 1) {
      const response = await api.graphql(SIGN_UP, { input });
      codes.push(response.errors?.[0]?.extensions?.code ?? 'OK');
    }

    return codes;
  }

  it('allows 40 attempts an hour per IP address', async () => {
    const takenInput = signUpInput();
    const codes = await signUpRepeatedly(LIMIT, takenInput);

    expect(codes[0]).toBe('OK');
    expect(codes.slice(1)).toEqual(Array(LIMIT - 1).fill('CONFLICT'));
  });

  it('rejects the 41st attempt with RATE_LIMITED', async () => {
    const takenInput = signUpInput();
    await signUpRepeatedly(LIMIT, takenInput);
    const response = await api.graphql(SIGN_UP, { input: takenInput });
    const error = response.errors![0]!;

    expect(response.data).toBeNull();
    expect(error.extensions!.code).toBe('RATE_LIMITED');
    expect(error.message).toMatch(/at most 40 an hour/);
    expect(error.message).not.toMatch(/already exists/);
    expect(error.extensions!.retryAfterSeconds).toBeGreaterThan(3500);
    expect(error.extensions!.retryAfterSeconds).toBeLessThanOrEqual(3600);
  });

  it('creates no account over the limit', async () => {
    await signUpRepeatedly(LIMIT, signUpInput());
    const input = signUpInput();
    const response = await api.graphql(SIGN_UP, { input });

    expect(response.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
    expect(response.setCookies).toEqual([]);
    const users: unknown[] = await api.dataSource.query(
      'SELECT 1 FROM users WHERE email = $1',
      [input.email],
    );
    expect(users).toEqual([]);
    const messages = await readOutbox(api.outboxDir);
    expect(messages.filter((each) => each.to === input.email)).toEqual([]);
  });

  it('does not count rejected input', async () => {
    const codes = await signUpRepeatedly(
      LIMIT + 2,
      signUpInput({ password: 'short' }),
    );
    const response = await api.graphql(SIGN_UP, { input: signUpInput() });

    expect(codes).toEqual(Array(LIMIT + 2).fill('BAD_USER_INPUT'));
    expect(response.errors).toBeUndefined();
  });

  it('allows attempts again after the hour', async () => {
    const codes = await signUpRepeatedly(LIMIT + 1, signUpInput());
    expect(codes[LIMIT]).toBe('RATE_LIMITED');
    await api.dataSource.query(
      `UPDATE sign_in_throttles
          SET last_failure_at = now() - interval '61 minutes'
        WHERE key LIKE 'sign-up:ip:%'`,
    );
    const response = await api.graphql(SIGN_UP, { input: signUpInput() });

    expect(response.errors).toBeUndefined();
  });
});

describe('session cookie', () => {
  it('is HttpOnly, SameSite=Lax and not Secure outside production', async () => {
    const response = await api.graphql(SIGN_UP, { input: signUpInput() });
    const header = response.setCookies.find((each) =>
      each.startsWith('learnscape_session='),
    );

    expect(header).toBeDefined();
    expect(header).toMatch(/; HttpOnly/);
    expect(header).toMatch(/; SameSite=Lax/);
    expect(header).toMatch(/; Path=\//);
    expect(header).not.toMatch(/; Secure/);
  });

  it('is Secure with the __Host- prefix in production', async () => {
    const production = await startTestApp({ NODE_ENV: 'production' });
    try {
      const response = await production.graphql(SIGN_UP, {
        input: signUpInput(),
      });
      const header = response.setCookies.find((each) =>
        each.startsWith('__Host-learnscape_session='),
      );

      expect(header).toBeDefined();
      expect(header).toMatch(/; Secure/);
      expect(header).toMatch(/; HttpOnly/);
      expect(header).toMatch(/; SameSite=Lax/);
      expect(header).toMatch(/; Path=\//);
      expect(header).not.toMatch(/; Domain=/);
      const me = await production.graphql<{ me: { id: string } | null }>(
        ME,
        {},
        { cookie: header!.split(';')[0] },
      );
      expect(me.data!.me).not.toBeNull();
    } finally {
      await production.close();
    }
  });
});

describe('me', () => {
  it('is null when signed out', async () => {
    const response = await api.graphql<{ me: unknown }>(ME);

    expect(response.errors).toBeUndefined();
    expect(response.data!.me).toBeNull();
  });

  it('is null for an unknown session cookie', async () => {
    const response = await api.graphql<{ me: unknown }>(
      ME,
      {},
      {
        cookie: `learnscape_session=${'A'.repeat(43)}`,
      },
    );

    expect(response.data!.me).toBeNull();
  });
});

describe('minors', () => {
  async function signUpMinor(): Promise<{ cookie: string; id: string }> {
    const response = await api.graphql<{
      signUp: Record<string, unknown> & { id: string };
    }>(SIGN_UP, { input: signUpInput({ birthYear: THIS_YEAR - 16 }) });
    expect(response.data!.signUp).toMatchObject({
      isMinor: true,
      profileVisibility: 'PRIVATE',
      employerContact: false,
      shareLocation: false,
    });

    return {
      cookie: sessionCookie(response.setCookies),
      id: response.data!.signUp.id,
    };
  }

  it('start private, with contact and location sharing off', async () => {
    await signUpMinor();
  });

  it('count as minors in the year they turn 18', async () => {
    const response = await api.graphql<{ signUp: { isMinor: boolean } }>(
      SIGN_UP,
      { input: signUpInput({ birthYear: THIS_YEAR - 18 }) },
    );

    expect(response.data!.signUp.isMinor).toBe(true);
  });

  it('are adults from the year they turn 19', async () => {
    const response = await api.graphql<{ signUp: { isMinor: boolean } }>(
      SIGN_UP,
      { input: signUpInput({ birthYear: THIS_YEAR - 19 }) },
    );

    expect(response.data!.signUp.isMinor).toBe(false);
  });

  it('cannot turn on location sharing', async () => {
    const minor = await signUpMinor();
    const response = await api.graphql(
      UPDATE_PROFILE,
      { input: { shareLocation: true } },
      { cookie: minor.cookie },
    );

    expect(response.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.extensions!.field).toBe('input.shareLocation');
    const [row]: { share_location: boolean }[] = await api.dataSource.query(
      'SELECT share_location FROM users WHERE id = $1',
      [minor.id],
    );
    expect(row!.share_location).toBe(false);
  });

  it('may opt in to contact and a public profile, recorded as opt-in', async () => {
    const minor = await signUpMinor();
    const response = await api.graphql<{
      updateProfile: Record<string, unknown>;
    }>(
      UPDATE_PROFILE,
      { input: { employerContact: true, profileVisibility: 'PUBLIC' } },
      { cookie: minor.cookie },
    );

    expect(response.errors).toBeUndefined();
    expect(response.data!.updateProfile).toMatchObject({
      employerContact: true,
      profileVisibility: 'PUBLIC',
    });
    const entries: { action: string; changes: Record<string, unknown> }[] =
      await api.dataSource.query(
        `SELECT action, changes FROM audit_log
          WHERE subject_type = 'user' AND subject_id = $1 AND actor_id = $2`,
        [minor.id, minor.id],
      );
    expect(entries).toHaveLength(1);
    expect(entries[0]!.action).toBe('opt-in');
    expect(entries[0]!.changes).toEqual({
      employerContact: { from: false, to: true },
      profileVisibility: { from: 'private', to: 'public' },
    });
  });
});

describe('updateProfile', () => {
  it('changes the name and records settings as update', async () => {
    const signUp = await api.graphql<{ signUp: { id: string } }>(SIGN_UP, {
      input: signUpInput(),
    });
    const cookie = sessionCookie(signUp.setCookies);
    const response = await api.graphql<{
      updateProfile: Record<string, unknown>;
    }>(
      UPDATE_PROFILE,
      { input: { name: '  Ada   King ', shareLocation: true } },
      { cookie },
    );

    expect(response.data!.updateProfile).toMatchObject({
      name: 'Ada King',
      shareLocation: true,
      profileVisibility: 'PRIVATE',
    });
    const entries: { action: string; changes: object }[] =
      await api.dataSource.query(
        `SELECT action, changes FROM audit_log WHERE subject_id = $1`,
        [signUp.data!.signUp.id],
      );
    expect(entries).toEqual([
      {
        action: 'update',
        changes: { shareLocation: { from: false, to: true } },
      },
    ]);
  });

  it('rejects a signed-out caller', async () => {
    const response = await api.graphql(UPDATE_PROFILE, {
      input: { name: 'Nobody' },
    });

    expect(response.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});
