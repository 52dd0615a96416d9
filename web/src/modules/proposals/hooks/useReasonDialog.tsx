import {
  type ReactNode,
  type RefObject,
  useEffect,
  useRef,
  useState,
} from 'react';

import { ReasonDialog, type ReasonPurpose } from '../components/ReasonDialog';

interface ReasonRequest {
  purpose: ReasonPurpose;
  send: (reason: string) => Promise<void>;
}

/**
 * Opens a ReasonDialog and gives focus back when it closes: to the control
 * that opened it, or to `fallback` when that control is gone (such as a
 * report button replaced by its confirmation).
 */
export function useReasonDialog(fallback?: RefObject<HTMLElement | null>): {
  askReason: (purpose: ReasonPurpose, send: ReasonRequest['send']) => void;
  dialog: ReactNode;
} {
  const [request, setRequest] = useState<ReasonRequest | null>(null);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(
    function returnFocusOnClose() {
      if (request !== null || opener.current === null) return;
      const target = opener.current.isConnected
        ? opener.current
        : fallback?.current;
      opener.current = null;
      target?.focus();
    },
    [request, fallback],
  );

  function askReason(purpose: ReasonPurpose, send: ReasonRequest['send']) {
    const active = document.activeElement;
    opener.current = active instanceof HTMLElement ? active : null;
    setRequest({ purpose, send });
  }

  const dialog =
    request === null ? null : (
      <ReasonDialog
        purpose={request.purpose}
        onConfirm={request.send}
        onClose={() => setRequest(null)}
      />
    );

  return { askReason, dialog };
}
