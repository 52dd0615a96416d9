import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { ImportedBadgeFieldsFragment } from '@/gql/graphql';
import { CheckList } from '@/modules/verify/components/CheckList';

import { DeleteImportedBadge } from './DeleteImportedBadge';
import { ImportedBadgeFacts } from './ImportedBadgeFacts';
import { ReverifyButton } from './ReverifyButton';
import { ShareSwitch } from './ShareSwitch';
import { StatusVerdict } from './StatusVerdict';

/**
 * Renders an imported badge in full: image, name, description, facts,
 * status with the failure reason, the latest checks, and the actions that
 * verify, share and delete it.
 */
export function ImportedBadgeDetail({
  badge,
  onReverified,
}: {
  badge: ImportedBadgeFieldsFragment;
  onReverified: (badge: ImportedBadgeFieldsFragment) => void;
}) {
  const { t } = useTranslation();
  const name = badge.name ?? t('badgeImports.unnamed');

  return (
    <main className="page imported-badge">
      <div className="imported-badge__header">
        {badge.imageUrl !== null && (
          <img
            className="imported-badge__image"
            src={badge.imageUrl}
            alt=""
            width={128}
            height={128}
          />
        )}
        <h1>{name}</h1>
      </div>
      {badge.description !== null && badge.description !== '' && (
        <p className="imported-badge__description">{badge.description}</p>
      )}
      <StatusVerdict
        status={badge.status}
        failureReason={badge.failureReason}
      />
      <ImportedBadgeFacts badge={badge} detailed />
      <h2>{t('badgeImports.detail.checksHeading')}</h2>
      {badge.checks.length === 0 ? (
        <p>{t('badgeImports.detail.noChecks')}</p>
      ) : (
        <CheckList
          checks={badge.checks}
          label={t('badgeImports.detail.checksHeading')}
        />
      )}
      <ReverifyButton badgeId={badge.id} onVerified={onReverified} />
      <ShareSwitch badgeId={badge.id} shared={badge.shared} />
      <DeleteImportedBadge badgeId={badge.id} name={name} />
      <ul className="import-report__links">
        <li>
          <Link to="/my/badges">{t('badgeImports.import.backToMyBadges')}</Link>
        </li>
        <li>
          <Link to="/my/badges/import">
            {t('badgeImports.detail.importAnother')}
          </Link>
        </li>
      </ul>
    </main>
  );
}
