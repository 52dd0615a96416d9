import { BadUserInputError } from '../errors/domain-error.js';
import { decodeCursor, encodeCursor } from './cursor.js';

const ID = '6f1c2d2e-8b1a-4c57-9d62-0b8f0f6f3a11';

describe('cursor', () => {
  it('round-trips a distance exactly', () => {
    const key = 1234.5678901234567;
    expect(
      decodeCursor(encodeCursor({ key, id: ID }, 'scope'), 'number', 'scope'),
    ).toEqual({
      key,
      id: ID,
    });
  });

  it('round-trips a title', () => {
    const key = 'Café "quotes" & more';
    expect(
      decodeCursor(encodeCursor({ key, id: ID }, 'scope'), 'string', 'scope')
        .key,
    ).toBe(key);
  });

  it('rejects a title key with a NUL character', () => {
    const cursor = encodeCursor({ key: 'a\u0000', id: ID }, 'scope');
    expect(() => decodeCursor(cursor, 'string', 'scope')).toThrow(
      BadUserInputError,
    );
  });

  it.each([
    ['garbage', '%%%'],
    ['not JSON', Buffer.from('hello').toString('base64url')],
    ['wrong key type', encodeCursor({ key: 'title', id: ID }, 'scope')],
    ['another scope', encodeCursor({ key: 1, id: ID }, 'other')],
    [
      'an old two-part cursor',
      Buffer.from(JSON.stringify([1, ID])).toString('base64url'),
    ],
    ['bad id', Buffer.from(JSON.stringify([1, 'x'])).toString('base64url')],
    ['too long', 'a'.repeat(401)],
  ])('rejects %s', (_name, cursor) => {
    expect(() => decodeCursor(cursor, 'number', 'scope')).toThrow(
      BadUserInputError,
    );
  });
});
