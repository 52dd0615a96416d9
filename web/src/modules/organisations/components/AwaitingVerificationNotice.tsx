import { useTranslation } from 'react-i18next';

/**
 * Tells the members of a council that the platform administrators have not
 * verified it yet, so it cannot review listings or approve providers.
 */
export function AwaitingVerificationNotice({ name }: { name: string }) {
  const { t } = useTranslation();

  return (
    <div className="notice notice--warning">
      <p>
        <strong>{t('councilVerification.awaitingTitle', { name })}</strong>
      </p>
      <p>{t('councilVerification.awaitingBody')}</p>
    </div>
  );
}
