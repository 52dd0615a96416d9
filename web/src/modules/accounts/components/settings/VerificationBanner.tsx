import { useTranslation } from 'react-i18next';

import { ResendVerification } from '../ResendVerification';

/** Renders the reminder that the e-mail address still needs verifying. */
export function VerificationBanner({ email }: { email: string }) {
  const { t } = useTranslation();

  return (
    <div className="notice notice--warning">
      <p>{t('account.unverified', { email })}</p>
      <ResendVerification email={email} />
    </div>
  );
}
