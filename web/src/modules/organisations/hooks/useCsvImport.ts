import { useCallback, useEffect, useRef, useState } from 'react';

import { sendFile } from '../rest';

export type ImportMode = 'preview' | 'valid-rows' | 'all-or-nothing';

export interface ImportProblem {
  column: string;
  value: string;
  message: string;
}

export interface ImportRow {
  row: number;
  status: 'valid' | 'invalid' | 'skipped';
  title: string;
  problems: ImportProblem[];
}

/** The API's reply to an import request in any mode. */
export interface ImportReport {
  mode: ImportMode;
  totalRows: number;
  validRows: number;
  invalidRows: number;
  imported: number;
  opportunityIds: string[];
  rows: ImportRow[];
}

export type ImportState =
  | { status: 'idle' }
  | { status: 'sending'; mode: ImportMode }
  | { status: 'done'; report: ImportReport }
  | { status: 'error'; mode: ImportMode; error: unknown };

/** Returns the REST route that checks and imports a CSV file of listings. */
export function importUrl(organisationId: string, mode: ImportMode): string {
  return `/api/organisations/${encodeURIComponent(organisationId)}/opportunity-imports?mode=${mode}`;
}

/**
 * Sends a CSV file to the import route, first as a preview, then in the
 * chosen mode. Choosing another file aborts a request in flight.
 */
export function useCsvImport(organisationId: string) {
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const [preview, setPreview] = useState<ImportReport | null>(null);
  const controller = useRef<AbortController | null>(null);

  useEffect(function abortOnUnmount() {
    return function abortPendingImport() {
      controller.current?.abort();
    };
  }, []);

  const send = useCallback(
    async (file: Blob, mode: ImportMode) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setState({ status: 'sending', mode });
      if (mode === 'preview') setPreview(null);
      try {
        const report = (await sendFile(
          importUrl(organisationId, mode),
          'POST',
          'text/csv',
          file,
          current.signal,
        )) as ImportReport;
        if (current.signal.aborted) return;
        if (mode === 'preview') setPreview(report);
        setState({ status: 'done', report });
      } catch (error) {
        if (current.signal.aborted) return;
        setState({ status: 'error', mode, error });
      }
    },
    [organisationId],
  );

  const clear = useCallback(() => {
    controller.current?.abort();
    setPreview(null);
    setState({ status: 'idle' });
  }, []);

  return { state, preview, send, clear };
}
