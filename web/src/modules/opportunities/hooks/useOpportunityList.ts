import { useCallback, useEffect, useRef, useState } from 'react';

import type { SearchVariables } from '@/app/search-area';
import type { OpportunitiesQuery as OpportunitiesResult } from '@/gql/graphql';
import { executeQuery, isAbortError } from '@/lib/graphql/client';

import { OpportunitiesQuery } from '../graphql/opportunities';

export type OpportunityEdge =
  OpportunitiesResult['opportunities']['edges'][number];

export const PAGE_SIZE = 20;

export interface OpportunityListState {
  status: 'idle' | 'loading' | 'success' | 'error';
  edges: OpportunityEdge[];
  totalCount: number;
  hasNextPage: boolean;
  loadingMore: boolean;
  error: unknown;
}

const INITIAL: OpportunityListState = {
  status: 'idle',
  edges: [],
  totalCount: 0,
  hasNextPage: false,
  loadingMore: false,
  error: undefined,
};

/**
 * Loads the nearest-first list for a search and appends further pages with
 * cursor pagination (`after: pageInfo.endCursor`). A new search starts over.
 */
export function useOpportunityList(search: SearchVariables | null) {
  const [state, setState] = useState<OpportunityListState>(INITIAL);
  const [attempt, setAttempt] = useState(0);
  const endCursor = useRef<string | null>(null);
  const moreController = useRef<AbortController | null>(null);
  const searchKey = search === null ? null : JSON.stringify(search);

  useEffect(
    function loadFirstPage() {
      endCursor.current = null;
      if (searchKey === null) {
        setState(INITIAL);

        return;
      }

      const controller = new AbortController();
      const variables = {
        ...(JSON.parse(searchKey) as SearchVariables),
        first: PAGE_SIZE,
      };
      setState((previous) => ({
        ...previous,
        status: 'loading',
        loadingMore: false,
        error: undefined,
      }));
      executeQuery(OpportunitiesQuery, variables, controller.signal).then(
        ({ opportunities }) => {
          endCursor.current = opportunities.pageInfo.endCursor ?? null;
          setState({
            status: 'success',
            edges: opportunities.edges,
            totalCount: opportunities.totalCount,
            hasNextPage: opportunities.pageInfo.hasNextPage,
            loadingMore: false,
            error: undefined,
          });
        },
        (error: unknown) => {
          if (controller.signal.aborted || isAbortError(error)) return;
          setState({ ...INITIAL, status: 'error', error });
        },
      );

      return function abortFirstPage() {
        controller.abort();
        moreController.current?.abort();
      };
    },
    [searchKey, attempt],
  );

  const loadMore = useCallback(() => {
    if (searchKey === null || endCursor.current === null) return;

    const controller = new AbortController();
    moreController.current?.abort();
    moreController.current = controller;
    const variables = {
      ...(JSON.parse(searchKey) as SearchVariables),
      first: PAGE_SIZE,
      after: endCursor.current,
    };
    setState((previous) => ({
      ...previous,
      loadingMore: true,
      error: undefined,
    }));
    executeQuery(OpportunitiesQuery, variables, controller.signal).then(
      ({ opportunities }) => {
        endCursor.current = opportunities.pageInfo.endCursor ?? null;
        setState((previous) => ({
          ...previous,
          edges: [...previous.edges, ...opportunities.edges],
          totalCount: opportunities.totalCount,
          hasNextPage: opportunities.pageInfo.hasNextPage,
          loadingMore: false,
        }));
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) return;
        setState((previous) => ({ ...previous, loadingMore: false, error }));
      },
    );
  }, [searchKey]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);

  // The search travels with its results, so that views of the list, such
  // as its download links, describe the same search.
  return { ...state, search, loadMore, retry };
}
