import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/ErrorMessage';
import { RequestErrorText } from '@/components/RequestErrorText';
import { useMutation } from '@/lib/graphql/useMutation';
import { useQuery } from '@/lib/graphql/useQuery';

import {
  IssuerIdentityQuery,
  RotateIssuerKeysMutation,
} from '../graphql/organisations';

interface SigningKeysSectionProps {
  organisationId: string;
  isOwner: boolean;
}

/**
 * Shows the organisation's issuer id and DID document, and lets an owner
 * replace its signing keys. Retired keys stay published, so badges signed
 * with them keep verifying.
 */
export function SigningKeysSection({
  organisationId,
  isOwner,
}: SigningKeysSectionProps) {
  const { t } = useTranslation();
  const identity = useQuery(IssuerIdentityQuery, { id: organisationId });
  const rotate = useMutation(RotateIssuerKeysMutation);
  const [confirming, setConfirming] = useState(false);
  const [rotated, setRotated] = useState(false);
  const errorId = useId();

  async function rotateKeys() {
    try {
      await rotate.mutate({ input: { organisationId } });
      setConfirming(false);
      setRotated(true);
    } catch {
      // The mutation state contains the error, which is shown below the buttons.
    }
  }

  if (identity.status === 'error') {
    return (
      <ErrorMessage
        error={identity.error}
        summaryKey="dashboard.keys.loadFailed"
        onRetry={identity.retry}
      />
    );
  }
  const issuerId = identity.data?.organisation?.issuerId;

  return (
    <section className="signing-keys">
      <h3>{t('dashboard.keys.title')}</h3>
      <p>{t('dashboard.keys.intro')}</p>
      {issuerId === undefined ? (
        <p role="status">{t('dashboard.keys.loading')}</p>
      ) : (
        <dl>
          <dt>{t('dashboard.keys.issuerId')}</dt>
          <dd className="signing-keys__id">{issuerId}</dd>
          <dt>{t('dashboard.keys.document')}</dt>
          <dd>
            <a href={`/issuers/${organisationId}/did.json`}>
              {t('dashboard.keys.documentLink')}
            </a>
          </dd>
        </dl>
      )}
      {isOwner && !confirming && (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('dashboard.keys.rotate')}
        </button>
      )}
      {isOwner && confirming && (
        <div role="group" aria-label={t('dashboard.keys.confirmLabel')}>
          <p>{t('dashboard.keys.confirmText')}</p>
          <button
            type="button"
            onClick={() => void rotateKeys()}
            disabled={rotate.state.status === 'pending'}
            aria-describedby={
              rotate.state.status === 'error' ? errorId : undefined
            }
          >
            {t('dashboard.keys.confirm')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('dashboard.keys.cancel')}
          </button>
        </div>
      )}
      {rotate.state.status === 'error' && (
        <RequestErrorText id={errorId} error={rotate.state.error} />
      )}
      {rotated && <p role="status">{t('dashboard.keys.rotated')}</p>}
    </section>
  );
}
