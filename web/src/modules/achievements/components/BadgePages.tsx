import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { isNotFound } from '@/lib/graphql/errors';
import { useQuery } from '@/lib/graphql/useQuery';

import { EditableAchievementQuery } from '../graphql/achievements';
import { BadgeForm } from './BadgeForm';

/** Navigation state that the new-badge page hands to the edit page. */
interface CreatedState {
  created?: boolean;
}

function badgesTab(organisationId: string): string {
  return `/organisations/${organisationId}?tab=badges`;
}

/** Renders the page at `/organisations/:organisationId/badges/new`. */
export function NewBadgePage() {
  const { t } = useTranslation();
  const { organisationId = '' } = useParams();
  const navigate = useNavigate();
  usePageTitle(t('achievements.newTitle'));
  const openSaved = useCallback(
    (achievementId: string) => {
      void navigate(`/achievements/${achievementId}/edit`, {
        replace: true,
        state: { created: true } satisfies CreatedState,
      });
    },
    [navigate],
  );

  return (
    <main className="page badge-page-form">
      <p>
        <Link to={badgesTab(organisationId)}>{t('achievements.back')}</Link>
      </p>
      <h1>{t('achievements.newTitle')}</h1>
      <BadgeForm
        organisationId={organisationId}
        achievement={null}
        onSaved={openSaved}
      />
    </main>
  );
}

/** Renders the page at `/achievements/:achievementId/edit`. */
export function EditBadgePage() {
  const { t } = useTranslation();
  const { achievementId = '' } = useParams();
  const location = useLocation();
  const created = (location.state as CreatedState | null)?.created === true;
  const result = useQuery(EditableAchievementQuery, { id: achievementId });
  const achievement = result.data?.achievement;
  usePageTitle(
    achievement === undefined || achievement === null
      ? t('achievements.editTitle')
      : t('achievements.editTitleOf', { name: achievement.name }),
  );

  if (result.status === 'error' && !isNotFound(result.error)) {
    return (
      <main className="page badge-page-form">
        <h1>{t('achievements.editTitle')}</h1>
        <ErrorMessage
          error={result.error}
          summaryKey="achievements.loadFailed"
          onRetry={result.retry}
        />
      </main>
    );
  }
  if (achievement === undefined) {
    return (
      <main className="page badge-page-form">
        <h1>{t('achievements.editTitle')}</h1>
        <p role="status">{t('achievements.loading')}</p>
      </main>
    );
  }
  if (achievement === null || result.status === 'error') {
    return (
      <main className="page badge-page-form">
        <h1>{t('achievements.editTitle')}</h1>
        <p>{t('achievements.notFound')}</p>
      </main>
    );
  }

  const role = achievement.organisation.viewerRole;
  const canEdit = role === 'OWNER' || role === 'EDITOR';

  return (
    <main className="page badge-page-form">
      <p>
        <Link to={badgesTab(achievement.organisation.id)}>
          {t('achievements.backTo', {
            organisation: achievement.organisation.name,
          })}
        </Link>
      </p>
      <h1>{t('achievements.editTitleOf', { name: achievement.name })}</h1>
      {canEdit ? (
        <BadgeForm
          key={achievement.id}
          organisationId={achievement.organisation.id}
          achievement={achievement}
          onSaved={() => undefined}
          initialNotice={
            created ? t('achievements.notices.created') : undefined
          }
        />
      ) : (
        <p className="error-message" role="alert">
          {t('achievements.cannotEdit')}
        </p>
      )}
    </main>
  );
}
