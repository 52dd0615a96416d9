import { BadUserInputError } from '../../common/errors/domain-error.js';
import {
  type CursorPosition,
  decodeCursor,
  encodeCursor,
} from '../../common/pagination/cursor.js';
import type { OpportunityConnection } from '../opportunities/dto/opportunity-connection.model.js';
import type { ListingHit } from './listing-queries.repository.js';

export const DEFAULT_LISTINGS_PAGE = 20;
export const MAX_LISTINGS_PAGE = 100;

/** Checks `first` and decodes `after` for a list of listings. */
export function pageRequest(
  first: number,
  after: string | null | undefined,
  scope: string,
): CursorPosition | null {
  if (!Number.isInteger(first) || first < 1 || first > MAX_LISTINGS_PAGE) {
    throw new BadUserInputError(
      `first is ${first}; expected an integer from 1 to ${MAX_LISTINGS_PAGE}.`,
      'first',
    );
  }

  return after ? decodeCursor(after, 'number', scope) : null;
}

/** Builds a connection from up to `first + 1` hits. */
export function toConnection(
  hits: ListingHit[],
  first: number,
  scope: string,
  countAll: () => Promise<number>,
): OpportunityConnection {
  const edges = hits.slice(0, first).map((hit) => ({
    node: hit.opportunity,
    cursor: encodeCursor({ key: hit.sortKey, id: hit.opportunity.id }, scope),
    distanceKm: null,
  }));

  return {
    edges,
    countAll,
    pageInfo: {
      hasNextPage: hits.length > first,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
