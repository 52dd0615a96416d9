import { useCallback, useEffect, useState } from 'react';

import type { TypedDocumentString } from '@/gql/graphql';

import { executeQuery, isAbortError } from './client';

export type QueryState<TResult> =
  | { status: 'idle'; data: undefined; error: undefined }
  | { status: 'loading'; data: TResult | undefined; error: undefined }
  | { status: 'success'; data: TResult; error: undefined }
  | { status: 'error'; data: undefined; error: unknown };

export type QueryResult<TResult> = QueryState<TResult> & { retry: () => void };

const IDLE = { status: 'idle', data: undefined, error: undefined } as const;

/**
 * Runs a generated query whenever its variables change and aborts the
 * previous request. Passing `null` as variables skips the query. While a new
 * request loads, the previous data stays available so views do not flash.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables | null,
): QueryResult<TResult> {
  const [state, setState] = useState<QueryState<TResult>>(IDLE);
  const [attempt, setAttempt] = useState(0);
  const variablesKey = variables === null ? null : JSON.stringify(variables);

  useEffect(
    function fetchWhenVariablesChange() {
      if (variablesKey === null) {
        setState(IDLE);

        return;
      }

      const controller = new AbortController();
      setState((previous) => ({
        status: 'loading',
        data: previous.data,
        error: undefined,
      }));
      executeQuery(
        document,
        JSON.parse(variablesKey) as TVariables,
        controller.signal,
      ).then(
        (data) => setState({ status: 'success', data, error: undefined }),
        (error: unknown) => {
          if (controller.signal.aborted || isAbortError(error)) return;
          setState({ status: 'error', data: undefined, error });
        },
      );

      return function abortStaleRequest() {
        controller.abort();
      };
    },
    [document, variablesKey, attempt],
  );

  const retry = useCallback(() => setAttempt((count) => count + 1), []);

  return { ...state, retry };
}
