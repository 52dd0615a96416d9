import '../registrations.css';

import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import type { MyRegistrationsQuery as MyRegistrationsResult } from '@/gql/graphql';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { usePagedConnection } from '@/lib/graphql/usePagedConnection';

import { MyRegistrationsQuery } from '../graphql/registrations';
import { MyRegistrationItem } from './MyRegistrationItem';
import { type TabItem, TabList } from './TabList';

type Period = 'upcoming' | 'past';

export const MY_REGISTRATIONS_PAGE_SIZE = 20;

const selectConnection = (data: MyRegistrationsResult) => data.myRegistrations;

/**
 * Renders the signed-in learner's registrations in two tabs, sessions still
 * to come and sessions that have ended, with "Load more" paging.
 */
export function MyRegistrationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('myRegistrations.title'));
  const [period, setPeriod] = useState<Period>('upcoming');
  const baseId = useId();
  const idOf = useCallback(
    (key: Period, part: 'tab' | 'panel') => `${baseId}-${key}-${part}`,
    [baseId],
  );
  const tabs: TabItem<Period>[] = [
    { key: 'upcoming', label: t('myRegistrations.upcoming') },
    { key: 'past', label: t('myRegistrations.past') },
  ];

  return (
    <main className="page registrations-page">
      <h1>{t('myRegistrations.title')}</h1>
      <TabList
        tabs={tabs}
        selected={period}
        label={t('myRegistrations.tabsLabel')}
        idOf={idOf}
        onSelect={setPeriod}
      />
      <div
        id={idOf(period, 'panel')}
        role="tabpanel"
        aria-labelledby={idOf(period, 'tab')}
        className="tabs__panel"
        tabIndex={0}
      >
        <RegistrationPeriod key={period} period={period} />
      </div>
    </main>
  );
}

function RegistrationPeriod({ period }: { period: Period }) {
  const { t } = useTranslation();
  const variables = useMemo(
    () => ({ upcoming: period === 'upcoming' }),
    [period],
  );
  const list = usePagedConnection(
    MyRegistrationsQuery,
    variables,
    selectConnection,
    MY_REGISTRATIONS_PAGE_SIZE,
  );
  const [announcement, setAnnouncement] = useState('');

  if (list.status === 'error') {
    return (
      <ErrorMessage
        error={list.error}
        summaryKey="myRegistrations.loadFailed"
        onRetry={list.retry}
      />
    );
  }
  if (list.status !== 'success') {
    return <p role="status">{t('myRegistrations.loading')}</p>;
  }
  if (list.edges.length === 0) {
    return (
      <div className="empty-state">
        <p>{t(`myRegistrations.empty.${period}`)}</p>
        <Link to="/">{t('myRegistrations.findOnMap')}</Link>
      </div>
    );
  }

  return (
    <>
      <ul className="registration-list">
        {list.edges.map(({ node }) => (
          <MyRegistrationItem
            key={node.id}
            registration={node}
            canWithdraw={period === 'upcoming'}
            onWithdrawn={setAnnouncement}
          />
        ))}
      </ul>
      <LoadMore list={list} />
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </>
  );
}
