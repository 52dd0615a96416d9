import '@/modules/verify/verify.css';
import '../badge-imports.css';

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import type { ImportedBadgeFieldsFragment } from '@/gql/graphql';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { isNotFound } from '@/lib/graphql/errors';
import { useQuery } from '@/lib/graphql/useQuery';

import { ImportedBadgeQuery } from '../graphql/badge-imports';
import { ImportedBadgeDetail } from './ImportedBadgeDetail';

/**
 * Renders one of the learner's imported badges by its id, with loading,
 * not-found and error states.
 */
export function ImportedBadgePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery(ImportedBadgeQuery, { id });
  const [reverified, setReverified] =
    useState<ImportedBadgeFieldsFragment | null>(null);
  const loaded = query.data?.importedBadge ?? null;
  const badge = reverified?.id === loaded?.id ? reverified : loaded;
  const notFound = query.status === 'error' && isNotFound(query.error);
  usePageTitle(
    notFound
      ? t('badgeImports.detail.notFoundTitle')
      : (badge?.name ?? t('badgeImports.unnamed')),
  );

  if (notFound) {
    return (
      <main className="page imported-badge">
        <h1>{t('badgeImports.detail.notFoundTitle')}</h1>
        <p>{t('badgeImports.detail.notFound')}</p>
        <p>
          <Link to="/my/badges">{t('badgeImports.import.backToMyBadges')}</Link>
        </p>
      </main>
    );
  }
  if (query.status === 'error') {
    return (
      <main className="page imported-badge">
        <ErrorMessage
          error={query.error}
          summaryKey="badgeImports.detail.loadFailed"
          onRetry={query.retry}
        />
        <p>
          <Link to="/my/badges">{t('badgeImports.import.backToMyBadges')}</Link>
        </p>
      </main>
    );
  }
  if (badge === null) {
    return (
      <main className="page imported-badge">
        <p role="status">{t('badgeImports.detail.loading')}</p>
      </main>
    );
  }

  return <ImportedBadgeDetail badge={badge} onReverified={setReverified} />;
}
