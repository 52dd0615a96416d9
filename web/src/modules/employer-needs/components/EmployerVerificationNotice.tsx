import { useTranslation } from 'react-i18next';

/**
 * Tells the members of an employer that the platform administrators have
 * not verified it yet, so it cannot post skill needs.
 */
export function EmployerVerificationNotice({ name }: { name: string }) {
  const { t } = useTranslation();

  return (
    <div className="notice notice--warning">
      <p>
        <strong>
          {t('employerNeeds.verification.awaitingTitle', { name })}
        </strong>
      </p>
      <p>{t('employerNeeds.verification.awaitingBody', { name })}</p>
    </div>
  );
}
