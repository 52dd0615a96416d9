import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { isForbidden } from '@/lib/graphql/errors';

import { useViewer } from '../hooks/useViewer';

/**
 * Links to the account page, where a new verification e-mail can be sent,
 * when the API refused a request with FORBIDDEN and the viewer's address is
 * not verified. Submitting and moderating listings need a verified address,
 * and the API's message says so.
 */
export function UnverifiedEmailLink({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  if (viewer === null || viewer.emailVerified || !isForbidden(error)) {
    return null;
  }

  return <Link to="/account">{t('verifyEmail.resendFromAccount')}</Link>;
}
