import '../awards.css';

import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { isNotFound } from '@/lib/graphql/errors';
import { useQuery } from '@/lib/graphql/useQuery';

import { AwardAchievementQuery } from '../graphql/awards';
import { AwardByEmailForm } from './AwardByEmailForm';
import { ClaimCodesSection } from './ClaimCodesSection';

/**
 * Renders the awarding page of one badge for its organisation's owners and
 * awarders: award by e-mail (one address or a pasted list) and claim codes.
 */
export function AwardPage() {
  const { t } = useTranslation();
  const { achievementId = '' } = useParams();
  const query = useQuery(AwardAchievementQuery, { id: achievementId });
  const achievement = query.data?.achievement ?? null;
  usePageTitle(
    achievement === null
      ? t('awards.page.title')
      : t('awards.page.titleFor', { name: achievement.name }),
  );

  if (query.status === 'error') {
    return (
      <main className="page">
        <h1>{t('awards.page.title')}</h1>
        {isNotFound(query.error) ? (
          <p role="alert">{t('awards.page.notFound')}</p>
        ) : (
          <ErrorMessage
            error={query.error}
            summaryKey="awards.page.loadFailed"
            onRetry={query.retry}
          />
        )}
      </main>
    );
  }
  if (achievement === null) {
    return (
      <main className="page">
        <h1>{t('awards.page.title')}</h1>
        <p role="status">{t('awards.page.loading')}</p>
      </main>
    );
  }

  return (
    <main className="page award-page">
      <h1>{t('awards.page.titleFor', { name: achievement.name })}</h1>
      <p>{t('awards.page.issuer', { name: achievement.organisation.name })}</p>
      {achievement.archived ? (
        <p role="alert">{t('awards.page.archived')}</p>
      ) : (
        <>
          <section aria-labelledby="award-by-email">
            <h2 id="award-by-email">{t('awards.byEmail.heading')}</h2>
            <AwardByEmailForm
              achievementId={achievement.id}
              organisationId={achievement.organisation.id}
            />
          </section>
          <ClaimCodesSection achievementId={achievement.id} />
        </>
      )}
    </main>
  );
}
