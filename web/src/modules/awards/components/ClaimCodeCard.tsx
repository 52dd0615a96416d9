import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { RequestErrorText } from '@/components/RequestErrorText';
import type { ClaimCodeFieldsFragment } from '@/gql/graphql';
import { useFormatLocale } from '@/i18n/useFormatLocale';
import { useMutation } from '@/lib/graphql/useMutation';
import { ConfirmStep } from '@/modules/registrations/components/ConfirmStep';

import { RevokeClaimCodeMutation } from '../graphql/awards';

/**
 * Renders one claim code: the code in large text, its QR code (as an image,
 * so the SVG runs no script), its use and expiry, and a revoke button. "Show
 * large" fills the screen for learners to scan at an event.
 */
export function ClaimCodeCard({ code }: { code: ClaimCodeFieldsFragment }) {
  const { t } = useTranslation();
  const locale = useFormatLocale();
  const revoke = useMutation(RevokeClaimCodeMutation);
  const [current, setCurrent] = useState(code);
  const [large, setLarge] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const errorId = useId();
  const expires = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(current.expiresAt));

  async function confirmRevoke() {
    setConfirming(false);
    try {
      const data = await revoke.mutate({ input: { claimCodeId: code.id } });
      setCurrent(data.revokeClaimCode);
    } catch {
      // The error shows below the card.
    }
  }

  return (
    <li
      className={large ? 'claim-code claim-code--large' : 'claim-code'}
      onKeyDown={(event) => {
        if (large && event.key === 'Escape') setLarge(false);
      }}
    >
      <p className="claim-code__code" aria-label={t('awards.codes.codeLabel')}>
        {current.code}
      </p>
      <img
        className="claim-code__qr"
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(current.qrCodeSvg)}`}
        alt={t('awards.codes.qrAlt', { url: current.claimUrl })}
      />
      <p className="claim-code__url">{current.claimUrl}</p>
      <p>
        {current.revoked
          ? t('awards.codes.revoked')
          : t('awards.codes.usage', {
              count: current.redemptionCount,
              limit: current.maxRedemptions ?? t('awards.codes.unlimited'),
              date: expires,
            })}
      </p>
      <div className="claim-code__actions">
        <button
          type="button"
          className="button button--secondary"
          aria-pressed={large}
          onClick={() => setLarge((value) => !value)}
        >
          {large
            ? t('awards.codes.showSmall', { code: current.code })
            : t('awards.codes.showLarge', { code: current.code })}
        </button>
        {!current.revoked &&
          (confirming ? (
            <ConfirmStep
              question={t('awards.codes.revokeQuestion')}
              confirmLabel={t('awards.codes.revokeConfirm')}
              cancelLabel={t('awards.codes.revokeCancel')}
              pending={revoke.state.status === 'pending'}
              onConfirm={() => void confirmRevoke()}
              onCancel={() => setConfirming(false)}
            />
          ) : (
            <button
              type="button"
              className="button button--secondary"
              disabled={revoke.state.status === 'pending'}
              onClick={() => setConfirming(true)}
            >
              {t('awards.codes.revoke', { code: current.code })}
            </button>
          ))}
      </div>
      {revoke.state.status === 'error' && (
        <RequestErrorText id={errorId} error={revoke.state.error} />
      )}
    </li>
  );
}
