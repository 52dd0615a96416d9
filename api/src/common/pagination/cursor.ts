import { createHash } from 'node:crypto';

import { BadUserInputError } from '../errors/domain-error.js';

/** A position in a sorted list: the sort key of the last row and its id. */
export interface CursorPosition {
  key: number | string;
  id: string;
}

/**
 * Encodes a position with the scope of the list it belongs to, a short tag
 * that `decodeCursor` compares so that a cursor works only for its own list.
 */
export function encodeCursor(position: CursorPosition, scope: string): string {
  return Buffer.from(
    JSON.stringify([scope, position.key, position.id]),
  ).toString('base64url');
}

/** Decodes a cursor made by `encodeCursor`, or raises a BAD_USER_INPUT error. */
export function decodeCursor(
  cursor: string,
  keyType: 'number' | 'string',
  scope: string,
): CursorPosition {
  const invalid = () =>
    new BadUserInputError(
      `after "${cursor.slice(0, 80)}" is not a valid cursor for this search; pass an endCursor from the same search, or omit after to start from the first page.`,
    );
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(cursor)) throw invalid();

  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw invalid();
  const [cursorScope, key, id] = parsed as unknown[];
  // PostgreSQL text cannot hold NUL, so no real key contains one.
  const keyValid =
    keyType === 'number'
      ? typeof key === 'number' && Number.isFinite(key)
      : typeof key === 'string' && !key.includes('\u0000');
  if (
    cursorScope !== scope ||
    !keyValid ||
    typeof id !== 'string' ||
    !UUID_PATTERN.test(id)
  ) {
    throw invalid();
  }

  return { key: key as number | string, id };
}

export const UUID_PATTERN =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Derives a scope from everything that defines a list, such as a search. */
export function cursorScope(definition: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(definition))
    .digest('base64url')
    .slice(0, 12);
}
