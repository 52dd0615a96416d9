import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { isEmailNotVerified } from '@/lib/graphql/errors';

import { useViewer } from '../hooks/useViewer';

/**
 * Links to the account page, where a new verification e-mail can be sent,
 * when the API refused a request because the viewer's address is not
 * verified. Submitting and moderating listings need a verified address.
 */
export function UnverifiedEmailLink({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  if (viewer === null || !isEmailNotVerified(error)) return null;

  return <Link to="/account">{t('verifyEmail.resendFromAccount')}</Link>;
}
