import '../badges.css';

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import type { MyCredentialsQuery as MyCredentialsResult } from '@/gql/graphql';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { usePagedConnection } from '@/lib/graphql/usePagedConnection';

import { MyCredentialsQuery } from '../graphql/badges';
import { BadgeItem } from './BadgeItem';

export const MY_BADGES_PAGE_SIZE = 20;

const selectConnection = (data: MyCredentialsResult) => data.myCredentials;

/**
 * Renders the learner's badges, newest first: those awarded to the account
 * and to its verified e-mail address.
 */
export function MyBadgesPage() {
  const { t } = useTranslation();
  usePageTitle(t('myBadges.title'));
  const list = usePagedConnection(
    MyCredentialsQuery,
    {},
    selectConnection,
    MY_BADGES_PAGE_SIZE,
  );

  return (
    <main className="page my-badges">
      <h1>{t('myBadges.title')}</h1>
      {list.status === 'loading' && list.edges.length === 0 && (
        <p role="status">{t('myBadges.loading')}</p>
      )}
      {list.status === 'error' && list.edges.length === 0 && (
        <ErrorMessage
          error={list.error}
          summaryKey="myBadges.loadFailed"
          onRetry={list.retry}
        />
      )}
      {list.status === 'success' && list.edges.length === 0 && (
        <>
          <p>{t('myBadges.empty')}</p>
          <p>
            <Link to="/">{t('myBadges.findOpportunities')}</Link>
          </p>
        </>
      )}
      {list.edges.length > 0 && (
        <>
          <ul className="badge-list">
            {list.edges.map((edge) => (
              <BadgeItem key={edge.node.id} badge={edge.node} />
            ))}
          </ul>
          <LoadMore list={list} />
        </>
      )}
    </main>
  );
}
