import '../badges.css';

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import type { MyBackpackQuery as MyBackpackResult } from '@/gql/graphql';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { usePagedConnection } from '@/lib/graphql/usePagedConnection';
import { useQuery } from '@/lib/graphql/useQuery';

import { MyBackpackIssuersQuery, MyBackpackQuery } from '../graphql/backpack';
import { toFilter, useBackpackFilters } from '../hooks/useBackpackFilters';
import { BackpackFilters } from './BackpackFilters';
import { BackpackItemCard } from './BackpackItemCard';

export const MY_BADGES_PAGE_SIZE = 20;

/** REST route that downloads every badge of the backpack as a zip file. */
const EXPORT_URL = '/api/backpack/export.zip';

const selectConnection = (data: MyBackpackResult) => data.myBackpack;

/**
 * Renders the learner's backpack: badges issued here and imported ones, with
 * sort and filters kept in the URL.
 */
export function MyBadgesPage() {
  const { t } = useTranslation();
  usePageTitle(t('myBadges.title'));
  const { view, update, clear } = useBackpackFilters();
  const variables = useMemo(
    () => ({ sort: view.sort, filter: toFilter(view) }),
    [view],
  );
  const filtered = Object.keys(variables.filter).length > 0;
  const issuers = useQuery(MyBackpackIssuersQuery, {});
  const list = usePagedConnection(
    MyBackpackQuery,
    variables,
    selectConnection,
    MY_BADGES_PAGE_SIZE,
  );

  return (
    <main className="page my-badges">
      <h1>{t('myBadges.title')}</h1>
      <p className="my-badges__actions">
        <Link to="/my/badges/import">{t('myBadges.importLink')}</Link>
        {' · '}
        <Link to="/my/collections">{t('myBadges.collectionsLink')}</Link>
        {' · '}
        <a href={EXPORT_URL} download>
          {t('myBadges.exportLink')}
        </a>
      </p>
      <BackpackFilters
        view={view}
        issuers={issuers.data?.myBackpackIssuers ?? []}
        onChange={update}
        onClear={clear}
      />
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
      {list.status === 'success' &&
        list.edges.length === 0 &&
        (filtered ? (
          <p>{t('myBadges.noMatches')}</p>
        ) : (
          <>
            <p>{t('myBadges.empty')}</p>
            <p>
              <Link to="/">{t('myBadges.findOpportunities')}</Link>
            </p>
          </>
        ))}
      {list.edges.length > 0 && (
        <>
          <ul className="badge-list">
            {list.edges.map((edge) => (
              <BackpackItemCard
                key={`${edge.node.kind}-${edge.node.id}`}
                badge={edge.node}
              />
            ))}
          </ul>
          <LoadMore list={list} />
        </>
      )}
    </main>
  );
}
