import '../badge-page.css';

import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { isNotFound } from '@/lib/graphql/errors';
import { useQuery } from '@/lib/graphql/useQuery';

import { BadgePageQuery } from '../graphql/badge-page';
import { BadgeView } from './BadgeView';

function BadgeNotFound() {
  const { t } = useTranslation();

  return (
    <main className="page badge-page">
      <h1>{t('badgePage.notFoundTitle')}</h1>
      <p>{t('badgePage.notFound')}</p>
      <ul className="badge-page__links">
        <li>
          <Link to="/verify">{t('badgePage.notFoundVerify')}</Link>
        </li>
        <li>
          <Link to="/">{t('badgePage.home')}</Link>
        </li>
      </ul>
    </main>
  );
}

/**
 * The public page of one awarded badge at `/badges/:credentialId`. It works
 * signed out; a badge its recipient has not shared reads as not found, in
 * the same words as a missing one.
 */
export function BadgePage() {
  const { t } = useTranslation();
  const { credentialId = '' } = useParams();
  const query = useQuery(BadgePageQuery, { id: credentialId });
  const credential = query.data?.credential ?? null;
  const notFound =
    (query.status === 'error' && isNotFound(query.error)) ||
    (query.status === 'success' && credential === null);
  usePageTitle(
    credential?.achievement.name ??
      (notFound ? t('badgePage.notFoundTitle') : t('badgePage.loading')),
  );

  if (notFound) return <BadgeNotFound />;
  if (query.status === 'error') {
    return (
      <main className="page badge-page">
        <ErrorMessage
          error={query.error}
          summaryKey="badgePage.loadFailed"
          onRetry={query.retry}
        />
      </main>
    );
  }
  if (credential === null) {
    return (
      <main className="page badge-page">
        <p role="status">{t('badgePage.loading')}</p>
      </main>
    );
  }

  return <BadgeView credential={credential} />;
}
