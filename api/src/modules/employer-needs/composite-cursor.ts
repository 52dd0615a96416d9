import { BadUserInputError } from '../../common/errors/domain-error.js';
import { decodeCursor, encodeCursor } from '../../common/pagination/cursor.js';

/**
 * A cursor for lists sorted by a count (descending) and then a second key
 * (ascending), such as covered skills and then distance. Both parts travel
 * in the cursor's key as `<count>:<second>`.
 */
export interface CompositePosition {
  count: number;
  second: string;
  id: string;
}

export function encodeCompositeCursor(
  position: CompositePosition,
  scope: string,
): string {
  return encodeCursor(
    { key: `${position.count}:${position.second}`, id: position.id },
    scope,
  );
}

/**
 * Decodes a cursor of `encodeCompositeCursor`; `second` must match
 * `pattern`, or the cursor is rejected as BAD_USER_INPUT.
 */
export function decodeCompositeCursor(
  cursor: string,
  scope: string,
  pattern: RegExp,
): CompositePosition {
  const { key, id } = decodeCursor(cursor, 'string', scope);
  const match = /^(\d{1,3}):(.+)$/.exec(String(key));
  if (match === null || !pattern.test(match[2]!)) {
    throw new BadUserInputError(
      `after "${cursor.slice(0, 80)}" is not a valid cursor for this list; pass an endCursor from the same list, or omit after to start from the first page.`,
    );
  }

  return { count: Number(match[1]), second: match[2]!, id };
}

/** A finite decimal number, as JavaScript prints a distance. */
export const NUMBER_TEXT = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/;

/** A whole number of microseconds. */
export const INTEGER_TEXT = /^-?\d{1,19}$/;
