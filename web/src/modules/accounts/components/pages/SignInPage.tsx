import '../../accounts.css';

import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { usePageTitle } from '@/lib/document/usePageTitle';
import { useMutation } from '@/lib/graphql/useMutation';

import { checkEmail, checkPasswordPresent } from '../../account-rules';
import { SignInMutation } from '../../graphql/sign-in';
import { useForm } from '../../hooks/useForm';
import { useNextPath } from '../../hooks/useNextPath';
import { useViewer } from '../../hooks/useViewer';
import { signUpPath } from '../../next-path';
import { FormAlert } from '../form/FormAlert';
import { TextField } from '../form/TextField';

const INITIAL = { email: '', password: '' };

/**
 * Renders the sign-in form. The API gives one message for a wrong e-mail
 * address or password, so that it does not reveal which accounts exist,
 * and the form shows it for the whole form. After signing in the user goes
 * to the `next` page when it is a path on this site.
 */
export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const navigate = useNavigate();
  const next = useNextPath();
  const { viewer, refresh } = useViewer();
  const { state, mutate } = useMutation(SignInMutation);
  const alert = useRef<HTMLDivElement>(null);
  const form = useForm(INITIAL, (values) => ({
    email: checkEmail(t, values.email),
    password: checkPasswordPresent(t, values.password),
  }));

  async function signIn(values: typeof INITIAL) {
    try {
      await mutate({
        input: { email: values.email.trim(), password: values.password },
      });
    } catch (error) {
      form.showServerError(error, alert.current);

      return;
    }
    await refresh();
    await navigate(next, { replace: true });
  }

  return (
    <main className="page">
      <h1>{t('signIn.title')}</h1>
      {viewer !== null && state.status !== 'pending' && (
        <p className="notice">
          {t('signIn.alreadySignedIn', { name: viewer.name })}{' '}
          <Link to={next}>{t('signIn.continue')}</Link>
        </p>
      )}
      <form className="form" noValidate onSubmit={form.handleSubmit(signIn)}>
        <TextField
          label={t('accountForm.email')}
          type="email"
          autoComplete="username"
          field={form.inputProps('email')}
          error={form.errorOf('email')}
        />
        <TextField
          label={t('accountForm.password')}
          type="password"
          autoComplete="current-password"
          field={form.inputProps('password')}
          error={form.errorOf('password')}
        />
        <FormAlert
          ref={alert}
          failure={form.failure}
          rateLimitKey="signIn.rateLimited"
        />
        <div className="form-actions">
          <button
            type="submit"
            className="button"
            disabled={state.status === 'pending'}
          >
            {state.status === 'pending'
              ? t('signIn.submitting')
              : t('signIn.submit')}
          </button>
          <Link to="/forgot-password">{t('signIn.forgotPassword')}</Link>
        </div>
      </form>
      <p>
        {t('signIn.noAccount')}{' '}
        <Link to={signUpPath(next)}>{t('signIn.signUp')}</Link>
      </p>
    </main>
  );
}
