import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { useMutation } from '@/lib/graphql/useMutation';

import { checkName } from '../../account-rules';
import { UpdateProfileMutation } from '../../graphql/settings';
import { useForm } from '../../hooks/useForm';
import { useViewer } from '../../hooks/useViewer';
import { FormAlert } from '../form/FormAlert';
import { TextField } from '../form/TextField';
import type { AccountSettings } from './settings-types';
import { SettingsSection } from './SettingsSection';
import { SuccessStatus } from './SuccessStatus';

/** Renders the form that changes the account holder's name. */
export function ProfileForm({ account }: { account: AccountSettings }) {
  const { t } = useTranslation();
  const { refresh } = useViewer();
  const { state, mutate, reset } = useMutation(UpdateProfileMutation);
  const alert = useRef<HTMLDivElement>(null);
  const form = useForm({ name: account.name }, (values) => ({
    name: checkName(t, values.name),
  }));

  async function save(values: { name: string }) {
    reset();
    try {
      await mutate({ input: { name: values.name.trim() } });
    } catch (error) {
      form.showServerError(error, alert.current);

      return;
    }
    // The navigation bar shows the name.
    await refresh();
  }

  return (
    <SettingsSection title={t('account.profile.title')}>
      <form className="form" noValidate onSubmit={form.handleSubmit(save)}>
        <TextField
          label={t('accountForm.name')}
          autoComplete="name"
          field={form.inputProps('name')}
          error={form.errorOf('name')}
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
              : t('account.profile.save')}
          </button>
          <SuccessStatus
            message={
              state.status === 'success' ? t('account.profile.saved') : null
            }
          />
        </div>
      </form>
    </SettingsSection>
  );
}
