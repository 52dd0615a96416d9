import '@/modules/verify/verify.css';
import '../badge-imports.css';

import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import type { SharedImportedBadgeQuery } from '@/gql/graphql';
import { useFormatLocale } from '@/i18n/useFormatLocale';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { isNotFound } from '@/lib/graphql/errors';
import { useQuery } from '@/lib/graphql/useQuery';

import { SharedImportedBadgeQuery as Query } from '../graphql/badge-imports';
import { StatusVerdict } from './StatusVerdict';

type SharedBadge = SharedImportedBadgeQuery['sharedImportedBadge'];

function formatDate(value: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(
    new Date(value),
  );
}

function SharedBadgeFacts({ badge }: { badge: SharedBadge }) {
  const { t } = useTranslation();
  const locale = useFormatLocale();
  const facts: [string, string | null][] = [
    [
      t('badgeImports.facts.issuer'),
      badge.issuerName ?? t('badgeImports.facts.unknownIssuer'),
    ],
    [
      t('badgeImports.facts.issuedAt'),
      badge.issuedAt === null ? null : formatDate(badge.issuedAt, locale),
    ],
    [
      t('badgeImports.facts.expiresAt'),
      badge.expiresAt === null ? null : formatDate(badge.expiresAt, locale),
    ],
  ];

  return (
    <dl className="verification__facts">
      {facts
        .filter(([, value]) => value !== null)
        .map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

function SharedBadgeView({ badge }: { badge: SharedBadge }) {
  const { t } = useTranslation();
  const locale = useFormatLocale();

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
        <h1>{badge.name ?? t('badgeImports.unnamed')}</h1>
      </div>
      {badge.description !== null && badge.description !== '' && (
        <p className="imported-badge__description">{badge.description}</p>
      )}
      <StatusVerdict status={badge.status} failureReason={null} />
      <SharedBadgeFacts badge={badge} />
      <p className="imported-badge__origin">
        {t('badgeImports.shared.origin', {
          issuer: badge.issuerName ?? t('badgeImports.shared.anotherIssuer'),
          date: formatDate(badge.verifiedAt, locale),
        })}
      </p>
    </main>
  );
}

/**
 * Renders an imported badge that its owner shares, for anyone with the
 * link and signed out too. A badge that is not shared reads as not found.
 */
export function SharedImportedBadgePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery(Query, { id });
  const badge = query.data?.sharedImportedBadge ?? null;
  const notFound = query.status === 'error' && isNotFound(query.error);
  usePageTitle(
    notFound
      ? t('badgeImports.shared.notFoundTitle')
      : (badge?.name ?? t('badgeImports.unnamed')),
  );

  if (notFound) {
    return (
      <main className="page imported-badge">
        <h1>{t('badgeImports.shared.notFoundTitle')}</h1>
        <p>{t('badgeImports.shared.notFound')}</p>
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

  return <SharedBadgeView badge={badge} />;
}
