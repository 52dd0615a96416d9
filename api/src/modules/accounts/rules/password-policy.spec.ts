import { BadUserInputError } from '../../../common/errors/domain-error.js';
import { checkPassword } from './password-policy.js';

const EMAIL = 'ada@example.org';

function failureOf(password: string, email = EMAIL): BadUserInputError {
  try {
    checkPassword(password, email, 'input.password');
  } catch (error) {
    return error as BadUserInputError;
  }
  throw new Error(`"${password}" was accepted`);
}

describe('checkPassword', () => {
  it('accepts a long uncommon passphrase', () => {
    expect(() =>
      checkPassword('tram lantern quietly', EMAIL, 'input.password'),
    ).not.toThrow();
  });

  it('accepts exactly 10 and 256 characters', () => {
    expect(() => checkPassword('kq8#Lz!w2p', EMAIL, 'f')).not.toThrow();
    expect(() =>
      checkPassword('kq8#Lz!w2p'.repeat(25) + 'abcdef', EMAIL, 'f'),
    ).not.toThrow();
  });

  it('rejects 9 characters', () => {
    const error = failureOf('kq8#Lz!w2');
    expect(error.message).toMatch(/9 characters; use at least 10/);
    expect(error.details).toEqual({ field: 'input.password' });
  });

  it('counts code points, not UTF-16 units', () => {
    expect(failureOf('🦘🦘🦘🦘🦘🦘🦘🦘🦘').message).toMatch(/9 characters/);
  });

  it('rejects 257 characters', () => {
    expect(failureOf('x'.repeat(257)).message).toMatch(
      /257 characters; use at most 256/,
    );
  });

  it('rejects a common password in any case', () => {
    expect(failureOf('Password12').message).toMatch(/common passwords/);
    expect(failureOf('QWERTYUIOP').message).toMatch(/common passwords/);
  });

  it('rejects the e-mail address', () => {
    expect(failureOf(' ADA@example.org ').message).toMatch(
      /same as the e-mail address/,
    );
  });

  it('names the field it was given', () => {
    try {
      checkPassword('short', EMAIL, 'input.newPassword');
    } catch (error) {
      expect((error as BadUserInputError).details).toEqual({
        field: 'input.newPassword',
      });
    }
    expect.assertions(1);
  });
});
