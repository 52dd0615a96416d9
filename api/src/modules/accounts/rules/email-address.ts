import { BadUserInputError } from '../../../common/errors/domain-error.js';

/** RFC 5321 limits a forward path to 256 octets, so 254 for the address. */
export const MAX_EMAIL_LENGTH = 254;

/** RFC 5321 limits the local part (before the `@`) to 64 octets. */
const MAX_LOCAL_PART_LENGTH = 64;

const LOCAL_PART =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * Trims and lower-cases an e-mail address and checks its syntax, so that
 * every address is stored and compared in one form.
 * NOTE: only ASCII addresses pass, so internationalised domains must be given
 * in their `xn--` form.
 */
export function normaliseEmail(raw: string, field: string): string {
  const email = raw.trim().toLowerCase();
  if (email === '') {
    throw new BadUserInputError('E-mail address is missing; enter one.', field);
  }
  if (email.length > MAX_EMAIL_LENGTH) {
    throw new BadUserInputError(
      `E-mail address has ${email.length} characters; use at most ${MAX_EMAIL_LENGTH}.`,
      field,
    );
  }
  if (!isEmailSyntax(email)) {
    throw new BadUserInputError(
      `"${email}" is not a valid e-mail address; expected the form name@example.org.`,
      field,
    );
  }

  return email;
}

function isEmailSyntax(email: string): boolean {
  const at = email.lastIndexOf('@');
  if (at < 1) return false;
  const local = email.slice(0, at);
  const labels = email.slice(at + 1).split('.');

  return (
    local.length <= MAX_LOCAL_PART_LENGTH &&
    LOCAL_PART.test(local) &&
    labels.length >= 2 &&
    labels.every((label) => DOMAIN_LABEL.test(label)) &&
    !/^[0-9]+$/.test(labels.at(-1)!)
  );
}
