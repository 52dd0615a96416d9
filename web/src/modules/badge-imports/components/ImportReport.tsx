import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { ImportedBadgeFieldsFragment } from '@/gql/graphql';
import { CheckList } from '@/modules/verify/components/CheckList';

import type { ImportOutcome } from '../upload-badge-file';
import { ImportedBadgeFacts } from './ImportedBadgeFacts';
import { ReverifyButton } from './ReverifyButton';
import { StatusVerdict } from './StatusVerdict';

/** Path of an imported badge's own page. */
export function importedBadgePath(id: string): string {
  return `/my/badges/imported/${encodeURIComponent(id)}`;
}

/**
 * Renders what verifying an import found: the badge, its status with the
 * failure reason, each check with its outcome and message, a button that
 * verifies it again, and links to its page and to My badges.
 */
export function ImportReport({
  outcome,
  onReverified,
}: {
  outcome: ImportOutcome;
  onReverified: (badge: ImportedBadgeFieldsFragment) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const { badge } = outcome;
  const name = badge.name ?? t('badgeImports.unnamed');

  return (
    <section className="import-report" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('badgeImports.report.heading')}</h2>
      <p>
        {outcome.created
          ? t('badgeImports.report.created')
          : t('badgeImports.report.replaced')}
      </p>
      <div className="import-report__badge">
        {badge.imageUrl !== null && (
          <img
            className="import-report__image"
            src={badge.imageUrl}
            alt=""
            width={96}
            height={96}
          />
        )}
        <h3 className="import-report__name">{name}</h3>
      </div>
      <StatusVerdict
        status={badge.status}
        failureReason={badge.failureReason}
      />
      <ImportedBadgeFacts badge={badge} />
      <CheckList
        checks={badge.checks}
        label={t('badgeImports.report.checksLabel')}
      />
      <ReverifyButton badgeId={badge.id} onVerified={onReverified} />
      <ul className="import-report__links">
        <li>
          <Link to={importedBadgePath(badge.id)}>
            {t('badgeImports.report.openBadge', { name })}
          </Link>
        </li>
        <li>
          <Link to="/my/badges">{t('badgeImports.import.backToMyBadges')}</Link>
        </li>
      </ul>
    </section>
  );
}
