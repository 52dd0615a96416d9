import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import type { OpportunityStatus } from '@/gql/graphql';
import { useFormatLocale } from '@/i18n/useFormatLocale';
import { StatusBadge } from '@/modules/listings/components/StatusBadge';
import { formatSessionRange } from '@/modules/opportunities/format';

import {
  type ListingEdge,
  useOrganisationListings,
} from '../hooks/useOrganisationListings';

export const STATUSES: readonly OpportunityStatus[] = [
  'DRAFT',
  'PENDING',
  'PUBLISHED',
  'REJECTED',
  'ARCHIVED',
];

function ListingRow({ node }: { node: ListingEdge['node'] }) {
  const { t } = useTranslation();
  const locale = useFormatLocale();

  return (
    <li className="listing-row">
      <div className="listing-row__head">
        <Link
          to={`/opportunities/${node.id}/edit`}
          className="listing-row__title"
        >
          {node.title}
        </Link>
        <StatusBadge status={node.status} />
      </div>
      {node.status === 'REJECTED' && node.moderationNote && (
        <p className="listing-row__note">
          {t('dashboard.listings.moderationNote', {
            note: node.moderationNote,
          })}
        </p>
      )}
      {node.sessions.length > 0 && (
        <ul className="listing-row__sessions">
          {node.sessions.map((session) => (
            <li key={session.id}>
              {formatSessionRange(
                session.startsAt,
                session.endsAt,
                session.timeZone,
                locale,
              )}{' '}
              <Link to={`/sessions/${session.id}/registrations`}>
                {t('dashboard.listings.registrations')}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

interface ListingsTabProps {
  organisationId: string;
  canEdit: boolean;
}

/** Renders the organisation's listings in every status, with a filter. */
export function ListingsTab({ organisationId, canEdit }: ListingsTabProps) {
  const { t } = useTranslation();
  const filterId = useId();
  const [status, setStatus] = useState<OpportunityStatus | null>(null);
  const listings = useOrganisationListings(organisationId, status);

  return (
    <section className="dashboard-section">
      <div className="dashboard-section__bar">
        <div>
          <label htmlFor={filterId} className="field-label">
            {t('dashboard.listings.filter')}
          </label>
          <select
            id={filterId}
            className="select"
            value={status ?? ''}
            onChange={(event) =>
              setStatus(
                event.target.value === ''
                  ? null
                  : (event.target.value as OpportunityStatus),
              )
            }
          >
            <option value="">{t('dashboard.listings.allStatuses')}</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`listingForm.status.${value}`)}
              </option>
            ))}
          </select>
        </div>
        {canEdit && (
          <Link
            to={`/organisations/${organisationId}/opportunities/new`}
            className="button"
          >
            {t('dashboard.listings.new')}
          </Link>
        )}
      </div>
      {listings.status === 'error' ? (
        <ErrorMessage
          error={listings.error}
          summaryKey="dashboard.listings.loadFailed"
          onRetry={listings.retry}
        />
      ) : (
        <p role="status" className="dashboard-section__count">
          {listings.status === 'loading'
            ? t('dashboard.listings.loading')
            : t('dashboard.listings.count', {
                count: listings.totalCount,
                shown: listings.edges.length,
              })}
        </p>
      )}
      {listings.status === 'success' && listings.edges.length === 0 && (
        <p className="empty-state">
          {status === null
            ? t('dashboard.listings.empty')
            : t('dashboard.listings.emptyStatus', {
                status: t(`listingForm.status.${status}`),
              })}
        </p>
      )}
      {listings.edges.length > 0 && (
        <ul className="listing-rows" aria-label={t('dashboard.listings.label')}>
          {listings.edges.map((edge) => (
            <ListingRow key={edge.node.id} node={edge.node} />
          ))}
        </ul>
      )}
      {listings.status === 'success' && listings.error !== undefined && (
        <ErrorMessage
          error={listings.error}
          summaryKey="dashboard.listings.moreFailed"
        />
      )}
      {listings.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          disabled={listings.loadingMore}
          onClick={listings.loadMore}
        >
          {listings.loadingMore
            ? t('dashboard.listings.loadingMore')
            : t('dashboard.listings.loadMore')}
        </button>
      )}
    </section>
  );
}
