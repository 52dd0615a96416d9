import { useTranslation } from 'react-i18next';

import { describeError } from '@/lib/graphql/errors';

interface ErrorMessageProps {
  error: unknown;
  /** Translation key of a sentence naming what failed to load. */
  summaryKey?: string;
  onRetry?: () => void;
}

/** Renders an alert for a failed request, with a retry button when one helps. */
export function ErrorMessage({
  error,
  summaryKey,
  onRetry,
}: ErrorMessageProps) {
  const { t } = useTranslation();
  const description = describeError(error);

  return (
    <div className="error-message" role="alert">
      {summaryKey !== undefined && (
        <p className="error-message__summary">{t(summaryKey)}</p>
      )}
      {description.kind === 'messages' ? (
        description.messages.map((message) => <p key={message}>{message}</p>)
      ) : (
        <p>{t(`errors.${description.kind}`)}</p>
      )}
      {onRetry !== undefined && description.kind !== 'messages' && (
        <button type="button" className="button" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </div>
  );
}
