import { useCallback, useEffect, useRef, useState } from 'react';

import type { TypedDocumentString } from '@/gql/graphql';
import { executeQuery, isAbortError } from '@/lib/graphql/client';
import { useQuery } from '@/lib/graphql/useQuery';

/** The parts of a pathway connection that paging reads; it has no total. */
interface Page<TEdge> {
  edges: readonly TEdge[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** Later pages, kept only while the first page they follow is shown. */
interface LaterPages<TResult, TEdge> {
  after: TResult;
  edges: TEdge[];
  pageInfo: Page<TEdge>['pageInfo'];
}

/**
 * Loads the first page of a connection with `useQuery`, and appends later
 * pages with `after: pageInfo.endCursor` on `loadMore`. New variables or a
 * retry start again from the first page.
 */
export function useCursorList<TResult, TVariables, TEdge>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables | null,
  select: (data: TResult) => Page<TEdge>,
) {
  const first = useQuery(document, variables);
  const [later, setLater] = useState<LaterPages<TResult, TEdge> | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(undefined);
  const controller = useRef<AbortController | null>(null);
  const firstPage = first.data === undefined ? null : select(first.data);
  const extra = later !== null && later.after === first.data ? later : null;
  const pageInfo = extra?.pageInfo ?? firstPage?.pageInfo ?? null;

  useEffect(function abortOnUnmount() {
    return function abortLaterPage() {
      controller.current?.abort();
    };
  }, []);

  const loadMore = useCallback(() => {
    const cursor = pageInfo?.endCursor;
    if (variables === null || first.data === undefined || !cursor) return;
    const base = first.data;
    controller.current?.abort();
    controller.current = new AbortController();
    setLoadingMore(true);
    setMoreError(undefined);
    executeQuery(
      document,
      { ...variables, after: cursor },
      controller.current.signal,
    ).then(
      (data) => {
        const page = select(data);
        setLater({
          after: base,
          edges: [...(extra?.edges ?? []), ...page.edges],
          pageInfo: page.pageInfo,
        });
        setLoadingMore(false);
      },
      (error: unknown) => {
        if (isAbortError(error)) return;
        setMoreError(error);
        setLoadingMore(false);
      },
    );
  }, [document, variables, first.data, pageInfo, extra, select]);

  return {
    status: first.status,
    error: first.error,
    retry: first.retry,
    edges: [...(firstPage?.edges ?? []), ...(extra?.edges ?? [])],
    hasNextPage: pageInfo?.hasNextPage ?? false,
    loadingMore,
    moreError,
    loadMore,
  };
}
