import { type KeyboardEvent, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { RequestErrorText } from '@/components/RequestErrorText';
import { useModalDialog } from '@/modules/opportunities/hooks/useModalDialog';

interface DeleteImportedBadgeDialogProps {
  name: string;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * Asks before deleting an imported badge, in a modal dialog: the rest of
 * the page is inert, Tab stays inside, Escape cancels and Cancel has the
 * first focus.
 */
export function DeleteImportedBadgeDialog({
  name,
  busy,
  error,
  onConfirm,
  onClose,
}: DeleteImportedBadgeDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const wrapTabFocus = useModalDialog(dialog, true);
  const titleId = useId();
  const textId = useId();
  const errorId = useId();

  useEffect(function focusCancelOnOpen() {
    cancel.current?.focus();
  }, []);

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      if (!busy) onClose();

      return;
    }
    wrapTabFocus(event);
  }

  return (
    <div className="import-dialog__backdrop">
      <div
        ref={dialog}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={textId}
        className="import-dialog"
        tabIndex={-1}
        onKeyDown={handleKeyDown}
      >
        <h2 id={titleId}>{t('badgeImports.delete.title', { name })}</h2>
        <p id={textId}>{t('badgeImports.delete.text')}</p>
        {error !== undefined && <RequestErrorText id={errorId} error={error} />}
        <div className="import-dialog__actions">
          <button
            type="button"
            className="button button--danger"
            disabled={busy}
            onClick={onConfirm}
          >
            {busy
              ? t('badgeImports.delete.deleting')
              : t('badgeImports.delete.confirm')}
          </button>
          <button
            ref={cancel}
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={onClose}
          >
            {t('badgeImports.delete.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
