import {
  type FormEvent,
  type KeyboardEvent,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/ErrorMessage';
import { useModalDialog } from '@/modules/opportunities/hooks/useModalDialog';

import { splitInputErrors } from '../input-errors';

/** The API's limits on a moderation or report reason, in characters. */
export const REASON_LIMITS = { min: 5, max: 1000 };

/**
 * Action that needs a reason. Each is also the key of its texts under
 * `proposals.reason`.
 */
export type ReasonPurpose =
  | 'hideProposal'
  | 'unhideProposal'
  | 'hideComment'
  | 'unhideComment'
  | 'reportProposal'
  | 'reportComment';

export interface ReasonDialogProps {
  purpose: ReasonPurpose;
  /** Sends the reason; rejects with the API's error, shown in the dialog. */
  onConfirm: (reason: string) => Promise<void>;
  /** Closes the dialog, after a cancel or a saved reason. */
  onClose: () => void;
}

/**
 * Asks for the reason of a hide, unhide or report in a modal dialog: the
 * rest of the page is inert, Tab stays inside, the reason has the first
 * focus and Escape cancels unless the reason is being saved. An error of
 * the API shows inside the dialog and keeps the typed reason.
 */
export function ReasonDialog({
  purpose,
  onConfirm,
  onClose,
}: ReasonDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDivElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const wrapTabFocus = useModalDialog(dialog, true);
  const [reason, setReason] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const id = useId();
  const { fields, rest } = splitInputErrors(error, 'input.', (path) =>
    path === 'reason' ? 'reason' : null,
  );
  const fieldError = tooShort
    ? t('proposals.reason.tooShort', { min: REASON_LIMITS.min })
    : fields.reason;

  useEffect(function focusReasonOnOpen() {
    field.current?.focus();
  }, []);

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      if (!busy) onClose();

      return;
    }
    wrapTabFocus(event);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = reason.trim();
    if (trimmed.length < REASON_LIMITS.min) {
      setTooShort(true);
      field.current?.focus();

      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await onConfirm(trimmed);
      onClose();
    } catch (caught) {
      setError(caught);
      setBusy(false);
      field.current?.focus();
    }
  }

  return (
    <div className="modal-backdrop">
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-text`}
        aria-busy={busy}
        className="modal"
        tabIndex={-1}
        onKeyDown={handleKeyDown}
      >
        <h2 id={`${id}-title`}>{t(`proposals.reason.${purpose}.title`)}</h2>
        <p id={`${id}-text`}>{t(`proposals.reason.${purpose}.text`)}</p>
        <form noValidate onSubmit={(event) => void submit(event)}>
          <div className="form-field">
            <label className="field-label" htmlFor={`${id}-reason`}>
              {t('proposals.reason.label')}
            </label>
            <p id={`${id}-hint`} className="hint">
              {t('proposals.reason.hint', {
                ...REASON_LIMITS,
                length: reason.length,
              })}
            </p>
            <textarea
              ref={field}
              id={`${id}-reason`}
              className="textarea"
              rows={4}
              required
              maxLength={REASON_LIMITS.max}
              value={reason}
              aria-invalid={fieldError !== undefined}
              aria-describedby={
                fieldError === undefined
                  ? `${id}-hint`
                  : `${id}-hint ${id}-problem`
              }
              onChange={(event) => {
                setReason(event.target.value);
                setTooShort(false);
                if (fields.reason !== undefined) setError(rest);
              }}
            />
            {fieldError !== undefined && (
              <p id={`${id}-problem`} className="error-text">
                {fieldError}
              </p>
            )}
          </div>
          {rest !== undefined && (
            <ErrorMessage error={rest} summaryKey="proposals.reason.failed" />
          )}
          <div className="modal__actions">
            <button type="submit" className="button" disabled={busy}>
              {busy
                ? t('proposals.reason.saving')
                : t(`proposals.reason.${purpose}.confirm`)}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={onClose}
            >
              {t('proposals.reason.cancel')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
