import { BadUserInputError } from '../errors/domain-error.js';
import { checkStorableText } from './text.js';

describe('checkStorableText', () => {
  it('returns text that PostgreSQL can store', () => {
    expect(checkStorableText('input.title', 'Café 😀 crew')).toBe(
      'Café 😀 crew',
    );
  });

  it('rejects a NUL character', () => {
    expect(() => checkStorableText('input.title', 'a\u0000b')).toThrow(
      'input.title contains a NUL character (U+0000), which text cannot hold; remove it.',
    );
  });

  it.each([
    ['a lone high surrogate', 'abc\uD800def', 'U+D800'],
    ['a lone low surrogate', 'abc\uDC00def', 'U+DC00'],
    ['a high surrogate at the end', 'abc\uDBFF', 'U+DBFF'],
    ['two surrogates in the wrong order', '\uDE00\uD83D', 'U+DE00'],
  ])('rejects %s', (_case, text, codeUnit) => {
    let error: unknown;
    try {
      checkStorableText('input.title', text);
    } catch (caught) {
      error = caught;
    }

    expect(error).toBeInstanceOf(BadUserInputError);
    expect((error as Error).message).toBe(
      `input.title contains an unpaired surrogate (${codeUnit}), which is not a character; remove it.`,
    );
  });
});
