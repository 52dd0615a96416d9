import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { errorText } from './error-text';

/**
 * Renders a failed request's message next to the control it concerns, as an
 * alert so that it is read out. The API's messages, such as an age range the
 * learner is outside of, are shown as written.
 */
export function RequestErrorText({
  id,
  error,
  children,
}: {
  id: string;
  error: unknown;
  /** An action for the reader, such as a link, shown after the message. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();

  return (
    <p id={id} className="error-text" role="alert">
      {errorText(t, error)}
      {children !== undefined && <> {children}</>}
    </p>
  );
}
