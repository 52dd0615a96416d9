import '../registrations.css';

import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import type {
  RegistrationStatus,
  SessionRegistrationsQuery as SessionRegistrationsResult,
} from '@/gql/graphql';
import { useFormatLocale } from '@/i18n/useFormatLocale';
import { GraphQLRequestError } from '@/lib/graphql/client';
import { isNotFound } from '@/lib/graphql/errors';
import { formatSessionRange } from '@/modules/opportunities/format';

import { SessionRegistrationsQuery } from '../graphql/registrations';
import { usePagedConnection } from '../hooks/usePagedConnection';
import { LoadMore } from './LoadMore';
import { SessionRegistrationsTable } from './SessionRegistrationsTable';

export const SESSION_REGISTRATIONS_PAGE_SIZE = 50;

const STATUS_FILTERS = ['', 'REGISTERED', 'WAITLISTED', 'WITHDRAWN'] as const;

type Edge = SessionRegistrationsResult['sessionRegistrations']['edges'][number];
type SessionSummary = Pick<Edge['node'], 'session' | 'opportunity'>;

const selectConnection = (data: SessionRegistrationsResult) =>
  data.sessionRegistrations;

function isForbidden(error: unknown): boolean {
  return (
    error instanceof GraphQLRequestError &&
    error.errors.some((entry) => entry.extensions?.code === 'FORBIDDEN')
  );
}

/** Returns the URL of the API's CSV export of a session's registrations. */
export function registrationsCsvUrl(sessionId: string): string {
  return `/api/sessions/${encodeURIComponent(sessionId)}/registrations.csv`;
}

/**
 * Renders a session's registrations for the providing organisation's owners,
 * editors and awarders: counts, a status filter, the learners and their
 * attendance, a CSV download and "Load more" paging.
 */
export function SessionRegistrationsPage() {
  const { t } = useTranslation();
  const { sessionId = '' } = useParams();
  const [status, setStatus] = useState<RegistrationStatus | ''>('');
  const filterId = useId();
  const list = usePagedConnection(
    SessionRegistrationsQuery,
    { sessionId, status: status === '' ? null : status },
    selectConnection,
    SESSION_REGISTRATIONS_PAGE_SIZE,
  );
  // The session and its opportunity come with each registration, so they
  // are kept for the heading while a filter matches no one.
  const [summary, setSummary] = useState<SessionSummary | null>(null);
  const first = list.edges[0]?.node;
  useEffect(
    function rememberSession() {
      if (first !== undefined) {
        setSummary({ session: first.session, opportunity: first.opportunity });
      }
    },
    [first],
  );

  if (list.status === 'error' && isForbidden(list.error)) {
    return (
      <main className="page">
        <h1>{t('sessionRegistrations.title')}</h1>
        <p role="alert">{t('sessionRegistrations.forbidden')}</p>
      </main>
    );
  }
  if (list.status === 'error' && isNotFound(list.error)) {
    return (
      <main className="page">
        <h1>{t('sessionRegistrations.title')}</h1>
        <p role="alert">{t('sessionRegistrations.notFound')}</p>
      </main>
    );
  }

  return (
    <main className="page session-registrations">
      <SessionHeading summary={summary} />
      <p>
        <a href={registrationsCsvUrl(sessionId)} download>
          {t('sessionRegistrations.downloadCsv')}
        </a>
      </p>
      <div className="field">
        <label className="field-label" htmlFor={filterId}>
          {t('sessionRegistrations.filter')}
        </label>
        <select
          id={filterId}
          className="select"
          value={status}
          onChange={(event) =>
            setStatus(event.target.value as RegistrationStatus | '')
          }
        >
          {STATUS_FILTERS.map((value) => (
            <option key={value} value={value}>
              {t(`sessionRegistrations.statusFilter.${value || 'ACTIVE'}`)}
            </option>
          ))}
        </select>
      </div>
      {list.status === 'error' && (
        <ErrorMessage
          error={list.error}
          summaryKey="sessionRegistrations.loadFailed"
          onRetry={list.retry}
        />
      )}
      {list.status === 'loading' && list.edges.length === 0 && (
        <p role="status">{t('sessionRegistrations.loading')}</p>
      )}
      {list.status === 'success' && list.edges.length === 0 && (
        <p>{t('sessionRegistrations.empty')}</p>
      )}
      {list.edges.length > 0 && summary !== null && (
        <>
          <SessionRegistrationsTable
            sessionId={sessionId}
            session={summary.session}
            rows={list.edges.map((edge) => edge.node)}
          />
          <LoadMore list={list} />
        </>
      )}
    </main>
  );
}

function SessionHeading({ summary }: { summary: SessionSummary | null }) {
  const { t } = useTranslation();
  const locale = useFormatLocale();
  if (summary === null) return <h1>{t('sessionRegistrations.title')}</h1>;

  const { session, opportunity } = summary;

  return (
    <>
      <h1>
        {t('sessionRegistrations.titleFor', { title: opportunity.title })}
      </h1>
      <p>
        <time dateTime={session.startsAt}>
          {formatSessionRange(
            session.startsAt,
            session.endsAt,
            session.timeZone,
            locale,
          )}
        </time>
      </p>
      <dl className="counts">
        <div>
          <dt>{t('sessionRegistrations.registered')}</dt>
          <dd>{session.registeredCount}</dd>
        </div>
        <div>
          <dt>{t('sessionRegistrations.waiting')}</dt>
          <dd>{session.waitlistCount}</dd>
        </div>
        <div>
          <dt>{t('sessionRegistrations.capacity')}</dt>
          <dd>{session.capacity ?? t('sessionRegistrations.unlimited')}</dd>
        </div>
      </dl>
    </>
  );
}
