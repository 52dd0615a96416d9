import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { withNotice } from '@/app/notice';
import { ErrorMessage } from '@/components/ErrorMessage';
import type { MySessionsQuery } from '@/gql/graphql';
import { useFormatLocale } from '@/i18n/useFormatLocale';
import { useMutation } from '@/lib/graphql/useMutation';
import type { QueryResult } from '@/lib/graphql/useQuery';

import { SignOutEverywhereMutation } from '../../graphql/settings';
import { splitServerError } from '../../server-errors';
import { FormAlert } from '../form/FormAlert';
import type { AccountSession } from './settings-types';
import { SettingsSection } from './SettingsSection';

function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

function SessionItem({ session }: { session: AccountSession }) {
  const { t } = useTranslation();
  const locale = useFormatLocale();

  return (
    <li className="session-item">
      <p className="session-item__device">
        {session.userAgent ?? t('account.sessions.unknownBrowser')}
        {session.current && (
          <strong className="session-item__current">
            {' '}
            {t('account.sessions.current')}
          </strong>
        )}
      </p>
      <p className="hint">
        {t('account.sessions.times', {
          signedIn: formatDateTime(session.createdAt, locale),
          lastUsed: formatDateTime(session.lastUsedAt, locale),
        })}
      </p>
    </li>
  );
}

/**
 * Renders the browsers signed in to the account and a button that signs
 * all of them out, this one included.
 */
export function SessionsSection({
  sessions,
}: {
  sessions: QueryResult<MySessionsQuery>;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { state, mutate } = useMutation(SignOutEverywhereMutation);

  async function signOutEverywhere() {
    try {
      await mutate({});
    } catch {
      return;
    }
    await navigate('/sign-in', {
      replace: true,
      state: withNotice(
        { key: 'account.sessions.signedOut' },
        { refreshViewer: true },
      ),
    });
  }

  return (
    <SettingsSection title={t('account.sessions.title')}>
      {sessions.status === 'error' && (
        <ErrorMessage
          error={sessions.error}
          summaryKey="account.sessions.loadFailed"
          onRetry={sessions.retry}
        />
      )}
      {sessions.data === undefined && sessions.status !== 'error' && (
        <p role="status">{t('account.sessions.loading')}</p>
      )}
      {sessions.data !== undefined && (
        <ul className="session-list">
          {sessions.data.mySessions.map((session) => (
            <SessionItem key={session.id} session={session} />
          ))}
        </ul>
      )}
      <p>{t('account.sessions.signOutEverywhereHint')}</p>
      <button
        type="button"
        className="button button--secondary"
        disabled={state.status === 'pending'}
        onClick={() => void signOutEverywhere()}
      >
        {state.status === 'pending'
          ? t('account.sessions.signingOut')
          : t('account.sessions.signOutEverywhere')}
      </button>
      <FormAlert
        failure={
          state.status === 'error'
            ? splitServerError(state.error, []).failure
            : null
        }
      />
    </SettingsSection>
  );
}
