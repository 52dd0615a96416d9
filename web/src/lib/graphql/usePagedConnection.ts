import { useCallback, useEffect, useRef, useState } from 'react';

import type { TypedDocumentString } from '@/gql/graphql';
import { executeQuery, isAbortError } from '@/lib/graphql/client';

/** The parts of a cursor connection that paging reads. */
export interface Connection<TEdge> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly TEdge[];
}

type EdgeOf<TConnection extends Connection<unknown>> =
  TConnection['edges'][number];

export interface PagedConnectionState<TConnection extends Connection<unknown>> {
  status: 'idle' | 'loading' | 'success' | 'error';
  edges: EdgeOf<TConnection>[];
  /**
   * The last page loaded, for the connection's fields besides its edges,
   * such as the session of `sessionRegistrations`. It stays while new
   * variables load, and is null when the first page fails.
   */
  page: TConnection | null;
  totalCount: number;
  hasNextPage: boolean;
  loadingMore: boolean;
  /** The error of the first page, or of the last "Load more". */
  error: unknown;
}

function initialState<
  TConnection extends Connection<unknown>,
>(): PagedConnectionState<TConnection> {
  return {
    status: 'idle',
    edges: [],
    page: null,
    totalCount: 0,
    hasNextPage: false,
    loadingMore: false,
    error: undefined,
  };
}

type PageVariables = { first?: number | null; after?: string | null };

/**
 * Loads the first page of a connection whenever `variables` change and
 * appends later pages with `after: pageInfo.endCursor`. Passing `null` skips
 * the query. `removeEdge` drops a row that left the list, such as a
 * registration withdrawn or an opportunity moderated, and lowers the count.
 */
export function usePagedConnection<
  TResult,
  TVariables extends PageVariables,
  TConnection extends Connection<unknown>,
>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: Omit<TVariables, 'first' | 'after'> | null,
  selectConnection: (data: TResult) => TConnection,
  pageSize: number,
) {
  type TEdge = EdgeOf<TConnection>;
  const [state, setState] = useState(initialState<TConnection>);
  const [attempt, setAttempt] = useState(0);
  const endCursor = useRef<string | null>(null);
  const moreController = useRef<AbortController | null>(null);
  const select = useRef(selectConnection);
  const variablesKey = variables === null ? null : JSON.stringify(variables);

  useEffect(function keepLatestSelector() {
    select.current = selectConnection;
  });

  const fetchPage = useCallback(
    (after: string | null, signal: AbortSignal) => {
      const base = JSON.parse(variablesKey ?? '{}') as TVariables;

      return executeQuery(
        document,
        { ...base, first: pageSize, after },
        signal,
      ).then((data) => {
        const connection = select.current(data);
        endCursor.current = connection.pageInfo.endCursor ?? null;

        return connection;
      });
    },
    [document, variablesKey, pageSize],
  );

  useEffect(
    function loadFirstPage() {
      endCursor.current = null;
      if (variablesKey === null) {
        setState(initialState<TConnection>());

        return;
      }

      const controller = new AbortController();
      setState((previous) => ({
        ...previous,
        status: 'loading',
        loadingMore: false,
        error: undefined,
      }));
      fetchPage(null, controller.signal).then(
        (connection) =>
          setState({
            status: 'success',
            edges: [...connection.edges],
            page: connection,
            totalCount: connection.totalCount,
            hasNextPage: connection.pageInfo.hasNextPage,
            loadingMore: false,
            error: undefined,
          }),
        (error: unknown) => {
          if (controller.signal.aborted || isAbortError(error)) return;
          setState({ ...initialState<TConnection>(), status: 'error', error });
        },
      );

      return function abortStalePages() {
        controller.abort();
        moreController.current?.abort();
      };
    },
    [variablesKey, fetchPage, attempt],
  );

  const loadMore = useCallback(() => {
    if (variablesKey === null || endCursor.current === null) return;

    const controller = new AbortController();
    moreController.current?.abort();
    moreController.current = controller;
    setState((previous) => ({
      ...previous,
      loadingMore: true,
      error: undefined,
    }));
    fetchPage(endCursor.current, controller.signal).then(
      (connection) =>
        setState((previous) => ({
          ...previous,
          edges: [...previous.edges, ...connection.edges],
          page: connection,
          totalCount: connection.totalCount,
          hasNextPage: connection.pageInfo.hasNextPage,
          loadingMore: false,
        })),
      (error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) return;
        setState((previous) => ({ ...previous, loadingMore: false, error }));
      },
    );
  }, [variablesKey, fetchPage]);

  const removeEdge = useCallback((matches: (edge: TEdge) => boolean) => {
    setState((previous) => {
      const edges = previous.edges.filter((edge) => !matches(edge));

      return {
        ...previous,
        edges,
        totalCount: Math.max(
          0,
          previous.totalCount - (previous.edges.length - edges.length),
        ),
      };
    });
  }, []);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);

  return { ...state, loadMore, retry, removeEdge };
}
