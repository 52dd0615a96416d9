import type { TFunction } from 'i18next';

// These limits repeat the API's checks in api/src/modules/accounts/rules/,
// so that a form can flag a value before it is sent. The API still decides.
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;
export const MAX_NAME_LENGTH = 100;
export const MAX_EMAIL_LENGTH = 254;
export const MIN_AGE = 16;
/** Until the year a learner turns 19 the safer rules of a minor apply. */
export const ADULT_AGE = 18;
export const EARLIEST_BIRTH_YEAR = 1900;

/** Returns the current year in UTC, which the API's age rules count from. */
export function currentYear(now = new Date()): number {
  return now.getUTCFullYear();
}

/** Code points, as the API counts them, so an emoji counts as one. */
export function characterCount(text: string): number {
  return [...text].length;
}

export function checkEmail(t: TFunction, email: string): string | null {
  const trimmed = email.trim();
  if (trimmed === '') return t('accountForm.emailMissing');
  if (trimmed.length > MAX_EMAIL_LENGTH) {
    return t('accountForm.emailTooLong', { max: MAX_EMAIL_LENGTH });
  }
  // Only the shape is checked here; the API checks the full syntax.
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed)) {
    return t('accountForm.emailInvalid');
  }

  return null;
}

export function checkNewPassword(
  t: TFunction,
  password: string,
): string | null {
  const length = characterCount(password);
  if (length < MIN_PASSWORD_LENGTH) {
    return t('accountForm.passwordTooShort', {
      count: length,
      min: MIN_PASSWORD_LENGTH,
    });
  }
  if (length > MAX_PASSWORD_LENGTH) {
    return t('accountForm.passwordTooLong', {
      count: length,
      max: MAX_PASSWORD_LENGTH,
    });
  }

  return null;
}

export function checkPasswordPresent(
  t: TFunction,
  password: string,
): string | null {
  return password === '' ? t('accountForm.passwordMissing') : null;
}

export function checkName(t: TFunction, name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return t('accountForm.nameMissing');
  const length = characterCount(trimmed);
  if (length > MAX_NAME_LENGTH) {
    return t('accountForm.nameTooLong', {
      count: length,
      max: MAX_NAME_LENGTH,
    });
  }

  return null;
}

/** Reads a birth year typed as four digits, or null for anything else. */
export function parseBirthYear(text: string): number | null {
  return /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : null;
}

export function checkBirthYear(
  t: TFunction,
  text: string,
  year = currentYear(),
): string | null {
  if (text.trim() === '') return t('accountForm.birthYearMissing');
  const birthYear = parseBirthYear(text);
  if (birthYear === null) return t('accountForm.birthYearInvalid');
  if (birthYear > year) return t('accountForm.birthYearFuture');
  if (birthYear < EARLIEST_BIRTH_YEAR) {
    return t('accountForm.birthYearTooEarly', {
      earliest: EARLIEST_BIRTH_YEAR,
    });
  }
  const age = year - birthYear;
  if (age < MIN_AGE) {
    return t('accountForm.birthYearTooYoung', { age, year, minAge: MIN_AGE });
  }

  return null;
}

/**
 * Returns whether someone born in `birthYear` gets the safer rules of a
 * minor, because they may still be under 18 at some point this year.
 */
export function isMinorBirthYear(
  birthYear: number,
  year = currentYear(),
): boolean {
  return year - birthYear <= ADULT_AGE;
}
