import '../registrations.css';

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import type {
  RegistrationStatus,
  SessionRegistrationsQuery as SessionRegistrationsResult,
} from '@/gql/graphql';
import { useFormatLocale } from '@/i18n/useFormatLocale';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { isForbidden, isNotFound } from '@/lib/graphql/errors';
import { usePagedConnection } from '@/lib/graphql/usePagedConnection';
import { formatSessionRange } from '@/modules/opportunities/format';

import { SessionRegistrationsQuery } from '../graphql/registrations';
import { SessionRegistrationsTable } from './SessionRegistrationsTable';

export const SESSION_REGISTRATIONS_PAGE_SIZE = 50;

const STATUS_FILTERS = ['', 'REGISTERED', 'WAITLISTED', 'WITHDRAWN'] as const;

type SessionSummary = Pick<
  SessionRegistrationsResult['sessionRegistrations'],
  'session' | 'opportunity'
>;

const selectConnection = (data: SessionRegistrationsResult) =>
  data.sessionRegistrations;

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
  // The connection carries the session and its opportunity, so the heading
  // and counts show even when no one has registered.
  const summary = list.page;
  usePageTitle(
    summary === null
      ? t('sessionRegistrations.title')
      : t('sessionRegistrations.titleFor', {
          title: summary.opportunity.title,
        }),
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
        <p>
          {t(
            status === ''
              ? 'sessionRegistrations.noRegistrations'
              : 'sessionRegistrations.empty',
          )}
        </p>
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
