import { type KeyboardEvent, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { useModalDialog } from '@/modules/opportunities/hooks/useModalDialog';

interface ArchiveBadgeDialogProps {
  name: string;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * Asks before archiving a design in a modal dialog: the rest of the page is
 * inert, Tab stays inside, Escape cancels and Cancel has the first focus.
 */
export function ArchiveBadgeDialog({
  name,
  busy,
  onConfirm,
  onClose,
}: ArchiveBadgeDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const wrapTabFocus = useModalDialog(dialog, true);
  const titleId = useId();
  const textId = useId();

  useEffect(function focusCancelOnOpen() {
    cancel.current?.focus();
  }, []);

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();

      return;
    }
    wrapTabFocus(event);
  }

  return (
    <div className="modal-backdrop">
      <div
        ref={dialog}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={textId}
        className="modal"
        tabIndex={-1}
        onKeyDown={handleKeyDown}
      >
        <h2 id={titleId}>{t('achievements.archive.title', { name })}</h2>
        <p id={textId}>{t('achievements.archive.text')}</p>
        <div className="modal__actions">
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={onConfirm}
          >
            {t('achievements.archive.confirm')}
          </button>
          <button
            ref={cancel}
            type="button"
            className="button button--secondary"
            onClick={onClose}
          >
            {t('achievements.archive.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
