import type { TFunction } from 'i18next';

import { describeError, type ErrorDescription } from '@/lib/graphql/errors';

/** Words a wait given in seconds, such as "Try again in 5 minutes." */
export function waitTimeText(t: TFunction, seconds: number): string {
  if (seconds < 60) return t('tryAgainIn.seconds', { count: seconds });
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return t('tryAgainIn.minutes', { count: minutes });

  return t('tryAgainIn.hours', { count: Math.ceil(minutes / 60) });
}

/**
 * Returns the sentences that tell a reader why a request failed: the API's
 * own messages, a rate limit with its wait, or a server or network failure.
 */
export function describedErrorSentences(
  t: TFunction,
  description: ErrorDescription,
): string[] {
  switch (description.kind) {
    case 'messages':
      return description.messages;
    case 'rate-limited':
      return [
        `${t('errors.rateLimited')} ${waitTimeText(t, description.retryAfterSeconds)}`,
      ];
    case 'server':
    case 'network':
      return [t(`errors.${description.kind}`)];
  }
}

/** Returns the reason a request failed as one text, for a sentence or label. */
export function errorText(t: TFunction, error: unknown): string {
  return describedErrorSentences(t, describeError(error)).join(' ');
}
