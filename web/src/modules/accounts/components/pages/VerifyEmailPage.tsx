import '../../accounts.css';

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import type { VerifyEmailMutation as VerifyEmailMutationResult } from '@/gql/graphql';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { useMutation } from '@/lib/graphql/useMutation';

import { VerifyEmailMutation } from '../../graphql/sign-in';
import { useViewer } from '../../hooks/useViewer';
import { signInPath } from '../../next-path';
import { splitServerError } from '../../server-errors';
import { FormAlert } from '../form/FormAlert';
import { ResendVerification } from '../ResendVerification';

/** Renders how a signed-in or signed-out user gets a new link. */
function NewLinkOffer() {
  const { t } = useTranslation();
  const { status, viewer } = useViewer();

  if (status === 'loading') return null;
  if (viewer === null) {
    return (
      <p>
        <Link to={signInPath('/account')}>
          {t('verifyEmail.signInForLink')}
        </Link>
      </p>
    );
  }
  if (viewer.emailVerified) {
    return (
      <p>
        <Link to="/account">{t('verifyEmail.toAccount')}</Link>
      </p>
    );
  }

  return <ResendVerification email={viewer.email} />;
}

/**
 * Confirms the verified address. For an extra address it also states where
 * badges sent to it now go. The API returns the account only to its own
 * session.
 */
function VerifiedMessage({
  result,
}: {
  result: VerifyEmailMutationResult['verifyEmail'];
}) {
  const { t } = useTranslation();
  const ownExtra = !result.primary && result.account !== null;

  return (
    <>
      <p className="success-text">{t('verifyEmail.verified')}</p>
      {!result.primary && (
        <p>
          {t(ownExtra ? 'verifyEmail.extraOwn' : 'verifyEmail.extraOther', {
            email: result.email,
          })}
        </p>
      )}
      <p>
        {ownExtra ? (
          <Link to="/my/badges">{t('verifyEmail.toBackpack')}</Link>
        ) : (
          <Link to="/">{t('verifyEmail.toMap')}</Link>
        )}
      </p>
    </>
  );
}

/**
 * Verifies the e-mail address of the link's `token` as soon as the page
 * opens, then reports the outcome. A failed link offers a new one.
 */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  usePageTitle(t('verifyEmail.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { refresh } = useViewer();
  const { state, mutate } = useMutation(VerifyEmailMutation);
  // A token works once, so StrictMode's second effect run must not send it
  // again.
  const sentToken = useRef<string | null>(null);

  useEffect(
    function verifyTokenOnLoad() {
      if (token === '' || sentToken.current === token) return;

      sentToken.current = token;
      mutate({ input: { token } }).then(
        () => refresh(),
        () => undefined,
      );
    },
    [token, mutate, refresh],
  );

  const failure =
    state.status === 'error' ? splitServerError(state.error, []).failure : null;

  return (
    <main className="page">
      <h1>{t('verifyEmail.title')}</h1>
      <div role="status">
        {token !== '' && state.status === 'success' && (
          <VerifiedMessage result={state.data.verifyEmail} />
        )}
        {token !== '' &&
          (state.status === 'idle' || state.status === 'pending') && (
            <p>{t('verifyEmail.verifying')}</p>
          )}
      </div>
      {token === '' ? (
        <div role="alert" className="error-message">
          <p>{t('verifyEmail.noToken')}</p>
        </div>
      ) : (
        <FormAlert failure={failure} />
      )}
      {(token === '' || state.status === 'error') && <NewLinkOffer />}
    </main>
  );
}
