import { BadUserInputError } from '../../../common/errors/domain-error.js';
import { ageThisYear, checkBirthYear, currentYear, isMinor } from './age.js';

const YEAR = 2026;

function messageFor(birthYear: number): string {
  try {
    checkBirthYear(birthYear, YEAR, 'input.birthYear');
  } catch (error) {
    expect((error as BadUserInputError).details).toEqual({
      field: 'input.birthYear',
    });

    return (error as Error).message;
  }
  throw new Error(`${birthYear} was accepted`);
}

describe('age rules', () => {
  it('counts the age reached this year', () => {
    expect(ageThisYear(2010, YEAR)).toBe(16);
  });

  it('takes the current year in UTC', () => {
    expect(currentYear(new Date('2026-12-31T23:30:00-05:00'))).toBe(2027);
  });

  it.each([
    [2010, true],
    [2008, true],
    [2007, false],
  ])('accepts %i, minor %s', (birthYear, minor) => {
    expect(() => checkBirthYear(birthYear, YEAR, 'f')).not.toThrow();
    expect(isMinor(birthYear, YEAR)).toBe(minor);
  });

  it('rejects someone turning 15 this year', () => {
    expect(messageFor(2011)).toMatch(
      /Learnscape is for people aged 16 and over/,
    );
  });

  it('rejects a future year', () => {
    expect(messageFor(2027)).toMatch(/in the future/);
  });

  it('rejects a year before 1900', () => {
    expect(messageFor(1899)).toMatch(/before 1900/);
  });

  it('accepts 1900', () => {
    expect(() => checkBirthYear(1900, YEAR, 'f')).not.toThrow();
  });
});
