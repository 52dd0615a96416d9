import { BadUserInputError } from '../errors/domain-error.js';

/**
 * Rejects text that PostgreSQL cannot store or compare: its text types
 * have no NUL character (U+0000), and an unpaired UTF-16 surrogate is no
 * character at all, so neither UTF-8 text nor a JSON audit entry can contain it.
 */
export function checkStorableText(field: string, text: string): string {
  if (text.includes('\u0000')) {
    throw new BadUserInputError(
      `${field} contains a NUL character (U+0000), which text cannot hold; remove it.`,
    );
  }
  const surrogate = unpairedSurrogateIn(text);
  if (surrogate !== null) {
    throw new BadUserInputError(
      `${field} contains an unpaired surrogate (${surrogate}), which is not a character; remove it.`,
    );
  }

  return text;
}

/**
 * Returns the first UTF-16 surrogate without its partner, as U+XXXX, or null.
 * Iterating a string yields a pair as one code point above U+FFFF and a
 * lone half as a code point in U+D800 to U+DFFF.
 */
function unpairedSurrogateIn(text: string): string | null {
  for (const character of text) {
    const codePoint = character.codePointAt(0)!;
    if (codePoint >= 0xd800 && codePoint <= 0xdfff) {
      return `U+${codePoint.toString(16).toUpperCase()}`;
    }
  }

  return null;
}
