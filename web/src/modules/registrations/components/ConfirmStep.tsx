import { useEffect, useId, useRef } from 'react';

interface ConfirmStepProps {
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks to confirm an action in place of the button that started it. Focus
 * moves to the cancel button, so that a second Enter does not confirm, and
 * Escape cancels.
 */
export function ConfirmStep({
  question,
  confirmLabel,
  cancelLabel,
  pending,
  onConfirm,
  onCancel,
}: ConfirmStepProps) {
  const questionId = useId();
  const cancel = useRef<HTMLButtonElement>(null);

  useEffect(function focusCancel() {
    cancel.current?.focus();
  }, []);

  return (
    <div
      role="group"
      aria-labelledby={questionId}
      className="confirm-step"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;

        // The detail panel closes on Escape too; this step closes first.
        event.stopPropagation();
        onCancel();
      }}
    >
      <p id={questionId}>{question}</p>
      <button
        type="button"
        className="button"
        disabled={pending}
        onClick={onConfirm}
      >
        {confirmLabel}
      </button>
      <button
        ref={cancel}
        type="button"
        className="button button--secondary"
        onClick={onCancel}
      >
        {cancelLabel}
      </button>
    </div>
  );
}
