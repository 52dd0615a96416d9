import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useMutation } from '@/lib/graphql/useMutation';

import { checkEmail, checkPasswordPresent } from '../../account-rules';
import { ChangeEmailMutation } from '../../graphql/settings';
import { useForm } from '../../hooks/useForm';
import { useViewer } from '../../hooks/useViewer';
import { FormAlert } from '../form/FormAlert';
import { TextField } from '../form/TextField';
import type { AccountSettings } from './settings-types';
import { SettingsSection } from './SettingsSection';
import { SuccessStatus } from './SuccessStatus';

const INITIAL = { newEmail: '', currentPassword: '' };

interface ChangeEmailFormProps {
  account: AccountSettings;
  onChanged: () => void;
}

/** Renders the form that moves the account to a new e-mail address. */
export function ChangeEmailForm({ account, onChanged }: ChangeEmailFormProps) {
  const { t } = useTranslation();
  const { refresh } = useViewer();
  const { state, mutate, reset } = useMutation(ChangeEmailMutation);
  const [changedTo, setChangedTo] = useState<string | null>(null);
  const alert = useRef<HTMLDivElement>(null);
  const form = useForm(INITIAL, (values) => ({
    newEmail: checkEmail(t, values.newEmail),
    currentPassword: checkPasswordPresent(t, values.currentPassword),
  }));

  async function change(values: typeof INITIAL) {
    reset();
    setChangedTo(null);
    try {
      const data = await mutate({
        input: {
          newEmail: values.newEmail.trim(),
          currentPassword: values.currentPassword,
        },
      });
      setChangedTo(data.changeEmail.email);
    } catch (error) {
      form.showServerError(error, alert.current);

      return;
    }
    form.resetValues(INITIAL);
    onChanged();
    await refresh();
  }

  return (
    <SettingsSection title={t('account.email.title')}>
      <p>{t('account.email.current', { email: account.email })}</p>
      <form className="form" noValidate onSubmit={form.handleSubmit(change)}>
        <TextField
          label={t('account.email.newEmail')}
          type="email"
          autoComplete="email"
          field={form.inputProps('newEmail')}
          error={form.errorOf('newEmail')}
          hint={t('account.email.newEmailHint')}
        />
        <TextField
          label={t('accountForm.currentPassword')}
          type="password"
          autoComplete="current-password"
          field={form.inputProps('currentPassword')}
          error={form.errorOf('currentPassword')}
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
              : t('account.email.save')}
          </button>
          <SuccessStatus
            message={
              changedTo === null
                ? null
                : t('account.email.changed', { email: changedTo })
            }
          />
        </div>
      </form>
    </SettingsSection>
  );
}
