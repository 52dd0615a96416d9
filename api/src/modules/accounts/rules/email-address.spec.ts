import { BadUserInputError } from '../../../common/errors/domain-error.js';
import { normaliseEmail } from './email-address.js';

describe('normaliseEmail', () => {
  it('trims and lower-cases', () => {
    expect(normaliseEmail('  Ada.Lovelace@Example.ORG ', 'f')).toBe(
      'ada.lovelace@example.org',
    );
  });

  it('accepts a plus tag and a subdomain', () => {
    expect(normaliseEmail('ada+news@mail.example.co.uk', 'f')).toBe(
      'ada+news@mail.example.co.uk',
    );
  });

  it.each([
    'ada',
    'ada@',
    '@example.org',
    'ada@example',
    'ada@@example.org',
    'ada lovelace@example.org',
    'ada..l@example.org',
    'ada@-example.org',
    'ada@example.123',
  ])('rejects %s', (address) => {
    expect(() => normaliseEmail(address, 'input.email')).toThrow(
      BadUserInputError,
    );
  });

  it('rejects 255 characters', () => {
    const address = `${'a'.repeat(60)}@${'b'.repeat(190)}.org`;
    expect(() => normaliseEmail(address, 'f')).toThrow(/255 characters/);
  });

  it('rejects a missing address with the field', () => {
    try {
      normaliseEmail('   ', 'input.email');
    } catch (error) {
      expect((error as BadUserInputError).details).toEqual({
        field: 'input.email',
      });
    }
    expect.assertions(1);
  });
});
