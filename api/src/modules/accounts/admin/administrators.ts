import type { DataSource } from 'typeorm';

import {
  ConflictError,
  NotFoundError,
} from '../../../common/errors/domain-error.js';
import { AccountsRepository, type UserRow } from '../accounts.repository.js';
import { hashPassword } from '../passwords.js';
import { checkBirthYear, currentYear } from '../rules/age.js';
import { normaliseName } from '../rules/display-name.js';
import { normaliseEmail } from '../rules/email-address.js';
import { checkPassword } from '../rules/password-policy.js';

export interface NewAdministrator {
  email: string;
  name: string;
  birthYear: number;
  password: string;
}

/**
 * Creates a platform administrator with the same checks as sign-up. The
 * address counts as verified, because the operator who runs the command
 * vouches for it and no e-mail is sent.
 */
export async function createAdministrator(
  dataSource: DataSource,
  administrator: NewAdministrator,
): Promise<UserRow> {
  const email = normaliseEmail(administrator.email, '--email');
  checkPassword(administrator.password, email, 'ADMIN_PASSWORD');
  const name = normaliseName(administrator.name, '--name');
  checkBirthYear(administrator.birthYear, currentYear(), '--birth-year');
  const accounts = new AccountsRepository(dataSource);
  if (await accounts.emailTaken(email)) {
    throw new ConflictError(
      `An account with ${email} already exists; use --promote to make it an administrator.`,
    );
  }

  return accounts.insert({
    email,
    passwordHash: await hashPassword(administrator.password),
    name,
    birthYear: administrator.birthYear,
    isAdmin: true,
    emailVerified: true,
  });
}

/** Makes the account with this address a platform administrator. */
export async function promoteAdministrator(
  dataSource: DataSource,
  rawEmail: string,
): Promise<UserRow> {
  const email = normaliseEmail(rawEmail, '--email');
  const user = await new AccountsRepository(dataSource).promoteToAdmin(email);
  if (user === null) {
    throw new NotFoundError(
      `No account has the address ${email}; leave out --promote to create one.`,
    );
  }

  return user;
}
