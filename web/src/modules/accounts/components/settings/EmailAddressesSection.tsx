import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/ErrorMessage';
import { RequestErrorText } from '@/components/RequestErrorText';
import type { MyEmailAddressesQuery as AddressesResult } from '@/gql/graphql';
import { useMutation } from '@/lib/graphql/useMutation';
import { useQuery } from '@/lib/graphql/useQuery';

import {
  AddEmailAddressMutation,
  MyEmailAddressesQuery,
  RemoveEmailAddressMutation,
  ResendEmailAddressVerificationMutation,
} from '../../graphql/addresses';
import { SettingsSection } from './SettingsSection';

type Address = AddressesResult['myEmailAddresses'][number];

function AddressItem({
  address,
  onChanged,
}: {
  address: Address;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const resend = useMutation(ResendEmailAddressVerificationMutation);
  const remove = useMutation(RemoveEmailAddressMutation);
  const [sent, setSent] = useState(false);
  const errorId = useId();
  const input = { emailAddressId: address.id ?? '' };

  async function resendLink() {
    try {
      await resend.mutate({ input });
      setSent(true);
    } catch {
      // The error shows below the address.
    }
  }

  async function removeAddress() {
    if (
      !window.confirm(
        t('account.addresses.confirmRemove', { email: address.email }),
      )
    )
      return;
    try {
      await remove.mutate({ input });
      onChanged();
    } catch {
      // The error shows below the address.
    }
  }

  const status = address.primary
    ? t('account.addresses.primary')
    : address.verified
      ? t('account.addresses.verified')
      : t('account.addresses.unverified');

  return (
    <li className="address-item">
      <span className="address-item__email">{address.email}</span>{' '}
      <span className="address-item__status">({status})</span>
      {!address.primary && (
        <span className="address-item__actions">
          {!address.verified && (
            <button
              type="button"
              className="button button--secondary"
              disabled={resend.state.status === 'pending'}
              onClick={() => void resendLink()}
            >
              {t('account.addresses.resend', { email: address.email })}
            </button>
          )}
          <button
            type="button"
            className="button button--secondary"
            disabled={remove.state.status === 'pending'}
            onClick={() => void removeAddress()}
          >
            {t('account.addresses.remove', { email: address.email })}
          </button>
        </span>
      )}
      {sent && (
        <p role="status">
          {t('account.addresses.sent', { email: address.email })}
        </p>
      )}
      {resend.state.status === 'error' && (
        <RequestErrorText id={`${errorId}-resend`} error={resend.state.error} />
      )}
      {remove.state.status === 'error' && (
        <RequestErrorText id={`${errorId}-remove`} error={remove.state.error} />
      )}
    </li>
  );
}

/**
 * Lists the account's e-mail addresses and adds extra ones. Badges sent to
 * a verified address appear in the backpack.
 */
export function EmailAddressesSection() {
  const { t } = useTranslation();
  const addresses = useQuery(MyEmailAddressesQuery, {});
  const add = useMutation(AddEmailAddressMutation);
  const [email, setEmail] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const result = await add.mutate({ input: { email } });
      setAdded(result.addEmailAddress.email);
      setEmail('');
      addresses.retry();
    } catch {
      // The error shows next to the field.
    }
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
            <AddressItem
              key={address.id ?? 'primary'}
              address={address}
              onChanged={addresses.retry}
            />
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <label htmlFor={inputId}>{t('account.addresses.addLabel')}</label>
        <input
          id={inputId}
          type="email"
          autoComplete="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          required
          aria-describedby={add.state.status === 'error' ? errorId : undefined}
        />
        <button
          type="submit"
          className="button"
          disabled={add.state.status === 'pending'}
        >
          {t('account.addresses.add')}
        </button>
        {add.state.status === 'error' && (
          <RequestErrorText id={errorId} error={add.state.error} />
        )}
        {added !== null && add.state.status !== 'error' && (
          <p role="status">{t('account.addresses.sent', { email: added })}</p>
        )}
      </form>
    </SettingsSection>
  );
}
