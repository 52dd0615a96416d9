import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { useMutation } from '@/lib/graphql/useMutation';

import {
  characterCount,
  checkNewPassword,
  checkPasswordPresent,
  MIN_PASSWORD_LENGTH,
} from '../../account-rules';
import { ChangePasswordMutation } from '../../graphql/settings';
import { useForm } from '../../hooks/useForm';
import { FormAlert } from '../form/FormAlert';
import { TextField } from '../form/TextField';
import { SettingsSection } from './SettingsSection';
import { SuccessStatus } from './SuccessStatus';

const INITIAL = { currentPassword: '', newPassword: '', confirmPassword: '' };

/**
 * Renders the password change form. The API signs out every other device
 * when the password changes, so `onChanged` reloads the device list.
 */
export function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const { state, mutate, reset } = useMutation(ChangePasswordMutation);
  const alert = useRef<HTMLDivElement>(null);
  const form = useForm(INITIAL, (values) => ({
    currentPassword: checkPasswordPresent(t, values.currentPassword),
    newPassword: checkNewPassword(t, values.newPassword),
    confirmPassword:
      values.confirmPassword === values.newPassword
        ? null
        : t('accountForm.passwordsDiffer'),
  }));

  async function change(values: typeof INITIAL) {
    reset();
    try {
      await mutate({
        input: {
          currentPassword: values.currentPassword,
          newPassword: values.newPassword,
        },
      });
    } catch (error) {
      form.showServerError(error, alert.current);

      return;
    }
    form.resetValues(INITIAL);
    onChanged();
  }

  return (
    <SettingsSection title={t('account.password.title')}>
      <form className="form" noValidate onSubmit={form.handleSubmit(change)}>
        <TextField
          label={t('accountForm.currentPassword')}
          type="password"
          autoComplete="current-password"
          field={form.inputProps('currentPassword')}
          error={form.errorOf('currentPassword')}
        />
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
        <div className="form-actions">
          <button
            type="submit"
            className="button"
            disabled={state.status === 'pending'}
          >
            {state.status === 'pending'
              ? t('account.saving')
              : t('account.password.save')}
          </button>
          <SuccessStatus
            message={
              state.status === 'success' ? t('account.password.changed') : null
            }
          />
        </div>
      </form>
    </SettingsSection>
  );
}
