import { dictionary } from '@zxcvbn-ts/language-common';

import { BadUserInputError } from '../../../common/errors/domain-error.js';

export const MIN_PASSWORD_LENGTH = 10;

/** Long enough for any passphrase, short enough to bound hashing work. */
export const MAX_PASSWORD_LENGTH = 256;

/** About 49,000 passwords seen most often in breaches, in lower case. */
const COMMON_PASSWORDS = new Set(
  dictionary['passwords-common'].map((password) => password.toLowerCase()),
);

/**
 * Rejects a password that is too short, too long, among the most common
 * passwords, or the same as the account's e-mail address. Length counts
 * Unicode code points, so an emoji counts as one character.
 */
export function checkPassword(
  password: string,
  email: string,
  field: string,
): void {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    throw new BadUserInputError(
      `Password has ${length} characters; use at least ${MIN_PASSWORD_LENGTH}.`,
      field,
    );
  }
  if (length > MAX_PASSWORD_LENGTH) {
    throw new BadUserInputError(
      `Password has ${length} characters; use at most ${MAX_PASSWORD_LENGTH}.`,
      field,
    );
  }
  if (COMMON_PASSWORDS.has(password.toLowerCase())) {
    throw new BadUserInputError(
      'Password is on the list of common passwords that attackers try first; choose a less common one, such as a few unrelated words.',
      field,
    );
  }
  if (password.trim().toLowerCase() === email.trim().toLowerCase()) {
    throw new BadUserInputError(
      'Password is the same as the e-mail address; choose a different one.',
      field,
    );
  }
  if (password.includes('\u0000')) {
    throw new BadUserInputError(
      'Password contains a NUL character (U+0000); remove it.',
      field,
    );
  }
}
