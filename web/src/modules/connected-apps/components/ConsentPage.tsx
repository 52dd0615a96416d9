import '../connected-apps.css';

import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { useQuery } from '@/lib/graphql/useQuery';
import { RequireSignIn } from '@/modules/accounts/components/RequireSignIn';

import { AuthorizationRequestQuery } from '../graphql/connected-apps';
import { leaveTo, useDecision } from '../hooks/useDecision';
import { ScopeList } from './ScopeList';
import { TextWithAppName } from './TextWithAppName';

const KNOWN_ERRORS = ['invalid_client', 'invalid_redirect_uri'];

/** The page the authorization endpoint sends a learner to. */
export function ConsentPage({
  navigate = leaveTo,
}: {
  navigate?: (url: string) => void;
}) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const error = searchParams.get('error');
  usePageTitle(t('connectedApps.consent.title'));

  if (error !== null) {
    const key = KNOWN_ERRORS.includes(error) ? error : 'other';

    return (
      <main className="page connected-apps-page">
        <h1>{t('connectedApps.consent.errorTitle')}</h1>
        <p role="alert">{t(`connectedApps.consent.errors.${key}`)}</p>
      </main>
    );
  }

  return (
    <RequireSignIn>
      <ConsentForm
        requestId={searchParams.get('request') ?? ''}
        navigate={navigate}
      />
    </RequireSignIn>
  );
}

function ConsentForm({
  requestId,
  navigate,
}: {
  requestId: string;
  navigate: (url: string) => void;
}) {
  const { t } = useTranslation();
  const query = useQuery(
    AuthorizationRequestQuery,
    requestId === '' ? null : { id: requestId },
  );
  const decision = useDecision(requestId, navigate);
  const request = query.data?.oauthAuthorizationRequest;

  if (requestId === '' || query.status === 'error') {
    return (
      <main className="page connected-apps-page">
        <h1>{t('connectedApps.consent.errorTitle')}</h1>
        <ErrorMessage
          error={query.error}
          summaryKey="connectedApps.consent.loadFailed"
          onRetry={requestId === '' ? undefined : query.retry}
        />
      </main>
    );
  }
  if (request === undefined) {
    return (
      <main className="page connected-apps-page">
        <p role="status">{t('connectedApps.consent.loading')}</p>
      </main>
    );
  }
  const callbackHost = new URL(request.redirectUri).host;

  return (
    <main className="page connected-apps-page">
      <h1>
        <TextWithAppName
          i18nKey="connectedApps.consent.heading"
          name={request.client.name}
        />
      </h1>
      <p>{t('connectedApps.consent.selfNamed')}</p>
      <ul className="connected-apps-links">
        <li>
          <a
            href={request.client.clientUri}
            rel="noopener noreferrer"
            target="_blank"
          >
            {t('connectedApps.consent.website', {
              host: new URL(request.client.clientUri).host,
            })}
          </a>
        </li>
        <li>
          <a
            href={request.client.tosUri}
            rel="noopener noreferrer"
            target="_blank"
          >
            {t('connectedApps.consent.terms')}
          </a>
        </li>
        <li>
          <a
            href={request.client.policyUri}
            rel="noopener noreferrer"
            target="_blank"
          >
            {t('connectedApps.consent.privacy')}
          </a>
        </li>
      </ul>
      <h2 id="consent-scopes">
        <TextWithAppName
          i18nKey="connectedApps.consent.scopesHeading"
          name={request.client.name}
        />
      </h2>
      <ScopeList scopes={request.scopes} labelledBy="consent-scopes" />
      <p>{t('connectedApps.consent.returnTo', { host: callbackHost })}</p>
      <p>{t('connectedApps.consent.revokeLater')}</p>
      {decision.error !== undefined && (
        <ErrorMessage
          error={decision.error}
          summaryKey="connectedApps.consent.decideFailed"
        />
      )}
      <div className="connected-apps-actions">
        <button
          type="button"
          className="button"
          disabled={decision.busy}
          onClick={() => void decision.decide(true)}
        >
          {t('connectedApps.consent.allow')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={decision.busy}
          onClick={() => void decision.decide(false)}
        >
          {t('connectedApps.consent.deny')}
        </button>
      </div>
    </main>
  );
}
