import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { describeError } from '@/lib/graphql/errors';

import { describedErrorSentences } from './error-text';

interface ErrorMessageProps {
  error: unknown;
  /** Translation key of a sentence naming what failed to load. */
  summaryKey?: string;
  onRetry?: () => void;
  /** An action for the reader, such as a link, shown inside the alert. */
  children?: ReactNode;
}

/**
 * Renders an alert for a failed request, with a retry button when one helps:
 * after a server or network failure, but not after the API rejected the
 * request or asked the client to wait.
 */
export function ErrorMessage({
  error,
  summaryKey,
  onRetry,
  children,
}: ErrorMessageProps) {
  const { t } = useTranslation();
  const description = describeError(error);
  const retries =
    description.kind === 'server' || description.kind === 'network';

  return (
    <div className="error-message" role="alert">
      {summaryKey !== undefined && (
        <p className="error-message__summary">{t(summaryKey)}</p>
      )}
      {describedErrorSentences(t, description).map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
      {children}
      {onRetry !== undefined && retries && (
        <button type="button" className="button" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </div>
  );
}
