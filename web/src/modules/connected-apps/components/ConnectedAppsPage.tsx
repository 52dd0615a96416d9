import '../connected-apps.css';

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/ErrorMessage';
import type { ConnectedAppsQuery as ConnectedAppsResult } from '@/gql/graphql';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { useMutation } from '@/lib/graphql/useMutation';
import { useQuery } from '@/lib/graphql/useQuery';
import { RequireSignIn } from '@/modules/accounts/components/RequireSignIn';

import {
  ConnectedAppsQuery,
  RevokeConnectedAppMutation,
} from '../graphql/connected-apps';
import { ScopeList } from './ScopeList';
import { TextWithAppName } from './TextWithAppName';

type ConnectedApp = ConnectedAppsResult['connectedApps'][number];

/** Lists the apps the learner connected, each with a Revoke button. */
export function ConnectedAppsPage() {
  const { t } = useTranslation();
  usePageTitle(t('connectedApps.list.title'));

  return (
    <RequireSignIn>
      <main className="page connected-apps-page">
        <h1>{t('connectedApps.list.title')}</h1>
        <p>{t('connectedApps.list.intro')}</p>
        <ConnectedAppsList />
      </main>
    </RequireSignIn>
  );
}

function ConnectedAppsList() {
  const { t } = useTranslation();
  const query = useQuery(ConnectedAppsQuery, {});
  const [revoked, setRevoked] = useState<string[]>([]);
  const [disconnectedName, setDisconnectedName] = useState<string | null>(null);

  if (query.status === 'error') {
    return (
      <ErrorMessage
        error={query.error}
        summaryKey="connectedApps.list.loadFailed"
        onRetry={query.retry}
      />
    );
  }
  if (query.data === undefined) {
    return <p role="status">{t('connectedApps.list.loading')}</p>;
  }
  const apps = query.data.connectedApps.filter(
    (app) => !revoked.includes(app.id),
  );

  function onRevoked(app: ConnectedApp) {
    setRevoked((previous) => [...previous, app.id]);
    setDisconnectedName(app.client.name);
  }

  return (
    <>
      <p role="status">
        {disconnectedName !== null && (
          <TextWithAppName
            i18nKey="connectedApps.list.revoked"
            name={disconnectedName}
          />
        )}
      </p>
      {apps.length === 0 ? (
        <p>{t('connectedApps.list.empty')}</p>
      ) : (
        <ul className="connected-apps-list">
          {apps.map((app) => (
            <ConnectedAppItem key={app.id} app={app} onRevoked={onRevoked} />
          ))}
        </ul>
      )}
    </>
  );
}

function ConnectedAppItem({
  app,
  onRevoked,
}: {
  app: ConnectedApp;
  onRevoked: (app: ConnectedApp) => void;
}) {
  const { t, i18n } = useTranslation();
  const revoke = useMutation(RevokeConnectedAppMutation);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const revokeButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const date = (value: string) =>
    new Date(value).toLocaleDateString(i18n.language, { dateStyle: 'medium' });
  const headingId = `connected-app-${app.id}`;

  async function confirm() {
    setError(undefined);
    try {
      await revoke.mutate({ input: { connectedAppId: app.id } });
      onRevoked(app);
    } catch (caught) {
      setError(caught);
    }
  }

  useEffect(
    function focusRevokeAfterCancel() {
      if (confirming || !returnFocus.current) return;
      returnFocus.current = false;
      revokeButton.current?.focus();
    },
    [confirming],
  );

  function cancel() {
    returnFocus.current = true;
    setError(undefined);
    setConfirming(false);
  }

  return (
    <li aria-labelledby={headingId}>
      <h2 id={headingId}>
        <bdi>{app.client.name}</bdi>
      </h2>
      <p>
        <a
          href={app.client.clientUri}
          rel="noopener noreferrer"
          target="_blank"
        >
          {new URL(app.client.clientUri).host}
        </a>
      </p>
      <p>
        {t('connectedApps.list.connectedAt', { date: date(app.connectedAt) })}{' '}
        {app.lastUsedAt === null
          ? t('connectedApps.list.neverUsed')
          : t('connectedApps.list.lastUsed', { date: date(app.lastUsedAt) })}
      </p>
      <h3 id={`${headingId}-scopes`}>
        {t('connectedApps.list.scopesHeading')}
      </h3>
      <ScopeList scopes={app.scopes} labelledBy={`${headingId}-scopes`} />
      {confirming ? (
        <div role="group" aria-labelledby={`${headingId}-confirm`}>
          <p id={`${headingId}-confirm`}>
            <TextWithAppName
              i18nKey="connectedApps.list.confirm"
              name={app.client.name}
            />
          </p>
          {error !== undefined && (
            <ErrorMessage
              error={error}
              summaryKey="connectedApps.list.revokeFailed"
            />
          )}
          <div className="connected-apps-actions">
            {/* Focus moves to the confirmation that the button opened. */}
            <button
              type="button"
              className="button button--danger"
              autoFocus
              disabled={revoke.state.status === 'pending'}
              onClick={() => void confirm()}
            >
              {t('connectedApps.list.confirmRevoke')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={cancel}
            >
              {t('connectedApps.list.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="button button--secondary"
          ref={revokeButton}
          onClick={() => setConfirming(true)}
        >
          <TextWithAppName
            i18nKey="connectedApps.list.revoke"
            name={app.client.name}
          />
        </button>
      )}
    </li>
  );
}
