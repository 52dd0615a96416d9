import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { withNotice } from '@/app/notice';
import { useMutation } from '@/lib/graphql/useMutation';

import { checkPasswordPresent } from '../../account-rules';
import { DeleteAccountMutation } from '../../graphql/settings';
import { useForm } from '../../hooks/useForm';
import { FormAlert } from '../form/FormAlert';
import { TextField } from '../form/TextField';
import { SettingsSection } from './SettingsSection';

const INITIAL = { currentPassword: '' };

/**
 * Renders the account deletion form in a danger zone. The API refuses with
 * CONFLICT while the user is the only owner of an organisation that others
 * depend on, and the form shows that message.
 */
export function DeleteAccountForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { state, mutate } = useMutation(DeleteAccountMutation);
  const alert = useRef<HTMLDivElement>(null);
  const form = useForm(INITIAL, (values) => ({
    currentPassword: checkPasswordPresent(t, values.currentPassword),
  }));

  async function deleteAccount(values: typeof INITIAL) {
    try {
      await mutate({ input: { currentPassword: values.currentPassword } });
    } catch (error) {
      form.showServerError(error, alert.current);

      return;
    }
    await navigate('/', {
      replace: true,
      state: withNotice(
        { key: 'account.delete.done' },
        { refreshViewer: true },
      ),
    });
  }

  return (
    <SettingsSection
      title={t('account.delete.title')}
      className="settings-section--danger"
    >
      <p>
        <strong>{t('account.delete.warning')}</strong>
      </p>
      <p>{t('account.delete.exportFirst')}</p>
      <form
        className="form"
        noValidate
        onSubmit={form.handleSubmit(deleteAccount)}
      >
        <TextField
          label={t('account.delete.password')}
          type="password"
          autoComplete="current-password"
          field={form.inputProps('currentPassword')}
          error={form.errorOf('currentPassword')}
        />
        <FormAlert ref={alert} failure={form.failure} />
        <div className="form-actions">
          <button
            type="submit"
            className="button button--danger"
            disabled={state.status === 'pending'}
          >
            {state.status === 'pending'
              ? t('account.delete.deleting')
              : t('account.delete.submit')}
          </button>
        </div>
      </form>
    </SettingsSection>
  );
}
