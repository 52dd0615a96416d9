import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';

import { AdminOnly } from '../src/common/auth/access.decorators.js';
import { AccessGuard } from '../src/common/auth/access.guard.js';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
} from '../src/common/errors/domain-error.js';
import {
  createAdministrator,
  promoteAdministrator,
} from '../src/modules/accounts/admin/administrators.js';
import { SessionsService } from '../src/modules/accounts/sessions/sessions.service.js';
import { createUser } from './support/accounts.js';
import { clearListings } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const ADMIN_PASSWORD = 'granite meadow compass';

/** A handler that only administrators may call, for the real guard. */
class AdminProbe {
  @AdminOnly()
  probe(): void {}
}

let api: TestApp;

function sessionCookie(setCookies: string[]): string {
  return setCookies
    .find((each) => each.includes('learnscape_session='))!
    .split(';')[0]!;
}

/** Runs the app's access guard for `AdminProbe.probe` with the cookie. */
async function passesAdminOnly(cookie: string): Promise<boolean> {
  const guard = new AccessGuard(new Reflector(), api.app.get(SessionsService));
  const request = { headers: { cookie } } as Request;
  const context = {
    getHandler: () => AdminProbe.prototype.probe,
    getClass: () => AdminProbe,
    getType: () => 'http',
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;

  return guard.canActivate(context);
}

async function signIn(email: string, password: string) {
  return api.graphql<{ signIn: { isAdmin: boolean } }>(
    'mutation ($input: SignInInput!) { signIn(input: $input) { isAdmin } }',
    { input: { email, password } },
  );
}

beforeAll(async () => {
  api = await startTestApp();
  await clearListings(api.dataSource);
});

afterAll(async () => {
  await api.close();
});

describe('createAdministrator', () => {
  it('creates an administrator who passes @AdminOnly', async () => {
    const admin = await createAdministrator(api.dataSource, {
      email: ' Admin@Example.ORG ',
      name: 'Platform Admin',
      birthYear: 1990,
      password: ADMIN_PASSWORD,
    });

    expect(admin.email).toBe('admin@example.org');
    expect(admin.isAdmin).toBe(true);
    expect(admin.emailVerifiedAt).not.toBeNull();
    const response = await signIn('admin@example.org', ADMIN_PASSWORD);
    expect(response.data!.signIn.isAdmin).toBe(true);
    expect(await passesAdminOnly(sessionCookie(response.setCookies))).toBe(
      true,
    );
  });

  it('leaves other users out of @AdminOnly', async () => {
    const user = await createUser(api.dataSource);

    await expect(passesAdminOnly(user.cookie)).rejects.toThrow(ForbiddenError);
  });

  it('applies the sign-up password rules', async () => {
    await expect(
      createAdministrator(api.dataSource, {
        email: 'weak-admin@example.org',
        name: 'Weak',
        birthYear: 1990,
        password: 'password1234',
      }),
    ).rejects.toThrow(/common passwords/);
  });

  it('applies the sign-up age rules', async () => {
    await expect(
      createAdministrator(api.dataSource, {
        email: 'young-admin@example.org',
        name: 'Young',
        birthYear: new Date().getUTCFullYear() - 10,
        password: ADMIN_PASSWORD,
      }),
    ).rejects.toThrow(/aged 16 and over/);
  });

  it('rejects a taken address', async () => {
    const user = await createUser(api.dataSource);

    await expect(
      createAdministrator(api.dataSource, {
        email: user.email,
        name: 'Again',
        birthYear: 1990,
        password: ADMIN_PASSWORD,
      }),
    ).rejects.toThrow(ConflictError);
  });
});

describe('promoteAdministrator', () => {
  it('makes an existing account an administrator', async () => {
    const user = await createUser(api.dataSource);

    const promoted = await promoteAdministrator(
      api.dataSource,
      user.email.toUpperCase(),
    );

    expect(promoted.id).toBe(user.id);
    expect(promoted.isAdmin).toBe(true);
    expect(await passesAdminOnly(user.cookie)).toBe(true);
  });

  it('rejects an unknown address', async () => {
    await expect(
      promoteAdministrator(api.dataSource, 'nobody@example.org'),
    ).rejects.toThrow(NotFoundError);
  });
});
