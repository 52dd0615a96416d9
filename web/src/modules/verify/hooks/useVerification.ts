import { useCallback, useEffect, useRef, useState } from 'react';

import { executeQuery } from '@/lib/graphql/client';

import { VerifyCredentialMutation } from '../graphql/verify';
import type { VerificationResult } from '../verification-types';
import { verifyFile } from '../verify-request';

/**
 * Maximum text length sent through GraphQL. The API reads at most 100 kB of JSON
 * per GraphQL request, so longer text, such as a large SVG, goes to
 * `POST /api/verify` instead.
 */
export const MAX_GRAPHQL_TEXT_LENGTH = 90_000;

/** Input to verify: text the page contains, or a PNG file for the server. */
export type VerificationSource =
  | { kind: 'text'; text: string; contentType?: string }
  | { kind: 'png'; file: Blob };

export type VerificationState =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'success'; result: VerificationResult }
  | { status: 'error'; error: unknown };

function textContentType(text: string, declared?: string): string {
  if (declared !== undefined && declared !== '') return declared;
  const start = text.trimStart();
  if (start.startsWith('{')) return 'application/json';
  if (start.startsWith('<')) return 'image/svg+xml';

  return 'text/plain';
}

async function runVerification(
  source: VerificationSource,
  recipientEmail: string | null,
): Promise<VerificationResult> {
  if (source.kind === 'png') {
    return verifyFile(source.file, 'image/png', recipientEmail);
  }
  if (source.text.length > MAX_GRAPHQL_TEXT_LENGTH) {
    const type = textContentType(source.text, source.contentType);

    return verifyFile(new Blob([source.text], { type }), type, recipientEmail);
  }
  const data = await executeQuery(VerifyCredentialMutation, {
    input: { credential: source.text, recipientEmail },
  });

  return data.verifyCredential;
}

/**
 * Verifies a credential on the server and tracks the latest attempt. A new
 * attempt replaces the result of an older one that finishes later.
 */
export function useVerification() {
  const [state, setState] = useState<VerificationState>({ status: 'idle' });
  const attempt = useRef(0);
  const mounted = useRef(true);

  useEffect(function trackMounted() {
    mounted.current = true;

    return function markUnmounted() {
      mounted.current = false;
    };
  }, []);

  const verify = useCallback(
    async (source: VerificationSource, recipientEmail: string | null) => {
      attempt.current += 1;
      const current = attempt.current;
      setState({ status: 'pending' });
      const latest = () => mounted.current && attempt.current === current;
      try {
        const result = await runVerification(source, recipientEmail);
        if (latest()) setState({ status: 'success', result });
      } catch (error) {
        if (latest()) setState({ status: 'error', error });
      }
    },
    [],
  );

  /** Forgets the last result, such as when the input it was for changes. */
  const reset = useCallback(() => {
    attempt.current += 1;
    setState({ status: 'idle' });
  }, []);

  return { state, verify, reset };
}
