import { BadUserInputError } from '../../common/errors/domain-error.js';
import { UUID_PATTERN } from '../../common/pagination/cursor.js';
import { checkStorableText } from '../../common/validation/text.js';

export const ORGANISATION_LIMITS = {
  name: 200,
  description: 5000,
  website: 2048,
  /**
   * Maximum address length: RFC 5321 (4.5.3.1.3) limits a path to 256
   * octets, including its two angle brackets.
   */
  email: 254,
};

/** Checks an id argument and returns it in lower case, as ids are stored. */
export function parseId(value: string, field: string, noun: string): string {
  if (!UUID_PATTERN.test(value)) {
    throw new BadUserInputError(
      `${field} "${value.slice(0, 60)}" is not ${noun} id; expected a UUID.`,
      field,
    );
  }

  return value.toLowerCase();
}

export function cleanName(value: string, field: string): string {
  const name = checkStorableText(field, value.trim().replace(/\s+/g, ' '));
  if (name === '' || name.length > ORGANISATION_LIMITS.name) {
    throw new BadUserInputError(
      `The name has ${name.length} characters; expected 1 to ${ORGANISATION_LIMITS.name}.`,
      field,
    );
  }

  return name;
}

export function cleanDescription(value: string, field: string): string {
  const description = checkStorableText(field, value.trim());
  if (description.length > ORGANISATION_LIMITS.description) {
    throw new BadUserInputError(
      `The description has ${description.length} characters; the maximum is ${ORGANISATION_LIMITS.description}.`,
      field,
    );
  }

  return description;
}

/** Returns an absolute http(s) URL, or null for an empty value. */
export function cleanWebsite(
  value: string | null | undefined,
  field: string,
): string | null {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  const url = URL.canParse(text) ? new URL(text) : null;
  const web = url?.protocol === 'http:' || url?.protocol === 'https:';
  if (!web || text.length > ORGANISATION_LIMITS.website) {
    throw new BadUserInputError(
      `The website "${text.slice(0, 80)}" is not valid; expected an http or https URL of at most ${ORGANISATION_LIMITS.website} characters, such as https://example.org.`,
      field,
    );
  }

  return url!.href;
}

/** Returns the address trimmed and in lower case, as `users.email` stores it. */
export function cleanEmail(value: string, field: string): string {
  const email = value.trim().toLowerCase();
  const shaped = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email);
  if (!shaped || email.length > ORGANISATION_LIMITS.email) {
    throw new BadUserInputError(
      `"${email.slice(0, 80)}" is not a valid e-mail address; expected one such as name@example.org.`,
      field,
    );
  }

  return email;
}
