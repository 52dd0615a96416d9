import { BadUserInputError } from '../errors/domain-error.js';

/** A position in a sorted list: the sort key of the last row and its id. */
export interface CursorPosition {
  key: number | string;
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.key, position.id])).toString(
    'base64url',
  );
}

/** Decodes a cursor made by `encodeCursor`, or raises a BAD_USER_INPUT error. */
export function decodeCursor(
  cursor: string,
  keyType: 'number' | 'string',
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
  if (!Array.isArray(parsed) || parsed.length !== 2) throw invalid();
  const [key, id] = parsed as unknown[];
  const keyValid =
    keyType === 'number'
      ? typeof key === 'number' && Number.isFinite(key)
      : typeof key === 'string';
  if (!keyValid || typeof id !== 'string' || !UUID_PATTERN.test(id)) {
    throw invalid();
  }

  return { key: key as number | string, id };
}

export const UUID_PATTERN =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
