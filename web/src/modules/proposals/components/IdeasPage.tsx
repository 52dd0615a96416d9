import '../proposals.css';

import type { LatLngBounds } from 'leaflet';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import type { BoundingBoxInput } from '@/gql/graphql';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { useViewer } from '@/modules/accounts';
import { useReferenceData } from '@/modules/filters/hooks/useReferenceData';
import { toBoundingBox } from '@/modules/map/geo';

import {
  NO_FILTERS,
  type ProposalFilters as Filters,
  useProposalSearch,
} from '../hooks/useProposalSearch';
import { ProposalFilters } from './ProposalFilters';
import { ProposalList } from './ProposalList';
import { ProposalMap } from './ProposalMap';

/**
 * Renders the ideas map with its list twin. The list follows the map view
 * once the map reports it; until then it shows ideas everywhere.
 */
export function IdeasPage() {
  const { t } = useTranslation();
  usePageTitle(t('proposals.ideas.title'));
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const reference = useReferenceData();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [bbox, setBbox] = useState<BoundingBoxInput | null>(null);
  const search = useProposalSearch(bbox, filters);
  const proposals = search.data?.proposals.edges.map((edge) => edge.node) ?? [];
  const followViewport = useCallback((bounds: LatLngBounds) => {
    setBbox(toBoundingBox(bounds));
  }, []);

  return (
    <main className="page ideas-page">
      <div className="ideas-page__header">
        <h1>{t('proposals.ideas.title')}</h1>
        <Link
          className="button button--primary"
          to={viewer ? '/ideas/new' : '/sign-in?next=%2Fideas%2Fnew'}
        >
          {t('proposals.ideas.propose')}
        </Link>
        {search.data?.canModerateProposals === true && (
          <Link to="/ideas/moderation">{t('proposals.ideas.moderation')}</Link>
        )}
      </div>
      <p>{t('proposals.ideas.intro')}</p>
      <ProposalFilters
        filters={filters}
        reference={reference}
        onChange={setFilters}
      />
      <div className="ideas-page__body">
        <ProposalMap
          proposals={proposals}
          onViewportChange={followViewport}
          onSelect={(id) => void navigate(`/ideas/${id}`)}
        />
        <section
          aria-labelledby="ideas-list-heading"
          aria-busy={search.status === 'loading'}
        >
          <h2 id="ideas-list-heading">{t('proposals.ideas.listHeading')}</h2>
          {search.status === 'error' && (
            <ErrorMessage
              error={search.error}
              summaryKey="proposals.ideas.loadFailed"
              onRetry={search.retry}
            />
          )}
          {search.status === 'loading' && search.data === undefined && (
            <p>{t('proposals.loading')}</p>
          )}
          {search.data !== undefined && (
            <ProposalList
              proposals={proposals}
              more={search.data.proposals.pageInfo.hasNextPage}
            />
          )}
        </section>
      </div>
    </main>
  );
}
