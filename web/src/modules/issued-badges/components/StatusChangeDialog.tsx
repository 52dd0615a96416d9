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

import {
  REASON_MAX_LENGTH,
  reasonProblem,
  type StatusAction,
} from '../status-actions';

interface StatusChangeDialogProps {
  action: StatusAction;
  badgeName: string;
  recipient: string;
  busy: boolean;
  /** The API's refusal of the last attempt, shown next to the form. */
  error: unknown;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}

/**
 * Asks for the reason of a status change in a modal dialog: the rest of the
 * page is inert, Tab stays inside, Escape cancels and the reason has the
 * first focus. Revoking warns that it cannot be undone.
 */
export function StatusChangeDialog({
  action,
  badgeName,
  recipient,
  busy,
  error,
  onConfirm,
  onClose,
}: StatusChangeDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDivElement>(null);
  const reasonField = useRef<HTMLTextAreaElement>(null);
  const wrapTabFocus = useModalDialog(dialog, true);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();

  useEffect(function focusReasonOnOpen() {
    reasonField.current?.focus();
  }, []);

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();

      return;
    }
    wrapTabFocus(event);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = reasonProblem(reason);
    setProblem(found);
    if (found === null) onConfirm(reason.trim());
    else reasonField.current?.focus();
  }

  return (
    <div className="modal-backdrop">
      <div
        ref={dialog}
        role={action === 'revoke' ? 'alertdialog' : 'dialog'}
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-text`}
        className="modal"
        tabIndex={-1}
        onKeyDown={handleKeyDown}
      >
        <h2 id={`${id}-title`}>
          {t(`issuedBadges.dialog.${action}.title`, {
            badge: badgeName,
            recipient,
          })}
        </h2>
        <p id={`${id}-text`}>{t(`issuedBadges.dialog.${action}.text`)}</p>
        <form noValidate onSubmit={submit}>
          <div className="form-field">
            <label className="field-label" htmlFor={`${id}-reason`}>
              {t('issuedBadges.dialog.reason')}
            </label>
            <textarea
              ref={reasonField}
              id={`${id}-reason`}
              className="textarea"
              required
              maxLength={REASON_MAX_LENGTH}
              rows={3}
              value={reason}
              aria-invalid={problem !== null}
              aria-describedby={`${id}-hint${problem === null ? '' : ` ${id}-problem`}`}
              onChange={(event) => setReason(event.target.value)}
            />
            <p id={`${id}-hint`} className="hint">
              {t('issuedBadges.dialog.reasonHint', {
                max: REASON_MAX_LENGTH,
              })}
            </p>
            {problem !== null && (
              <p id={`${id}-problem`} className="field-error">
                {t(problem, { max: REASON_MAX_LENGTH })}
              </p>
            )}
          </div>
          {error !== undefined && (
            <ErrorMessage
              error={error}
              summaryKey={`issuedBadges.dialog.${action}.failed`}
            />
          )}
          <div className="modal__actions">
            <button type="submit" className="button" disabled={busy}>
              {t(`issuedBadges.dialog.${action}.confirm`)}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={onClose}
            >
              {t('issuedBadges.dialog.cancel')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
