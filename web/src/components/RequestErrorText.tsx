import { useTranslation } from 'react-i18next';

import { describeError } from '@/lib/graphql/errors';

/**
 * Renders a failed request's message next to the control it concerns, as an
 * alert so that it is read out. The API's messages, such as an age range the
 * learner is outside of, are shown as written.
 */
export function RequestErrorText({
  id,
  error,
}: {
  id: string;
  error: unknown;
}) {
  const { t } = useTranslation();
  const description = describeError(error);
  const text =
    description.kind === 'messages'
      ? description.messages.join(' ')
      : t(`errors.${description.kind}`);

  return (
    <p id={id} className="error-text" role="alert">
      {text}
    </p>
  );
}
