import { BadUserInputError } from '../errors/domain-error.js';

/**
 * Rejects text that PostgreSQL cannot store or compare: its text types
 * have no NUL character (U+0000).
 */
export function checkStorableText(field: string, text: string): string {
  if (text.includes('\u0000')) {
    throw new BadUserInputError(
      `${field} contains a NUL character (U+0000), which text cannot hold; remove it.`,
    );
  }

  return text;
}
