import '../admin.css';

import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import type { OrganisationsAwaitingVerificationQuery } from '@/gql/graphql';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { usePagedConnection } from '@/lib/graphql/usePagedConnection';
import { useViewer } from '@/modules/accounts';

import { AwaitingVerificationQuery } from '../graphql/verification';
import {
  AwaitingCouncilItem,
  type AwaitingOrganisation,
} from './AwaitingCouncilItem';

export const AWAITING_PAGE_SIZE = 20;

const COUNCILS = { kind: 'COUNCIL' } as const;

const selectConnection = (data: OrganisationsAwaitingVerificationQuery) =>
  data.organisationsAwaitingVerification;

function AwaitingCouncils() {
  const { t } = useTranslation();
  const list = usePagedConnection(
    AwaitingVerificationQuery,
    COUNCILS,
    selectConnection,
    AWAITING_PAGE_SIZE,
  );
  const [announcement, setAnnouncement] = useState('');
  const listRef = useRef<HTMLUListElement>(null);
  const { removeEdge } = list;

  const verified = useCallback(
    (council: AwaitingOrganisation) => {
      removeEdge((edge) => edge.node.id === council.id);
      setAnnouncement(
        t('admin.organisations.verified', { name: council.name }),
      );
      // The button that had focus leaves with its council.
      listRef.current?.focus();
    },
    [removeEdge, t],
  );

  return (
    <>
      <p role="status" className="admin__status">
        {announcement}
      </p>
      {list.status === 'error' && (
        <ErrorMessage
          error={list.error}
          summaryKey="admin.organisations.loadFailed"
          onRetry={list.retry}
        />
      )}
      {list.status === 'loading' && list.edges.length === 0 && (
        <p>{t('admin.organisations.loading')}</p>
      )}
      {list.status === 'success' && list.edges.length === 0 && (
        <p className="empty-state">{t('admin.organisations.empty')}</p>
      )}
      {list.edges.length > 0 && (
        <>
          <ul
            ref={listRef}
            tabIndex={-1}
            className="awaiting-councils"
            aria-label={t('admin.organisations.listLabel')}
          >
            {list.edges.map(({ node }) => (
              <AwaitingCouncilItem
                key={node.id}
                council={node}
                onVerified={verified}
              />
            ))}
          </ul>
          <LoadMore list={list} />
        </>
      )}
    </>
  );
}

/**
 * Renders `/admin/organisations` for platform administrators: the councils
 * that no administrator has verified yet, each with its area and a Verify button.
 */
export function AdminOrganisationsPage() {
  const { t } = useTranslation();
  const { status, viewer } = useViewer();
  usePageTitle(t('admin.organisations.title'));

  return (
    <main className="page admin-page">
      <h1>{t('admin.organisations.title')}</h1>
      {viewer?.isAdmin === true && (
        <>
          <p>{t('admin.organisations.intro')}</p>
          <AwaitingCouncils />
        </>
      )}
      {status === 'signed-in' && viewer?.isAdmin !== true && (
        <p role="alert">{t('admin.organisations.notAdmin')}</p>
      )}
    </main>
  );
}
