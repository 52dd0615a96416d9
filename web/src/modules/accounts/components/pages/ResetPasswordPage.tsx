import '../../accounts.css';

import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { withNotice } from '@/app/notice';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { useMutation } from '@/lib/graphql/useMutation';

import {
  characterCount,
  checkNewPassword,
  MIN_PASSWORD_LENGTH,
} from '../../account-rules';
import { ResetPasswordMutation } from '../../graphql/sign-in';
import { useForm } from '../../hooks/useForm';
import { useViewer } from '../../hooks/useViewer';
import { FormAlert } from '../form/FormAlert';
import { TextField } from '../form/TextField';

const INITIAL = { newPassword: '', confirmPassword: '' };

/**
 * Renders the form that sets a new password with the e-mailed link's
 * `token`. Afterwards the user signs in again with the new password.
 */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('resetPassword.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const { refresh } = useViewer();
  const { state, mutate } = useMutation(ResetPasswordMutation);
  const alert = useRef<HTMLDivElement>(null);
  const form = useForm(INITIAL, (values) => ({
    newPassword: checkNewPassword(t, values.newPassword),
    confirmPassword:
      values.confirmPassword === values.newPassword
        ? null
        : t('accountForm.passwordsDiffer'),
  }));

  async function resetPassword(values: typeof INITIAL) {
    try {
      await mutate({ input: { token, newPassword: values.newPassword } });
    } catch (error) {
      form.showServerError(error, alert.current);

      return;
    }
    // Resetting a password ends the account's sessions, this one included.
    await refresh();
    await navigate('/sign-in', {
      replace: true,
      state: withNotice({ key: 'resetPassword.done' }),
    });
  }

  if (token === '') {
    return (
      <main className="page">
        <h1>{t('resetPassword.title')}</h1>
        <div role="alert" className="error-message">
          <p>{t('resetPassword.noToken')}</p>
        </div>
        <p>
          <Link to="/forgot-password">{t('resetPassword.requestNew')}</Link>
        </p>
      </main>
    );
  }

  return (
    <main className="page">
      <h1>{t('resetPassword.title')}</h1>
      <form
        className="form"
        noValidate
        onSubmit={form.handleSubmit(resetPassword)}
      >
        <TextField
          label={t('accountForm.newPassword')}
          type="password"
          autoComplete="new-password"
          field={form.inputProps('newPassword')}
          error={form.errorOf('newPassword')}
          hint={t('accountForm.passwordRule', {
            min: MIN_PASSWORD_LENGTH,
            count: characterCount(form.values.newPassword),
          })}
        />
        <TextField
          label={t('accountForm.confirmPassword')}
          type="password"
          autoComplete="new-password"
          field={form.inputProps('confirmPassword')}
          error={form.errorOf('confirmPassword')}
        />
        <FormAlert ref={alert} failure={form.failure} />
        {form.failure !== null && (
          <p>
            <Link to="/forgot-password">{t('resetPassword.requestNew')}</Link>
          </p>
        )}
        <div className="form-actions">
          <button
            type="submit"
            className="button"
            disabled={state.status === 'pending'}
          >
            {state.status === 'pending'
              ? t('resetPassword.submitting')
              : t('resetPassword.submit')}
          </button>
        </div>
      </form>
    </main>
  );
}
