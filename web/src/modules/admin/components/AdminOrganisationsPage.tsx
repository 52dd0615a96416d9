import '../admin.css';

import { useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import type { OrganisationsAwaitingVerificationQuery } from '@/gql/graphql';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { usePagedConnection } from '@/lib/graphql/usePagedConnection';
import { useViewer } from '@/modules/accounts';

import { AwaitingVerificationQuery } from '../graphql/verification';
import {
  type AwaitingOrganisation,
  AwaitingOrganisationItem,
} from './AwaitingOrganisationItem';

export const AWAITING_PAGE_SIZE = 20;

/** The kinds an administrator verifies, each listed in its own section. */
type VerifiedKind = 'COUNCIL' | 'EMPLOYER';

// Fixed objects, because new variables on each render restart the query.
const VARIABLES: Record<VerifiedKind, { kind: VerifiedKind }> = {
  COUNCIL: { kind: 'COUNCIL' },
  EMPLOYER: { kind: 'EMPLOYER' },
};

const selectConnection = (data: OrganisationsAwaitingVerificationQuery) =>
  data.organisationsAwaitingVerification;

function AwaitingSection({ kind }: { kind: VerifiedKind }) {
  const { t } = useTranslation();
  const headingId = useId();
  const list = usePagedConnection(
    AwaitingVerificationQuery,
    VARIABLES[kind],
    selectConnection,
    AWAITING_PAGE_SIZE,
  );
  const [announcement, setAnnouncement] = useState('');
  const listRef = useRef<HTMLUListElement>(null);
  const { removeEdge } = list;
  const key = (name: string) => `admin.organisations.sections.${kind}.${name}`;

  const verified = useCallback(
    (organisation: AwaitingOrganisation) => {
      removeEdge((edge) => edge.node.id === organisation.id);
      setAnnouncement(
        t(`admin.organisations.sections.${kind}.verified`, {
          name: organisation.name,
        }),
      );
      // The button that had focus leaves with its organisation.
      listRef.current?.focus();
    },
    [removeEdge, t, kind],
  );

  return (
    <section className="admin__section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(key('heading'))}</h2>
      <p>{t(key('intro'))}</p>
      <p role="status" className="admin__status">
        {announcement}
      </p>
      {list.status === 'error' && (
        <ErrorMessage
          error={list.error}
          summaryKey={key('loadFailed')}
          onRetry={list.retry}
        />
      )}
      {list.status === 'loading' && list.edges.length === 0 && (
        <p>{t(key('loading'))}</p>
      )}
      {list.status === 'success' && list.edges.length === 0 && (
        <p className="empty-state">{t(key('empty'))}</p>
      )}
      {list.edges.length > 0 && (
        <>
          <ul
            ref={listRef}
            tabIndex={-1}
            className="awaiting-councils"
            aria-label={t(key('listLabel'))}
          >
            {list.edges.map(({ node }) => (
              <AwaitingOrganisationItem
                key={node.id}
                organisation={node}
                onVerified={verified}
              />
            ))}
          </ul>
          <LoadMore list={list} />
        </>
      )}
    </section>
  );
}

/**
 * Renders `/admin/organisations` for platform administrators: the councils
 * and employers that no administrator has verified yet, each with a Verify
 * button, and a council with its area.
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
          <AwaitingSection kind="COUNCIL" />
          <AwaitingSection kind="EMPLOYER" />
        </>
      )}
      {status === 'signed-in' && viewer?.isAdmin !== true && (
        <p role="alert">{t('admin.organisations.notAdmin')}</p>
      )}
    </main>
  );
}
