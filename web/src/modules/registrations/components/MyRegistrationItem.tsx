import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { RequestErrorText } from '@/components/RequestErrorText';
import type { MyRegistrationFieldsFragment } from '@/gql/graphql';
import { useFormatLocale } from '@/i18n/useFormatLocale';
import { useMutation } from '@/lib/graphql/useMutation';
import { formatSessionRange } from '@/modules/opportunities/format';

import { WithdrawRegistrationMutation } from '../graphql/registrations';
import { registrationSummary } from '../registration-text';
import { ConfirmStep } from './ConfirmStep';

interface MyRegistrationItemProps {
  registration: MyRegistrationFieldsFragment;
  canWithdraw: boolean;
  /** Receives the sentence to announce after a withdrawal. */
  onWithdrawn: (announcement: string) => void;
}

/**
 * Renders one of the learner's registrations: the opportunity, its session
 * time in the session's own time zone, the status and, once marked, the
 * attendance. Withdrawing needs a confirmation first.
 */
export function MyRegistrationItem({
  registration,
  canWithdraw,
  onWithdrawn,
}: MyRegistrationItemProps) {
  const { t } = useTranslation();
  const locale = useFormatLocale();
  const withdraw = useMutation(WithdrawRegistrationMutation);
  const [status, setStatus] = useState(registration.status);
  const [confirming, setConfirming] = useState(false);
  const withdrawButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Where focus goes once the confirmation step has gone, because the
  // element that had focus goes with it.
  const focusAfter = useRef<'withdraw' | 'heading' | null>(null);
  const headingId = useId();
  const errorId = useId();
  const { session, opportunity } = registration;
  const current = { ...registration, status };

  useEffect(
    function moveFocusAfterConfirmStep() {
      if (confirming || focusAfter.current === null) return;

      const target =
        focusAfter.current === 'withdraw' ? withdrawButton : heading;
      focusAfter.current = null;
      target.current?.focus();
    },
    [confirming, status],
  );

  async function confirmWithdraw() {
    try {
      const result = await withdraw.mutate({
        input: { registrationId: registration.id },
      });
      focusAfter.current = 'heading';
      setStatus(result.withdrawRegistration.status);
      setConfirming(false);
      onWithdrawn(
        t('myRegistrations.withdrawnFrom', { title: opportunity.title }),
      );
    } catch {
      focusAfter.current = 'withdraw';
      setConfirming(false);
    }
  }

  function cancel() {
    focusAfter.current = 'withdraw';
    setConfirming(false);
  }

  return (
    <li className="registration-item" aria-labelledby={headingId}>
      <h2
        ref={heading}
        id={headingId}
        className="registration-item__title"
        tabIndex={-1}
      >
        {opportunity.title}
      </h2>
      <p className="registration-item__provider">
        {t('myRegistrations.provider', { name: opportunity.provider.name })}
      </p>
      <p>
        <time dateTime={session.startsAt}>
          {formatSessionRange(
            session.startsAt,
            session.endsAt,
            session.timeZone,
            locale,
          )}
        </time>
      </p>
      <p
        className={`registration-item__status status--${status.toLowerCase()}`}
      >
        {registrationSummary(t, current)}
      </p>
      {registration.attendance !== null &&
        registration.attendance !== undefined && (
          <p className="registration-item__attendance">
            {t(`attendance.${registration.attendance}`)}
          </p>
        )}
      {canWithdraw && status !== 'WITHDRAWN' && !confirming && (
        <button
          ref={withdrawButton}
          type="button"
          className="button button--secondary"
          aria-describedby={
            withdraw.state.error === undefined
              ? headingId
              : `${headingId} ${errorId}`
          }
          onClick={() => {
            withdraw.reset();
            setConfirming(true);
          }}
        >
          {t('register.withdraw')}
        </button>
      )}
      {confirming && (
        <ConfirmStep
          question={t('register.withdrawQuestion')}
          confirmLabel={t('register.withdrawConfirm')}
          cancelLabel={t('register.withdrawCancel')}
          pending={withdraw.state.status === 'pending'}
          onConfirm={() => void confirmWithdraw()}
          onCancel={cancel}
        />
      )}
      {withdraw.state.error !== undefined && (
        <RequestErrorText id={errorId} error={withdraw.state.error} />
      )}
    </li>
  );
}
