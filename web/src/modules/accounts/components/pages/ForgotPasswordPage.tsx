import '../../accounts.css';

import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { usePageTitle } from '@/lib/document/usePageTitle';
import { useMutation } from '@/lib/graphql/useMutation';

import { checkEmail } from '../../account-rules';
import { RequestPasswordResetMutation } from '../../graphql/sign-in';
import { useForm } from '../../hooks/useForm';
import { FormAlert } from '../form/FormAlert';
import { TextField } from '../form/TextField';

const INITIAL = { email: '' };

/**
 * Renders the request for a password reset link. The confirmation reads
 * the same whether or not an account has the address, so the page does not
 * reveal who has signed up.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('forgotPassword.title'));
  const { state, mutate } = useMutation(RequestPasswordResetMutation);
  const alert = useRef<HTMLDivElement>(null);
  const form = useForm(INITIAL, (values) => ({
    email: checkEmail(t, values.email),
  }));

  async function requestReset(values: typeof INITIAL) {
    try {
      await mutate({ input: { email: values.email.trim() } });
    } catch (error) {
      form.showServerError(error, alert.current);
    }
  }

  return (
    <main className="page">
      <h1>{t('forgotPassword.title')}</h1>
      <div role="status">
        {state.status === 'success' && (
          <p className="success-text">
            {t('forgotPassword.sent', { email: form.values.email.trim() })}
          </p>
        )}
      </div>
      {state.status !== 'success' && (
        <>
          <p>{t('forgotPassword.intro')}</p>
          <form
            className="form"
            noValidate
            onSubmit={form.handleSubmit(requestReset)}
          >
            <TextField
              label={t('accountForm.email')}
              type="email"
              autoComplete="email"
              field={form.inputProps('email')}
              error={form.errorOf('email')}
            />
            <FormAlert ref={alert} failure={form.failure} />
            <div className="form-actions">
              <button
                type="submit"
                className="button"
                disabled={state.status === 'pending'}
              >
                {state.status === 'pending'
                  ? t('forgotPassword.submitting')
                  : t('forgotPassword.submit')}
              </button>
            </div>
          </form>
        </>
      )}
      <p>
        <Link to="/sign-in">{t('forgotPassword.backToSignIn')}</Link>
      </p>
    </main>
  );
}
