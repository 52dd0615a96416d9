import '../achievements.css';

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import type { AchievementFieldsFragment } from '@/gql/graphql';
import { usePagedConnection } from '@/lib/graphql/usePagedConnection';
import { BadgeDesignLinks } from '@/modules/issued-badges/components/BadgeDesignLinks';
import { SdgChips } from '@/modules/opportunities/components/SdgChips';

import { OrganisationAchievementsQuery } from '../graphql/achievements';
import { achievementTypeLabel } from './BadgeDetailsFields';

export const BADGES_PAGE_SIZE = 20;

function BadgeRow({
  badge,
  canEdit,
  organisationId,
}: {
  badge: AchievementFieldsFragment;
  canEdit: boolean;
  organisationId: string;
}) {
  const { t } = useTranslation();

  return (
    <li className="badge-row">
      <img
        className="badge-row__image"
        src={badge.imageUrl}
        alt={t('achievements.list.imageAlt', { name: badge.name })}
        width={64}
        height={64}
      />
      <div className="badge-row__body">
        <p className="badge-row__head">
          {canEdit ? (
            <Link to={`/achievements/${badge.id}/edit`}>{badge.name}</Link>
          ) : (
            <strong>{badge.name}</strong>
          )}
          {badge.archived && (
            <span className="status-badge badge-row__archived">
              {t('achievements.list.archived')}
            </span>
          )}
        </p>
        <p className="hint">
          {t('achievements.list.type', {
            type: achievementTypeLabel(badge.achievementType),
          })}
        </p>
        <SdgChips sdgs={badge.sdgs} />
        <BadgeDesignLinks organisationId={organisationId} achievement={badge} />
      </div>
    </li>
  );
}

interface BadgesTabProps {
  organisationId: string;
  /** Owners and editors design badges; the API checks it again. */
  canEdit: boolean;
}

/** Renders the organisation's badge designs, archived ones included. */
export function BadgesTab({ organisationId, canEdit }: BadgesTabProps) {
  const { t } = useTranslation();
  const badges = usePagedConnection(
    OrganisationAchievementsQuery,
    { organisationId, includeArchived: true },
    (data) => data.organisationAchievements,
    BADGES_PAGE_SIZE,
  );

  return (
    <section className="dashboard-section">
      <div className="dashboard-section__bar">
        <h2>{t('achievements.list.heading')}</h2>
        {canEdit && (
          <Link
            to={`/organisations/${organisationId}/badges/new`}
            className="button"
          >
            {t('achievements.list.design')}
          </Link>
        )}
      </div>
      {(badges.status === 'loading' || badges.status === 'idle') && (
        <p role="status">{t('achievements.list.loading')}</p>
      )}
      {badges.status === 'error' && (
        <ErrorMessage
          error={badges.error}
          summaryKey="achievements.list.loadFailed"
          onRetry={badges.retry}
        />
      )}
      {badges.status === 'success' && badges.edges.length === 0 && (
        <p className="empty-state">
          {canEdit
            ? t('achievements.list.emptyEditor')
            : t('achievements.list.empty')}
        </p>
      )}
      {badges.edges.length > 0 && (
        <>
          <ul className="badge-rows" aria-label={t('achievements.list.label')}>
            {badges.edges.map((edge) => (
              <BadgeRow
                key={edge.node.id}
                badge={edge.node}
                canEdit={canEdit}
                organisationId={organisationId}
              />
            ))}
          </ul>
          <LoadMore list={badges} />
        </>
      )}
    </section>
  );
}
