import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

import { waitTimeText } from '@/components/error-text';

import type { FormFailure } from '../../server-errors';

interface FormAlertProps {
  failure: FormFailure | null;
  /** Translation key of the wait sentence for RATE_LIMITED. */
  rateLimitKey?: string;
  ref?: Ref<HTMLDivElement>;
}

function FailureText({
  failure,
  rateLimitKey,
}: {
  failure: FormFailure;
  rateLimitKey: string;
}) {
  const { t } = useTranslation();

  switch (failure.kind) {
    case 'rate-limited':
      return (
        <p>
          {t(rateLimitKey)} {waitTimeText(t, failure.retryAfterSeconds)}
        </p>
      );
    case 'messages':
      return failure.messages.map((message) => <p key={message}>{message}</p>);
    case 'server':
    case 'network':
      return <p>{t(`errors.${failure.kind}`)}</p>;
  }
}

/**
 * Renders a form's own failure: messages for no field, a rate limit, or a
 * server or network error. The alert stays in the page while empty, so a
 * new message is announced and the form can move focus to it.
 */
export function FormAlert({
  failure,
  rateLimitKey = 'accountForm.rateLimited',
  ref,
}: FormAlertProps) {
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      className={failure === null ? undefined : 'error-message'}
    >
      {failure !== null && (
        <FailureText failure={failure} rateLimitKey={rateLimitKey} />
      )}
    </div>
  );
}
