import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import type { PathwaysNearQuery, PlaceFieldsFragment } from '@/gql/graphql';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { useViewer } from '@/modules/accounts';
import { PlaceSearch } from '@/modules/places/components/PlaceSearch';

import { PathwaysNearQuery as PathwaysDocument } from '../graphql/pathways';
import { useCursorList } from '../hooks/useCursorList';

const selectPathways = (data: PathwaysNearQuery) => data.pathways;

/** Lists published pathways, near a chosen place when there is one. */
export function PathwaysPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [place, setPlace] = useState<PlaceFieldsFragment | null>(null);
  const result = useCursorList(
    PathwaysDocument,
    place === null ? {} : { near: { placeId: place.id }, radiusKm: 25 },
    selectPathways,
  );
  const edges = result.edges;
  usePageTitle(t('pathways.title'));

  return (
    <main className="page">
      <h1>{t('pathways.title')}</h1>
      <p>{t('pathways.intro')}</p>
      {viewer !== null && (
        <p>
          <Link to="/my/pathways">{t('pathways.myLink')}</Link>
        </p>
      )}
      <div role="search">
        <PlaceSearch selectedPlace={place} onSelect={setPlace} />
      </div>
      {result.status === 'loading' && (
        <p role="status">{t('pathways.loading')}</p>
      )}
      {result.status === 'error' && (
        <p role="alert">
          {t('pathways.failed')}{' '}
          <button type="button" className="button" onClick={result.retry}>
            {t('pathways.retry')}
          </button>
        </p>
      )}
      {result.status === 'success' && edges.length === 0 && (
        <p>{place === null ? t('pathways.emptyAll') : t('pathways.empty')}</p>
      )}
      <ul className="pathway-list">
        {edges.map(({ node, distanceKm }) => (
          <li key={node.id}>
            <h2>
              <Link to={`/pathways/${node.id}`}>{node.title}</Link>
            </h2>
            <p>{node.description}</p>
            {distanceKm !== null && distanceKm !== undefined && (
              <p>
                {t('pathways.distance', { distance: distanceKm.toFixed(1) })}
              </p>
            )}
            {node.myProgress && (
              <p>
                {node.myProgress.complete
                  ? t('pathways.complete')
                  : t('pathways.progress', {
                      met: node.myProgress.metCount,
                      total: node.myProgress.stepCount,
                    })}
              </p>
            )}
          </li>
        ))}
      </ul>
      {result.moreError !== undefined && (
        <ErrorMessage
          error={result.moreError}
          summaryKey="pathways.loadMoreFailed"
        />
      )}
      {result.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          disabled={result.loadingMore}
          onClick={result.loadMore}
        >
          {t('pathways.loadMore')}
        </button>
      )}
    </main>
  );
}
