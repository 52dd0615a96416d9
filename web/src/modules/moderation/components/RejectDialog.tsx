import {
  type KeyboardEvent,
  type SubmitEvent,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';

import { errorText } from '@/components/error-text';
import { fieldErrorsOf } from '@/lib/graphql/errors';
import { useMutation } from '@/lib/graphql/useMutation';
import { UnverifiedEmailLink } from '@/modules/accounts/components/UnverifiedEmailLink';
import { useModalDialog } from '@/modules/opportunities/hooks/useModalDialog';

import { RejectOpportunityMutation } from '../graphql/moderation';
import { checkReason, REASON_LIMITS } from '../reason';

interface RejectDialogProps {
  opportunityId: string;
  title: string;
  onClose: () => void;
  onRejected: () => void;
}

/**
 * Asks for the reason of a rejection in a modal dialog: the rest of the page
 * is inert, Tab stays inside and Escape closes it. The reason is checked as
 * it is typed once the field has been left or a submit was tried, and the
 * API's own message for the field shows in the same place.
 */
export function RejectDialog({
  opportunityId,
  title,
  onClose,
  onRejected,
}: RejectDialogProps) {
  const { t } = useTranslation();
  const reject = useMutation(RejectOpportunityMutation);
  const dialog = useRef<HTMLDivElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const wrapTabFocus = useModalDialog(dialog, true);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const [generalError, setGeneralError] = useState<string | null>(null);
  const titleId = useId();
  const fieldId = useId();
  const hintId = useId();
  const errorId = useId();
  const problem = checkReason(reason);
  const fieldError =
    serverError ??
    (touched && problem !== null ? t(problem.key, problem.values) : null);

  useEffect(function focusReasonOnOpen() {
    field.current?.focus();
  }, []);

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();

      return;
    }
    wrapTabFocus(event);
  }

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setTouched(true);
    setGeneralError(null);
    if (problem !== null) {
      field.current?.focus();

      return;
    }

    try {
      await reject.mutate({
        input: { opportunityId, reason: reason.trim() },
      });
      onRejected();
    } catch (error) {
      const errors = fieldErrorsOf(error, 'input.');
      if (errors.fields.reason !== undefined) {
        setServerError(errors.fields.reason);
        field.current?.focus();

        return;
      }
      setGeneralError(errorText(t, error));
    }
  }

  return (
    <div className="modal-backdrop">
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="modal"
        tabIndex={-1}
        onKeyDown={handleKeyDown}
      >
        <h2 id={titleId}>{t('moderation.rejectTitle', { title })}</h2>
        <form noValidate onSubmit={(event) => void submit(event)}>
          <label className="field-label" htmlFor={fieldId}>
            {t('moderation.reason')}
          </label>
          <p id={hintId} className="hint">
            {t('moderation.reasonHint', {
              min: REASON_LIMITS.min,
              max: REASON_LIMITS.max,
              length: reason.trim().length,
            })}
          </p>
          <textarea
            ref={field}
            id={fieldId}
            className="text-input"
            rows={5}
            value={reason}
            required
            aria-invalid={fieldError !== null}
            aria-describedby={
              fieldError === null ? hintId : `${hintId} ${errorId}`
            }
            onChange={(event) => {
              setReason(event.target.value);
              setServerError(null);
            }}
            onBlur={() => setTouched(true)}
          />
          {fieldError !== null && (
            <p id={errorId} className="error-text">
              {fieldError}
            </p>
          )}
          {generalError !== null && (
            <p role="alert" className="error-text">
              {generalError} <UnverifiedEmailLink error={reject.state.error} />
            </p>
          )}
          <div className="modal__actions">
            <button
              type="submit"
              className="button"
              disabled={reject.state.status === 'pending'}
            >
              {t('moderation.rejectConfirm')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={onClose}
            >
              {t('moderation.rejectCancel')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
