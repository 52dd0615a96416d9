import { createUser, TEST_PASSWORD } from './support/accounts.js';
import { clearListings } from './support/factories.js';
import { lastMessageTo, readOutbox, tokenIn } from './support/outbox.js';
import {
  type GraphqlResponse,
  startTestApp,
  type TestApp,
} from './support/test-app.js';

const SIGN_UP = `mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) { id email emailVerified }
}`;

const VERIFY = `mutation Verify($input: VerifyEmailInput!) {
  verifyEmail(input: $input) {
    email
    primary
    account { id email emailVerified name }
  }
}`;

const RESEND = 'mutation { resendVerificationEmail }';

const REQUEST_RESET = `mutation Request($input: RequestPasswordResetInput!) {
  requestPasswordReset(input: $input)
}`;

const RESET = `mutation Reset($input: ResetPasswordInput!) {
  resetPassword(input: $input)
}`;

const SIGN_IN = `mutation SignIn($input: SignInInput!) {
  signIn(input: $input) { id }
}`;

const ME = 'query { me { id emailVerified } }';

const NEW_PASSWORD = 'marble orchard sideways';

let api: TestApp;
let counter = 0;

function newEmail(): string {
  counter += 1;

  return `links-${counter}-${Date.now()}@example.org`;
}

function sessionCookie(setCookies: string[]): string {
  return setCookies
    .find((each) => each.includes('learnscape_session='))!
    .split(';')[0]!;
}

function errorOf(response: GraphqlResponse) {
  return response.errors![0]!;
}

async function signUp(): Promise<{
  id: string;
  email: string;
  cookie: string;
}> {
  const email = newEmail();
  const response = await api.graphql<{ signUp: { id: string } }>(SIGN_UP, {
    input: { email, password: TEST_PASSWORD, name: 'Grace', birthYear: 1995 },
  });

  return {
    id: response.data!.signUp.id,
    email,
    cookie: sessionCookie(response.setCookies),
  };
}

interface Verification {
  email: string;
  primary: boolean;
  account: {
    id: string;
    email: string;
    emailVerified: boolean;
    name: string;
  } | null;
}

async function verify(token: string, cookie?: string) {
  return api.graphql<{ verifyEmail: Verification }>(
    VERIFY,
    { input: { token } },
    { cookie },
  );
}

async function requestReset(email: string) {
  return api.graphql<{ requestPasswordReset: boolean }>(REQUEST_RESET, {
    input: { email },
  });
}

async function resetWith(token: string, newPassword = NEW_PASSWORD) {
  return api.graphql<{ resetPassword: boolean }>(RESET, {
    input: { token, newPassword },
  });
}

