import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/ErrorMessage';

import { VerifyRequestError } from '../verify-request';

/**
 * Explains why a verification returned no result: a file the server
 * refused (413, 415), an unreachable server, or a GraphQL error.
 */
export function VerificationError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!(error instanceof VerifyRequestError)) {
    return <ErrorMessage error={error} summaryKey="verify.errors.failed" />;
  }

  const { failure } = error;
  let message: string;
  switch (failure.kind) {
    case 'too-large':
      message = t('verify.errors.tooLarge');
      break;
    case 'unsupported-type':
      message = t('verify.errors.unsupportedType');
      break;
    case 'network':
      message = t('verify.errors.network');
      break;
    case 'server':
      message = t('verify.errors.server', { status: failure.status });
      break;
    case 'rejected':
      message = t('verify.errors.rejected', { message: failure.message });
      break;
  }

  return (
    <div className="error-message" role="alert">
      <p className="error-message__summary">{t('verify.errors.failed')}</p>
      <p>{message}</p>
    </div>
  );
}
