import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/ErrorMessage';
import { useMutation } from '@/lib/graphql/useMutation';
import { useQuery } from '@/lib/graphql/useQuery';

import { checkEmail } from '../../account-rules';
import {
  AddEmailAddressMutation,
  MyEmailAddressesQuery,
} from '../../graphql/addresses';
import { useForm } from '../../hooks/useForm';
import { FormAlert } from '../form/FormAlert';
import { TextField } from '../form/TextField';
import { EmailAddressItem } from './EmailAddressItem';
import { SettingsSection } from './SettingsSection';
import { SuccessStatus } from './SuccessStatus';

const INITIAL = { email: '' };

/**
 * Lists the account's e-mail addresses and adds extra ones. Badges sent to
 * a verified address appear in the backpack.
 */
export function EmailAddressesSection() {
  const { t } = useTranslation();
  const addresses = useQuery(MyEmailAddressesQuery, {});
  const add = useMutation(AddEmailAddressMutation);
  const [added, setAdded] = useState<string | null>(null);
  const alert = useRef<HTMLDivElement>(null);
  const form = useForm(INITIAL, (values) => ({
    email: checkEmail(t, values.email),
  }));

  async function addAddress(values: typeof INITIAL) {
    setAdded(null);
    try {
      const result = await add.mutate({
        input: { email: values.email.trim() },
      });
      setAdded(result.addEmailAddress.email);
    } catch (error) {
      form.showServerError(error, alert.current);

      return;
    }
    form.resetValues(INITIAL);
    addresses.retry();
  }

  return (
    <SettingsSection title={t('account.addresses.title')}>
      <p>{t('account.addresses.intro')}</p>
      {addresses.status === 'loading' && !addresses.data && (
        <p role="status">{t('account.addresses.loading')}</p>
      )}
      {addresses.status === 'error' && (
        <ErrorMessage
          error={addresses.error}
          summaryKey="account.addresses.loadFailed"
          onRetry={addresses.retry}
        />
      )}
      {addresses.data && (
        <ul className="address-list">
          {addresses.data.myEmailAddresses.map((address) => (
            <EmailAddressItem
              key={address.id ?? 'primary'}
              address={address}
              onRemoved={addresses.retry}
            />
          ))}
        </ul>
      )}
      <form
        className="form"
        noValidate
        onSubmit={form.handleSubmit(addAddress)}
      >
        <TextField
          label={t('account.addresses.addLabel')}
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
            disabled={add.state.status === 'pending'}
          >
            {add.state.status === 'pending'
              ? t('account.saving')
              : t('account.addresses.add')}
          </button>
          <SuccessStatus
            message={
              added === null
                ? null
                : t('account.addresses.sent', { email: added })
            }
          />
        </div>
      </form>
    </SettingsSection>
  );
}
