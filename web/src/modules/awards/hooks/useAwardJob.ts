import { useCallback, useEffect, useRef, useState } from 'react';

import type {
  AwardJobFieldsFragment,
  StartBulkAwardInput,
} from '@/gql/graphql';
import { executeQuery } from '@/lib/graphql/client';
import { useMutation } from '@/lib/graphql/useMutation';

import { newIdempotencyKey } from '../award-details';
import { AwardJobQuery, StartBulkAwardMutation } from '../graphql/awards';

/** How often a running job is polled, in milliseconds. */
export const AWARD_JOB_POLL_MS = 1000;

/**
 * Starts a bulk award and polls it until it finishes. A retry after a failed
 * start sends the same key, so the API returns the job it may have started.
 */
export function useAwardJob() {
  const start = useMutation(StartBulkAwardMutation);
  const [job, setJob] = useState<AwardJobFieldsFragment | null>(null);
  const [pollError, setPollError] = useState<unknown>(undefined);
  const key = useRef(newIdempotencyKey());

  useEffect(
    function pollWhileRunning() {
      if (job === null || job.status !== 'RUNNING') return;
      const controller = new AbortController();
      const timer = setTimeout(() => {
        executeQuery(AwardJobQuery, { id: job.id }, controller.signal).then(
          (data) => {
            setPollError(undefined);
            if (data.awardJob !== null) setJob(data.awardJob);
          },
          (error: unknown) => {
            if (controller.signal.aborted) return;
            setPollError(error);
            // A failed poll tries again, with the same job.
            setJob((current) => (current === null ? null : { ...current }));
          },
        );
      }, AWARD_JOB_POLL_MS);

      return function stopPolling() {
        clearTimeout(timer);
        controller.abort();
      };
    },
    [job],
  );

  const run = useCallback(
    async (input: Omit<StartBulkAwardInput, 'idempotencyKey'>) => {
      const data = await start.mutate({
        input: { ...input, idempotencyKey: key.current },
      });
      key.current = newIdempotencyKey();
      setJob(data.startBulkAward);
    },
    [start],
  );

  return { job, run, start: start.state, pollError };
}
