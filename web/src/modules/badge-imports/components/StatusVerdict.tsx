import { useTranslation } from 'react-i18next';

import type { ImportedBadgeStatus } from '@/gql/graphql';

/**
 * Renders an imported badge's status in words, what it means, and the
 * reason when the badge is not valid. Only VALID reads as verified.
 */
export function StatusVerdict({
  status,
  failureReason,
}: {
  status: ImportedBadgeStatus;
  failureReason: string | null;
}) {
  const { t } = useTranslation();
  const valid = status === 'VALID';

  return (
    <div className="import-status">
      <p
        className={`verdict ${valid ? 'verdict--verified' : 'verdict--failed'}`}
      >
        <span className="verdict__icon" aria-hidden="true">
          {valid ? '✓' : '✗'}
        </span>
        <span>
          {t('badgeImports.status.label', {
            status: t(`badgeImports.status.${status}`),
          })}
        </span>
      </p>
      <p>{t(`badgeImports.status.explain.${status}`)}</p>
      {!valid && failureReason !== null && failureReason !== '' && (
        <p className="import-status__reason">
          {t('badgeImports.status.reason', { reason: failureReason })}
        </p>
      )}
    </div>
  );
}
