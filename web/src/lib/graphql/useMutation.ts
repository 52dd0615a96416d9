import { useCallback, useEffect, useRef, useState } from 'react';

import type { TypedDocumentString } from '@/gql/graphql';

import { executeQuery } from './client';

export type MutationState<TResult> =
  | { status: 'idle'; data: undefined; error: undefined }
  | { status: 'pending'; data: undefined; error: undefined }
  | { status: 'success'; data: TResult; error: undefined }
  | { status: 'error'; data: undefined; error: unknown };

export interface MutationResult<TResult, TVariables> {
  state: MutationState<TResult>;
  /** Sends the mutation; resolves with its data, or rejects with its error. */
  mutate: (variables: TVariables) => Promise<TResult>;
  reset: () => void;
}

const IDLE = { status: 'idle', data: undefined, error: undefined } as const;

/**
 * Runs a generated mutation on demand and tracks its state. A second call
 * while one is pending is refused, so a double click cannot send it twice.
 */
export function useMutation<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
): MutationResult<TResult, TVariables> {
  const [state, setState] = useState<MutationState<TResult>>(IDLE);
  const pending = useRef(false);
  const mounted = useRef(true);

  useEffect(function trackMounted() {
    mounted.current = true;

    return function markUnmounted() {
      mounted.current = false;
    };
  }, []);

  const mutate = useCallback(
    async (variables: TVariables) => {
      if (pending.current) {
        throw new Error('This action is already in progress.');
      }
      pending.current = true;
      setState({ status: 'pending', data: undefined, error: undefined });
      try {
        const data = await executeQuery(document, variables);
        if (mounted.current) {
          setState({ status: 'success', data, error: undefined });
        }

        return data;
      } catch (error) {
        if (mounted.current) {
          setState({ status: 'error', data: undefined, error });
        }
        throw error;
      } finally {
        pending.current = false;
      }
    },
    [document],
  );

  const reset = useCallback(() => setState(IDLE), []);

  return { state, mutate, reset };
}
