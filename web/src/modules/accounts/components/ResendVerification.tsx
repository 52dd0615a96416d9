import { useTranslation } from 'react-i18next';

import { useMutation } from '@/lib/graphql/useMutation';

import { ResendVerificationEmailMutation } from '../graphql/sign-in';
import { splitServerError } from '../server-errors';
import { FormAlert } from './form/FormAlert';

/** Renders a button that e-mails a new verification link, with its outcome. */
export function ResendVerification({ email }: { email: string }) {
  const { t } = useTranslation();
  const { state, mutate } = useMutation(ResendVerificationEmailMutation);
  const failure =
    state.status === 'error' ? splitServerError(state.error, []).failure : null;

  return (
    <div className="resend-verification">
      <button
        type="button"
        className="button button--secondary"
        disabled={state.status === 'pending'}
        onClick={() => void mutate({}).catch(() => undefined)}
      >
        {state.status === 'pending'
          ? t('verifyEmail.resending')
          : t('verifyEmail.resend')}
      </button>
      <p role="status" className="success-text">
        {state.status === 'success' && t('verifyEmail.resent', { email })}
      </p>
      <FormAlert failure={failure} />
    </div>
  );
}
