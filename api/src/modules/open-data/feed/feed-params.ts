import { BadUserInputError } from '../../../common/errors/domain-error.js';
import { UUID_PATTERN } from '../../../common/pagination/cursor.js';

/** RPDE's suggested default page size for opportunity data. */
export const FEED_PAGE_SIZE = 500;

/** A position in the feed: items after this change number and id. */
export interface FeedPosition {
  changeNumber: number;
  opportunityId: string;
}

export interface FeedQuery {
  after: FeedPosition | null;
  limit: number;
}

/**
 * Reads `afterTimestamp`, `afterId` and `limit`. Both `after` values or
 * neither must be given, as the RPDE query compares them together; the
 * change number is a whole number no larger than JSON integers carry
 * exactly, because `modified` is written as a JSON number.
 */
export function parseFeedQuery(query: Record<string, unknown>): FeedQuery {
  const timestamp = single(query, 'afterTimestamp');
  const id = single(query, 'afterId');
  const limit = parseLimit(single(query, 'limit'));
  if (timestamp === undefined && id === undefined)
    return { after: null, limit };
  if (timestamp === undefined || id === undefined) {
    throw new BadUserInputError(
      `afterTimestamp and afterId go together, but only ${timestamp === undefined ? 'afterId' : 'afterTimestamp'} was given; follow the feed's next URL or give neither for the first page.`,
    );
  }

  return {
    after: {
      changeNumber: parseChangeNumber(timestamp),
      opportunityId: parseId(id),
    },
    limit,
  };
}

function single(
  query: Record<string, unknown>,
  name: string,
): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    throw new BadUserInputError(
      `${name} is given more than once; give it once.`,
      name,
    );
  }

  return value;
}

function parseChangeNumber(raw: string): number {
  const value = /^\d{1,16}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value)) {
    throw new BadUserInputError(
      `afterTimestamp "${raw.slice(0, 40)}" is not a change number; expected a whole number from 0 to ${Number.MAX_SAFE_INTEGER}, as in the feed's next URL.`,
      'afterTimestamp',
    );
  }

  return value;
}

function parseId(raw: string): string {
  if (!UUID_PATTERN.test(raw)) {
    throw new BadUserInputError(
      `afterId "${raw.slice(0, 60)}" is not an opportunity id; expected a UUID, as in the feed's next URL.`,
      'afterId',
    );
  }

  return raw.toLowerCase();
}

function parseLimit(raw: string | undefined): number {
  if (raw === undefined) return FEED_PAGE_SIZE;
  const value = /^\d{1,4}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(value >= 1 && value <= FEED_PAGE_SIZE)) {
    throw new BadUserInputError(
      `limit "${raw.slice(0, 20)}" is invalid; expected a whole number from 1 to ${FEED_PAGE_SIZE}.`,
      'limit',
    );
  }

  return value;
}
