import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import type { IssuedBadgeFieldsFragment } from '@/gql/graphql';
import { usePagedConnection } from '@/lib/graphql/usePagedConnection';

import { OrganisationCredentialsQuery } from '../graphql/issued-badges';
import type { StatusAction } from '../status-actions';
import { IssuedBadgeRow } from './IssuedBadgeRow';

export const ISSUED_BADGES_PAGE_SIZE = 20;

interface IssuedBadgesListProps {
  organisationId: string;
  /** The badge design to list, or empty for every design. */
  achievementId: string;
  canChange: boolean;
  /** Credentials changed on this page, newer than the loaded rows. */
  changed: Record<string, IssuedBadgeFieldsFragment>;
  onAction: (
    credential: IssuedBadgeFieldsFragment,
    action: StatusAction,
  ) => void;
}

/** Renders the organisation's issued badges, newest first, by page. */
export function IssuedBadgesList({
  organisationId,
  achievementId,
  canChange,
  changed,
  onAction,
}: IssuedBadgesListProps) {
  const { t } = useTranslation();
  const credentials = usePagedConnection(
    OrganisationCredentialsQuery,
    { organisationId, achievementId: achievementId || null },
    (data) => data.organisationCredentials,
    ISSUED_BADGES_PAGE_SIZE,
  );

  if (credentials.status === 'loading' || credentials.status === 'idle') {
    return <p role="status">{t('issuedBadges.loading')}</p>;
  }
  if (credentials.status === 'error') {
    return (
      <ErrorMessage
        error={credentials.error}
        summaryKey="issuedBadges.listFailed"
        onRetry={credentials.retry}
      />
    );
  }
  if (credentials.edges.length === 0) {
    return (
      <p className="empty-state">
        {achievementId === ''
          ? t('issuedBadges.empty')
          : t('issuedBadges.emptyForBadge')}
      </p>
    );
  }

  return (
    <>
      <ul className="issued-badges" aria-label={t('issuedBadges.label')}>
        {credentials.edges.map(({ node }) => {
          const credential = changed[node.id] ?? node;

          return (
            <IssuedBadgeRow
              key={node.id}
              credential={credential}
              canChange={canChange}
              onAction={(action) => onAction(credential, action)}
            />
          );
        })}
      </ul>
      <LoadMore list={credentials} />
    </>
  );
}
