import '../../accounts.css';

import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { withNotice } from '@/app/notice';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { useMutation } from '@/lib/graphql/useMutation';

import {
  characterCount,
  checkBirthYear,
  checkEmail,
  checkName,
  checkNewPassword,
  currentYear,
  isMinorBirthYear,
  MIN_AGE,
  MIN_PASSWORD_LENGTH,
  parseBirthYear,
} from '../../account-rules';
import { SignUpMutation } from '../../graphql/sign-in';
import { useForm } from '../../hooks/useForm';
import { useNextPath } from '../../hooks/useNextPath';
import { useViewer } from '../../hooks/useViewer';
import { signInPath } from '../../next-path';
import { FormAlert } from '../form/FormAlert';
import { TextField } from '../form/TextField';

const INITIAL = { email: '', password: '', name: '', birthYear: '' };

/**
 * Renders the sign-up form. The age rule is stated before the form is sent,
 * and a learner who turns 18 or younger this year learns which safer
 * privacy rules apply. After signing up the user goes to the `next` page.
 */
export function SignUpPage() {
  const { t } = useTranslation();
  usePageTitle(t('signUp.title'));
  const navigate = useNavigate();
  const next = useNextPath();
  const { refresh } = useViewer();
  const { state, mutate } = useMutation(SignUpMutation);
  const alert = useRef<HTMLDivElement>(null);
  const form = useForm(INITIAL, (values) => ({
    email: checkEmail(t, values.email),
    password: checkNewPassword(t, values.password),
    name: checkName(t, values.name),
    birthYear: checkBirthYear(t, values.birthYear),
  }));
  const birthYear = parseBirthYear(form.values.birthYear);
  const showsMinorRules =
    birthYear !== null &&
    form.errorOf('birthYear') === undefined &&
    birthYear <= currentYear() - MIN_AGE &&
    isMinorBirthYear(birthYear);

  async function signUp(values: typeof INITIAL) {
    const email = values.email.trim();
    try {
      await mutate({
        input: {
          email,
          password: values.password,
          name: values.name.trim(),
          birthYear: Number(values.birthYear),
        },
      });
    } catch (error) {
      form.showServerError(error, alert.current);

      return;
    }
    await refresh();
    await navigate(next, {
      replace: true,
      state: withNotice({ key: 'signUp.verificationSent', values: { email } }),
    });
  }

  return (
    <main className="page">
      <h1>{t('signUp.title')}</h1>
      <p>{t('signUp.ageRule', { minAge: MIN_AGE })}</p>
      <form className="form" noValidate onSubmit={form.handleSubmit(signUp)}>
        <TextField
          label={t('accountForm.email')}
          type="email"
          autoComplete="email"
          field={form.inputProps('email')}
          error={form.errorOf('email')}
        />
        <TextField
          label={t('accountForm.password')}
          type="password"
          autoComplete="new-password"
          field={form.inputProps('password')}
          error={form.errorOf('password')}
          hint={t('accountForm.passwordRule', {
            min: MIN_PASSWORD_LENGTH,
            count: characterCount(form.values.password),
          })}
        />
        <TextField
          label={t('accountForm.name')}
          autoComplete="name"
          field={form.inputProps('name')}
          error={form.errorOf('name')}
          hint={t('signUp.nameHint')}
        />
        <TextField
          label={t('accountForm.birthYear')}
          inputMode="numeric"
          autoComplete="bday-year"
          field={form.inputProps('birthYear')}
          error={form.errorOf('birthYear')}
          hint={t('signUp.birthYearHint', { minAge: MIN_AGE })}
        />
        {showsMinorRules && (
          <p className="notice" id="minor-rules">
            {t('signUp.minorRules')}
          </p>
        )}
        <FormAlert ref={alert} failure={form.failure} />
        <div className="form-actions">
          <button
            type="submit"
            className="button"
            disabled={state.status === 'pending'}
          >
            {state.status === 'pending'
              ? t('signUp.submitting')
              : t('signUp.submit')}
          </button>
          <Link to={signInPath(next)}>{t('signUp.haveAccount')}</Link>
        </div>
      </form>
    </main>
  );
}
