import { useCallback, useEffect, useRef, useState } from 'react';

import type { ImportedBadgeFieldsFragment } from '@/gql/graphql';
import { executeQuery } from '@/lib/graphql/client';

import {
  ImportBadgeTextMutation,
  ImportBadgeUrlMutation,
} from '../graphql/badge-imports';
import { type ImportOutcome, uploadBadgeFile } from '../upload-badge-file';

/** The three ways the import page sends a badge. */
export type ImportMethod = 'file' | 'text' | 'url';

export type ImportRequest =
  | { method: 'file'; file: File }
  | { method: 'text'; text: string }
  | { method: 'url'; url: string };

async function sendImport(request: ImportRequest): Promise<ImportOutcome> {
  switch (request.method) {
    case 'file':
      return uploadBadgeFile(request.file);
    case 'text': {
      const data = await executeQuery(ImportBadgeTextMutation, {
        input: { text: request.text },
      });

      return data.importBadgeText;
    }
    case 'url': {
      const data = await executeQuery(ImportBadgeUrlMutation, {
        input: { url: request.url },
      });

      return data.importBadgeUrl;
    }
  }
}

/**
 * Sends one import at a time and keeps the latest outcome. A call while an
 * import is pending does nothing. `importBadge` rejects with the request's
 * error, so the form that sent it can show it next to its field.
 */
export function useBadgeImport() {
  const [pending, setPending] = useState<ImportMethod | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [reverified, setReverified] =
    useState<ImportedBadgeFieldsFragment | null>(null);
  const busy = useRef(false);
  const mounted = useRef(true);

  useEffect(function trackMounted() {
    mounted.current = true;

    return function markUnmounted() {
      mounted.current = false;
    };
  }, []);

  const importBadge = useCallback(async (request: ImportRequest) => {
    if (busy.current) return;
    busy.current = true;
    setPending(request.method);
    setOutcome(null);
    setReverified(null);
    try {
      const result = await sendImport(request);
      if (mounted.current) setOutcome(result);
    } finally {
      busy.current = false;
      if (mounted.current) setPending(null);
    }
  }, []);

  /**
   * The latest import with its badge as last verified. `outcome` itself
   * stays as imported, so that the import's announcement does not repeat
   * when the badge is verified again.
   */
  const report =
    outcome === null
      ? null
      : { ...outcome, badge: reverified ?? outcome.badge };

  return { pending, outcome, report, importBadge, replaceBadge: setReverified };
}
