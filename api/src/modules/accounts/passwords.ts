import { randomBytes } from 'node:crypto';

import { hash, verify } from '@node-rs/argon2';

/**
 * Argon2id with the default cost of `@node-rs/argon2` 2.x: 19 MiB of
 * memory, 2 passes and 1 lane. The package's `Algorithm` is a `const enum`,
 * which isolated modules cannot import, so the value 2 stands for Argon2id.
 */
const ARGON2ID = { algorithm: 2 } as const;

let dummyHash: Promise<string> | undefined;

/** Hashes a password into a PHC string for `users.password_hash`. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

/** Checks the password against the stored hash. */
export async function verifyPassword(
  passwordHash: string,
  password: string,
): Promise<boolean> {
  return verify(passwordHash, password);
}

/**
 * Spends as long as `verifyPassword` does and returns false, so that a
 * sign-in for an unknown address takes as long as a wrong password.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  await verify(await dummyHash, password);

  return false;
}