async function meOf(cookie: string) {
  const response = await api.graphql<{ me: { id: string } | null }>(
    ME,
    {},
    { cookie },
  );

  return response.data!.me;
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

describe('verifyEmail', () => {
  it('verifies with the e-mailed token and signs nobody in', async () => {
    const user = await signUp();
    const token = tokenIn(await lastMessageTo(api.outboxDir, user.email));

    const response = await verify(token);

    expect(response.errors).toBeUndefined();
    expect(response.data!.verifyEmail).toEqual({
      email: user.email,
      primary: true,
      account: null,
    });
    expect(response.setCookies).toEqual([]);
    expect(await meOf(user.cookie)).toEqual({
      id: user.id,
      emailVerified: true,
    });
  });

  it('returns the account to its own session', async () => {
    const user = await signUp();
    const token = tokenIn(await lastMessageTo(api.outboxDir, user.email));

    const response = await verify(token, user.cookie);

    expect(response.errors).toBeUndefined();
    expect(response.data!.verifyEmail.account).toEqual({
      id: user.id,
      email: user.email,
      emailVerified: true,
      name: 'Grace',
    });
  });

  it("hides the account from another account's session", async () => {
    const user = await signUp();
    const other = await createUser(api.dataSource);
    const token = tokenIn(await lastMessageTo(api.outboxDir, user.email));

    const response = await verify(token, other.cookie);

    expect(response.errors).toBeUndefined();
    expect(response.data!.verifyEmail).toEqual({
      email: user.email,
      primary: true,
      account: null,
    });
    expect(await meOf(user.cookie)).toEqual({
      id: user.id,
      emailVerified: true,
    });
  });

  it('links to the public site', async () => {
    const user = await signUp();
    const message = await lastMessageTo(api.outboxDir, user.email);

    expect(message.text).toContain(
      `http://localhost:0/verify-email?token=${tokenIn(message)}`,
    );
  });

  it('stores only the digest of the token', async () => {
    const user = await signUp();
    const token = tokenIn(await lastMessageTo(api.outboxDir, user.email));

    const rows: unknown[] = await api.dataSource.query(
      'SELECT 1 FROM user_tokens WHERE token_hash = $1',
      [token],
    );
    expect(rows).toEqual([]);
  });

  it('works only once', async () => {
    const user = await signUp();
    const token = tokenIn(await lastMessageTo(api.outboxDir, user.email));
    await verify(token);

    const again = await verify(token);

    expect(errorOf(again).extensions!.code).toBe('BAD_USER_INPUT');
    expect(errorOf(again).extensions!.field).toBe('input.token');
    expect(errorOf(again).message).toMatch(/request a new verification e-mail/);
  });

  it('lets only one of two concurrent uses succeed', async () => {
    const user = await signUp();
    const token = tokenIn(await lastMessageTo(api.outboxDir, user.email));

    const results = await Promise.all([verify(token), verify(token)]);

    const succeeded = results.filter((each) => each.errors === undefined);
    expect(succeeded).toHaveLength(1);
  });

  it('rejects an expired token', async () => {
    const user = await signUp();
    const token = tokenIn(await lastMessageTo(api.outboxDir, user.email));
    await api.dataSource.query(
      `UPDATE user_tokens SET expires_at = now() - interval '1 minute'
        WHERE user_id = $1`,
      [user.id],
    );

    const response = await verify(token);

    expect(errorOf(response).extensions!.code).toBe('BAD_USER_INPUT');
    expect(errorOf(response).extensions!.field).toBe('input.token');
    expect(errorOf(response).message).toMatch(/expired/);
  });

  it('lasts 24 hours', async () => {
    const user = await signUp();
    const [row]: { hours: number }[] = await api.dataSource.query(
      `SELECT extract(epoch FROM expires_at - created_at) / 3600 AS hours
         FROM user_tokens WHERE user_id = $1`,
      [user.id],
    );

    expect(Number(row!.hours)).toBeCloseTo(24, 1);
  });

  it('rejects an unknown token', async () => {
    const response = await verify('x'.repeat(43));

    expect(errorOf(response).extensions!.field).toBe('input.token');
  });
});

describe('resendVerificationEmail', () => {
  it('sends a new link that works', async () => {
    const user = await signUp();
    const first = tokenIn(await lastMessageTo(api.outboxDir, user.email));

    const response = await api.graphql<{ resendVerificationEmail: boolean }>(
      RESEND,
      {},
      { cookie: user.cookie },
    );

    expect(response.data!.resendVerificationEmail).toBe(true);
    const second = tokenIn(await lastMessageTo(api.outboxDir, user.email));
    expect(second).not.toBe(first);
    expect((await verify(second)).errors).toBeUndefined();
  });

  it('is CONFLICT once the address is verified', async () => {
    const user = await createUser(api.dataSource, { verified: true });
    const response = await api.graphql(RESEND, {}, { cookie: user.cookie });

    expect(errorOf(response).extensions!.code).toBe('CONFLICT');
  });

  it('allows 5 an hour', async () => {
    const user = await signUp();
    for (let request = 0; request < 5; request += 1) {
      const response = await api.graphql(RESEND, {}, { cookie: user.cookie });
      expect(response.errors).toBeUndefined();
    }

    const limited = await api.graphql(RESEND, {}, { cookie: user.cookie });

    expect(errorOf(limited).extensions!.code).toBe('RATE_LIMITED');
    expect(errorOf(limited).extensions!.retryAfterSeconds).toBeGreaterThan(
      3500,
    );
  });

  it('rejects a signed-out caller', async () => {
    const response = await api.graphql(RESEND);

    expect(errorOf(response).extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('password reset', () => {
  it('sends a link, sets the password and ends every session', async () => {
    const user = await createUser(api.dataSource, { verified: false });

    const requested = await requestReset(user.email.toUpperCase());

    expect(requested.data!.requestPasswordReset).toBe(true);
    const message = await lastMessageTo(api.outboxDir, user.email);
    expect(message.text).toMatch(/\/reset-password\?token=/);
    const reset = await resetWith(tokenIn(message));
    expect(reset.errors).toBeUndefined();
    expect(reset.data!.resetPassword).toBe(true);
    expect(reset.setCookies).toEqual([]);
    expect(await meOf(user.cookie)).toBeNull();
    const withOld = await api.graphql(SIGN_IN, {
      input: { email: user.email, password: TEST_PASSWORD },
    });
    expect(errorOf(withOld).extensions!.code).toBe('UNAUTHENTICATED');
    const withNew = await api.graphql<{ signIn: { id: string } }>(SIGN_IN, {
      input: { email: user.email, password: NEW_PASSWORD },
    });
    expect(withNew.data!.signIn.id).toBe(user.id);
  });

  it('counts as verifying the address', async () => {
    const user = await createUser(api.dataSource, { verified: false });
    await requestReset(user.email);
    await resetWith(tokenIn(await lastMessageTo(api.outboxDir, user.email)));

    const [row]: { email_verified_at: Date | null }[] =
      await api.dataSource.query(
        'SELECT email_verified_at FROM users WHERE id = $1',
        [user.id],
      );
    expect(row!.email_verified_at).not.toBeNull();
  });

  it('returns true and sends nothing for an unknown address', async () => {
    const before = (await readOutbox(api.outboxDir)).length;

    const response = await requestReset('nobody-here@example.org');

    expect(response.errors).toBeUndefined();
    expect(response.data!.requestPasswordReset).toBe(true);
    expect(await readOutbox(api.outboxDir)).toHaveLength(before);
  });

  it('rejects a used token', async () => {
    const user = await createUser(api.dataSource);
    await requestReset(user.email);
    const token = tokenIn(await lastMessageTo(api.outboxDir, user.email));
    await resetWith(token);

    const again = await resetWith(token, 'another fine passphrase');

    expect(errorOf(again).extensions!.code).toBe('BAD_USER_INPUT');
    expect(errorOf(again).extensions!.field).toBe('input.token');
    expect(errorOf(again).message).toMatch(/request a new password reset link/);
  });

  it('ends the user’s other reset links', async () => {
    const user = await createUser(api.dataSource);
    await requestReset(user.email);
    const first = tokenIn(await lastMessageTo(api.outboxDir, user.email));
    await requestReset(user.email);
    const second = tokenIn(await lastMessageTo(api.outboxDir, user.email));
    await resetWith(second);

    const withFirst = await resetWith(first, 'another fine passphrase');

    expect(errorOf(withFirst).extensions!.field).toBe('input.token');
  });

  it('rejects an expired token after 1 hour', async () => {
    const user = await createUser(api.dataSource);
    await requestReset(user.email);
    const token = tokenIn(await lastMessageTo(api.outboxDir, user.email));
    await api.dataSource.query(
      `UPDATE user_tokens SET expires_at = created_at
        WHERE user_id = $1 AND purpose = 'reset_password'`,
      [user.id],
    );

    const response = await resetWith(token);

    expect(errorOf(response).extensions!.field).toBe('input.token');
  });

  it('rejects a weak password and keeps the token usable', async () => {
    const user = await createUser(api.dataSource);
    await requestReset(user.email);
    const token = tokenIn(await lastMessageTo(api.outboxDir, user.email));

    const weak = await resetWith(token, 'iloveyou12');

    expect(errorOf(weak).extensions!.code).toBe('BAD_USER_INPUT');
    expect(errorOf(weak).extensions!.field).toBe('input.newPassword');
    expect((await resetWith(token)).data!.resetPassword).toBe(true);
  });

  it('allows 5 requests an hour per address', async () => {
    const email = newEmail();
    for (let request = 0; request < 5; request += 1) {
      expect((await requestReset(email)).errors).toBeUndefined();
    }

    const limited = await requestReset(email);

    expect(errorOf(limited).extensions!.code).toBe('RATE_LIMITED');
    expect(errorOf(limited).extensions!.retryAfterSeconds).toBeGreaterThan(
      3500,
    );
    expect((await requestReset(newEmail())).errors).toBeUndefined();
  });

  it('allows 20 requests an hour per IP address', async () => {
    for (let request = 0; request < 20; request += 1) {
      expect((await requestReset(newEmail())).errors).toBeUndefined();
    }

    const limited = await requestReset(newEmail());

    expect(errorOf(limited).extensions!.code).toBe('RATE_LIMITED');
  });

  it('rejects an invalid address with its field', async () => {
    const response = await requestReset('not an address');

    expect(errorOf(response).extensions!.field).toBe('input.email');
  });
});
