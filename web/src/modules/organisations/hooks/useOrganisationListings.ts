import { useCallback, useEffect, useRef, useState } from 'react';

import type {
  OpportunityStatus,
  OrganisationOpportunitiesQuery,
} from '@/gql/graphql';
import { executeQuery, isAbortError } from '@/lib/graphql/client';

import { OrganisationOpportunitiesQuery as ListingsQuery } from '../graphql/organisations';

export type ListingEdge =
  OrganisationOpportunitiesQuery['organisationOpportunities']['edges'][number];

export const LISTINGS_PAGE_SIZE = 20;

interface ListingsState {
  status: 'loading' | 'success' | 'error';
  edges: ListingEdge[];
  totalCount: number;
  hasNextPage: boolean;
  loadingMore: boolean;
  error: unknown;
}

const LOADING: ListingsState = {
  status: 'loading',
  edges: [],
  totalCount: 0,
  hasNextPage: false,
  loadingMore: false,
  error: undefined,
};

/**
 * Loads an organisation's listings, optionally in one status, and appends
 * further pages after `pageInfo.endCursor`. A new status starts over.
 */
export function useOrganisationListings(
  organisationId: string,
  status: OpportunityStatus | null,
) {
  const [state, setState] = useState<ListingsState>(LOADING);
  const [attempt, setAttempt] = useState(0);
  const endCursor = useRef<string | null>(null);
  const pending = useRef<AbortController | null>(null);

  const load = useCallback(
    (after: string | null) => {
      pending.current?.abort();
      const controller = new AbortController();
      pending.current = controller;
      const variables = {
        organisationId,
        status,
        first: LISTINGS_PAGE_SIZE,
        after,
      };
      executeQuery(ListingsQuery, variables, controller.signal).then(
        ({ organisationOpportunities: page }) => {
          endCursor.current = page.pageInfo.endCursor ?? null;
          setState((previous) => ({
            status: 'success',
            edges:
              after === null ? page.edges : [...previous.edges, ...page.edges],
            totalCount: page.totalCount,
            hasNextPage: page.pageInfo.hasNextPage,
            loadingMore: false,
            error: undefined,
          }));
        },
        (error: unknown) => {
          if (controller.signal.aborted || isAbortError(error)) return;
          setState((previous) =>
            after === null
              ? { ...LOADING, status: 'error', error }
              : { ...previous, loadingMore: false, error },
          );
        },
      );

      return controller;
    },
    [organisationId, status],
  );

  useEffect(
    function loadFirstPage() {
      setState(LOADING);
      endCursor.current = null;
      const controller = load(null);

      return function abortFirstPage() {
        controller.abort();
      };
    },
    [load, attempt],
  );

  const loadMore = useCallback(() => {
    if (endCursor.current === null) return;
    setState((previous) => ({
      ...previous,
      loadingMore: true,
      error: undefined,
    }));
    load(endCursor.current);
  }, [load]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);

  return { ...state, loadMore, retry };
}
