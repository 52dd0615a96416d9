import './confirm-dialog.css';

import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { RequestErrorText } from '@/components/RequestErrorText';
import { useModalDialog } from '@/modules/opportunities/hooks/useModalDialog';

export interface ConfirmDialogProps {
  title: string;
  text: string;
  confirmLabel: string;
  /** The confirm button's text while the action runs, by default "Working…". */
  workingLabel?: string;
  /** Styles the confirm button as destructive. */
  danger?: boolean;
  /**
   * Runs the confirmed action. A rejection shows its error in the dialog,
   * which stays open. On success the caller closes the dialog.
   */
  onConfirm: () => Promise<void>;
  /** Closes the dialog without acting, after Cancel or Escape. */
  onCancel: () => void;
}

/**
 * Asks before an action, in a modal dialog: the rest of the page is inert,
 * Tab stays inside, Cancel has the first focus and Escape cancels unless
 * the action is running.
 */
export function ConfirmDialog({
  title,
  text,
  confirmLabel,
  workingLabel,
  danger = false,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const wrapTabFocus = useModalDialog(dialog, true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const id = useId();

  useEffect(function focusCancelOnOpen() {
    cancel.current?.focus();
  }, []);

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      if (!busy) onCancel();

      return;
    }
    wrapTabFocus(event);
  }

  async function confirm() {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await onConfirm();
    } catch (caught) {
      setError(caught);
      setBusy(false);
      cancel.current?.focus();
    }
  }

  return (
    <div className="confirm-dialog__backdrop">
      <div
        ref={dialog}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-text`}
        aria-busy={busy}
        className="confirm-dialog"
        tabIndex={-1}
        onKeyDown={handleKeyDown}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        <p id={`${id}-text`}>{text}</p>
        {error !== undefined && (
          <RequestErrorText id={`${id}-error`} error={error} />
        )}
        <div className="confirm-dialog__actions">
          <button
            type="button"
            className={danger ? 'button button--danger' : 'button'}
            // Not `disabled`, because a focused button that becomes
            // disabled drops the focus to <body>.
            aria-disabled={busy}
            onClick={() => void confirm()}
          >
            {busy ? (workingLabel ?? t('dialog.working')) : confirmLabel}
          </button>
          <button
            ref={cancel}
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={onCancel}
          >
            {t('dialog.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
