import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { RequestErrorText } from '@/components/RequestErrorText';
import type { MyEmailAddressesQuery } from '@/gql/graphql';
import { useMutation } from '@/lib/graphql/useMutation';

import {
  RemoveEmailAddressMutation,
  ResendEmailAddressVerificationMutation,
} from '../../graphql/addresses';

export type EmailAddress = MyEmailAddressesQuery['myEmailAddresses'][number];

/**
 * Renders one address with its status. An extra address can be removed
 * after a confirmation and, until verified, gets a new link on request.
 */
export function EmailAddressItem({
  address,
  onRemoved,
}: {
  address: EmailAddress;
  onRemoved: () => void;
}) {
  const { t } = useTranslation();
  const resend = useMutation(ResendEmailAddressVerificationMutation);
  const remove = useMutation(RemoveEmailAddressMutation);
  const [sent, setSent] = useState(false);
  const errorId = useId();
  const input = { emailAddressId: address.id ?? '' };

  async function resendLink() {
    setSent(false);
    try {
      await resend.mutate({ input });
      setSent(true);
    } catch {
      // The error shows below the address.
    }
  }

  async function removeAddress() {
    const confirmed = window.confirm(
      t('account.addresses.confirmRemove', { email: address.email }),
    );
    if (!confirmed) return;
    try {
      await remove.mutate({ input });
      onRemoved();
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
