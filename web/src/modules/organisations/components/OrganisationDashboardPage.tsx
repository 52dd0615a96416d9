import '../organisations.css';

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import type { OrganisationQuery, OrganisationRole } from '@/gql/graphql';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { isNotFound } from '@/lib/graphql/errors';
import { useQuery } from '@/lib/graphql/useQuery';
import { useViewer } from '@/modules/accounts';
import { BadgesTab } from '@/modules/achievements/components/BadgesTab';
import { VerificationControls } from '@/modules/admin/components/VerificationControls';

import { OrganisationQuery as OrganisationDocument } from '../graphql/organisations';
import { AwaitingVerificationNotice } from './AwaitingVerificationNotice';
import { ImportTab } from './ImportTab';
import { ListingsTab } from './ListingsTab';
import { MembersTab } from './MembersTab';
import { SettingsTab } from './SettingsTab';
import { type TabDefinition, Tabs } from './Tabs';

type Organisation = NonNullable<OrganisationQuery['organisation']>;
type TabKey = 'listings' | 'members' | 'import' | 'badges' | 'settings';

/**
 * Returns the dashboard tabs for a role: listings and badges only for
 * providers, and their import only for those who may list (owners and
 * editors).
 */
export function tabsFor(
  organisation: Pick<Organisation, 'kind'>,
  role: OrganisationRole | null,
): TabKey[] {
  const lists = organisation.kind === 'PROVIDER';
  const canList = role === 'OWNER' || role === 'EDITOR';

  return [
    ...(lists ? (['listings'] as const) : []),
    'members' as const,
    ...(lists && canList ? (['import'] as const) : []),
    ...(lists ? (['badges'] as const) : []),
    'settings' as const,
  ];
}

function Dashboard({
  organisation,
  reload,
}: {
  organisation: Organisation;
  reload: () => void;
}) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [searchParams, setSearchParams] = useSearchParams();
  const [announcement, setAnnouncement] = useState('');
  const isCouncil = organisation.kind === 'COUNCIL';
  // Admins pass every check on the API, so they get an owner's controls.
  const role: OrganisationRole | null =
    organisation.viewerRole ?? (viewer?.isAdmin === true ? 'OWNER' : null);
  const keys = tabsFor(organisation, role);
  const requested = searchParams.get('tab') as TabKey | null;
  const selected =
    requested !== null && keys.includes(requested) ? requested : keys[0]!;
  const tabs: TabDefinition<TabKey>[] = keys.map((key) => ({
    key,
    label: t(`dashboard.tabs.${key}`),
  }));

  function select(key: TabKey) {
    setSearchParams({ tab: key }, { replace: true });
  }

  function renderPanel(key: TabKey) {
    switch (key) {
      case 'listings':
        return (
          <ListingsTab
            organisationId={organisation.id}
            canEdit={role === 'OWNER' || role === 'EDITOR'}
          />
        );
      case 'members':
        return (
          <MembersTab
            organisationId={organisation.id}
            isOwner={role === 'OWNER'}
          />
        );
      case 'import':
        return <ImportTab organisationId={organisation.id} />;
      case 'badges':
        return (
          <BadgesTab
            organisationId={organisation.id}
            canEdit={role === 'OWNER' || role === 'EDITOR'}
          />
        );
      case 'settings':
        return (
          <SettingsTab
            organisation={organisation}
            isOwner={role === 'OWNER'}
            onSaved={reload}
          />
        );
    }
  }

  return (
    <>
      <h1>{organisation.name}</h1>
      <p className="hint">
        {role === null
          ? t(`organisationForm.kinds.${organisation.kind}`)
          : t('organisations.roleAndKind', {
              role: t(`dashboard.roles.${role}`),
              kind: t(`organisationForm.kinds.${organisation.kind}`),
            })}
      </p>
      {role !== null && (
        <p>
          <Link to={`/organisations/${organisation.id}/pathways`}>
            {t('pathways.organisationLink')}
          </Link>
        </p>
      )}
      {role !== null && organisation.kind === 'EMPLOYER' && (
        <p>
          <Link to={`/organisations/${organisation.id}/needs`}>
            {t('employerNeeds.organisationLink')}
          </Link>
        </p>
      )}
      {isCouncil && role !== null && (
        <p>
          <Link to={`/organisations/${organisation.id}/insights`}>
            {t('insights.organisationLink')}
          </Link>
        </p>
      )}
      {isCouncil && !organisation.verified && (
        <AwaitingVerificationNotice name={organisation.name} />
      )}
      {isCouncil && viewer?.isAdmin === true && (
        <VerificationControls
          organisation={organisation}
          onChanged={(message) => {
            setAnnouncement(message);
            reload();
          }}
        />
      )}
      <p role="status" className="dashboard__status">
        {announcement}
      </p>
      <Tabs
        label={t('dashboard.tabsLabel', { name: organisation.name })}
        tabs={tabs}
        selected={selected}
        onSelect={select}
        renderPanel={renderPanel}
      />
    </>
  );
}

/** Renders the dashboard at `/organisations/:organisationId`. */
export function OrganisationDashboardPage() {
  const { t } = useTranslation();
  const { organisationId = '' } = useParams();
  const result = useQuery(OrganisationDocument, { id: organisationId });
  const organisation = result.data?.organisation;
  usePageTitle(
    organisation === null || isNotFound(result.error)
      ? t('dashboard.notFoundTitle')
      : (organisation?.name ?? t('dashboard.title')),
  );

  return (
    <main className="page dashboard-page">
      <p>
        <Link to="/organisations">{t('dashboard.back')}</Link>
      </p>
      {result.status === 'error' && !isNotFound(result.error) && (
        <ErrorMessage
          error={result.error}
          summaryKey="dashboard.loadFailed"
          onRetry={result.retry}
        />
      )}
      {organisation === undefined && result.status !== 'error' && (
        <p role="status">{t('dashboard.loading')}</p>
      )}
      {(organisation === null || isNotFound(result.error)) && (
        <>
          <h1>{t('dashboard.notFoundTitle')}</h1>
          <p>{t('dashboard.notFound')}</p>
        </>
      )}
      {organisation !== undefined && organisation !== null && (
        <Dashboard
          // A reload after saving the settings keeps the page mounted.
          organisation={organisation}
          reload={result.retry}
        />
      )}
    </main>
  );
}
