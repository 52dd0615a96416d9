import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { RequestErrorText } from '@/components/RequestErrorText';
import { useFormatLocale } from '@/i18n/useFormatLocale';
import { useMutation } from '@/lib/graphql/useMutation';

import {
  RevokeOrganisationVerificationMutation,
  VerifyOrganisationMutation,
} from '../graphql/verification';

interface VerificationControlsProps {
  organisation: {
    id: string;
    name: string;
    verified: boolean;
    verifiedAt?: string | null;
  };
  /** Called after a change, with the sentence to announce. */
  onChanged: (announcement: string) => void;
}

/**
 * Renders, for a platform administrator on a council's dashboard, whether
 * the council is verified, with Verify, or with Revoke behind a
 * confirmation because revoking stops the council's reviews at once.
 */
export function VerificationControls({
  organisation,
  onChanged,
}: VerificationControlsProps) {
  const { t } = useTranslation();
  const locale = useFormatLocale();
  const headingId = useId();
  const errorId = useId();
  const verify = useMutation(VerifyOrganisationMutation);
  const revoke = useMutation(RevokeOrganisationVerificationMutation);
  const [confirming, setConfirming] = useState(false);
  const revokeButton = useRef<HTMLButtonElement>(null);
  const refocusRevoke = useRef(false);
  const { name } = organisation;
  const error = organisation.verified ? revoke.state.error : verify.state.error;
  const pending =
    verify.state.status === 'pending' || revoke.state.status === 'pending';

  useEffect(
    function focusRevokeAfterCancel() {
      // Runs once the question is gone and the Revoke button is back.
      if (confirming || !refocusRevoke.current) return;

      refocusRevoke.current = false;
      revokeButton.current?.focus();
    },
    [confirming],
  );

  async function verifyCouncil() {
    try {
      await verify.mutate({ input: { organisationId: organisation.id } });
    } catch {
      return;
    }
    onChanged(t('admin.verification.verified', { name }));
  }

  async function revokeVerification() {
    try {
      await revoke.mutate({ input: { organisationId: organisation.id } });
    } catch {
      return;
    }
    setConfirming(false);
    onChanged(t('admin.verification.revoked', { name }));
  }

  function cancel() {
    refocusRevoke.current = true;
    setConfirming(false);
    revoke.reset();
  }

  return (
    <section
      className="notice verification-controls"
      aria-labelledby={headingId}
    >
      <h2 id={headingId} className="visually-hidden">
        {t('admin.verification.title')}
      </h2>
      <p>
        {organisation.verified && organisation.verifiedAt
          ? t('admin.verification.verifiedOn', {
              date: new Intl.DateTimeFormat(locale, {
                dateStyle: 'medium',
              }).format(new Date(organisation.verifiedAt)),
            })
          : t('admin.verification.notVerified')}
      </p>
      {!organisation.verified && (
        <div className="verification-controls__actions">
          <button
            type="button"
            className="button"
            disabled={pending}
            aria-describedby={error === undefined ? undefined : errorId}
            onClick={() => void verifyCouncil()}
          >
            {pending
              ? t('admin.verification.verifying')
              : t('admin.verification.verify')}
          </button>
        </div>
      )}
      {organisation.verified && !confirming && (
        <div className="verification-controls__actions">
          <button
            ref={revokeButton}
            type="button"
            className="button button--secondary"
            onClick={() => setConfirming(true)}
          >
            {t('admin.verification.revoke')}
          </button>
        </div>
      )}
      {organisation.verified && confirming && (
        <div
          role="group"
          aria-label={t('admin.verification.revoke')}
          className="verification-controls__confirm"
        >
          <p>{t('admin.verification.revokeQuestion', { name })}</p>
          <div className="verification-controls__actions">
            <button
              type="button"
              className="button"
              disabled={pending}
              aria-describedby={error === undefined ? undefined : errorId}
              // The question replaces the Revoke button, so focus moves here.
              autoFocus
              onClick={() => void revokeVerification()}
            >
              {pending
                ? t('admin.verification.revoking')
                : t('admin.verification.confirmRevoke')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={cancel}
            >
              {t('admin.verification.cancel')}
            </button>
          </div>
        </div>
      )}
      {error !== undefined && <RequestErrorText id={errorId} error={error} />}
    </section>
  );
}
