import { BadUserInputError } from '../../../common/errors/domain-error.js';

export const MIN_AGE = 16;

/** Until this age a learner gets the safer privacy rules of a minor. */
export const ADULT_AGE = 18;

export const EARLIEST_BIRTH_YEAR = 1900;

/** Returns the current year in UTC, which the age rules count from. */
export function currentYear(now = new Date()): number {
  return now.getUTCFullYear();
}

/**
 * Returns the age a person reaches in `year`. Only the birth year is stored, so
 * this is the age on their birthday this year, and until that birthday
 * they are one year younger.
 */
export function ageThisYear(birthYear: number, year: number): number {
  return year - birthYear;
}

/**
 * Checks whether the person may still be under 18. Someone who turns 18 this year
 * may not have had that birthday yet, so they count as a minor until the
 * year after, which errs towards protecting them.
 */
export function isMinor(birthYear: number, year: number): boolean {
  return ageThisYear(birthYear, year) <= ADULT_AGE;
}

/**
 * Rejects a birth year in the future, before 1900, or of someone who does
 * not turn 16 this year. A person who turns 16 later this year may sign up
 * now, because only the year is known.
 */
export function checkBirthYear(
  birthYear: number,
  year: number,
  field: string,
): void {
  if (!Number.isInteger(birthYear)) {
    throw new BadUserInputError(
      `Birth year ${birthYear} is not a whole number; enter a year such as 2005.`,
      field,
    );
  }
  if (birthYear > year) {
    throw new BadUserInputError(
      `Birth year ${birthYear} is in the future; enter the year you were born.`,
      field,
    );
  }
  if (birthYear < EARLIEST_BIRTH_YEAR) {
    throw new BadUserInputError(
      `Birth year ${birthYear} is before ${EARLIEST_BIRTH_YEAR}; enter the year you were born.`,
      field,
    );
  }
  if (ageThisYear(birthYear, year) < MIN_AGE) {
    throw new BadUserInputError(
      `Learnscape is for people aged ${MIN_AGE} and over; birth year ${birthYear} means you turn ${ageThisYear(birthYear, year)} in ${year}.`,
      field,
    );
  }
}
