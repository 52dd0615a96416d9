import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { RequestErrorText } from '@/components/RequestErrorText';
import type {
  SessionPlacesFieldsFragment,
  ViewerRegistrationFieldsFragment,
} from '@/gql/graphql';
import { useFormatLocale } from '@/i18n/useFormatLocale';
import { useMutation } from '@/lib/graphql/useMutation';
import { formatSessionTime } from '@/modules/opportunities/format';

import {
  RegisterForSessionMutation,
  WithdrawRegistrationMutation,
} from '../graphql/registrations';
import { placesLeftText, registrationSummary } from '../registration-text';
import { ConfirmStep } from './ConfirmStep';

interface SessionRegisterItemProps {
  session: SessionPlacesFieldsFragment;
  registration: ViewerRegistrationFieldsFragment | null;
  signedIn: boolean;
  onChange: (
    sessionId: string,
    registration: ViewerRegistrationFieldsFragment,
  ) => void;
  /** Called after a failed request, so that counts are loaded again. */
  onFailure: () => void;
}

/**
 * Renders one session with its places left and the viewer's place, and the
 * Register, "Join the waiting list" or Withdraw action. An API error, such as
 * an age range the viewer is outside, shows below the session it concerns.
 */
export function SessionRegisterItem({
  session,
  registration,
  signedIn,
  onChange,
  onFailure,
}: SessionRegisterItemProps) {
  const { t } = useTranslation();
  const locale = useFormatLocale();
  const register = useMutation(RegisterForSessionMutation);
  const withdraw = useMutation(WithdrawRegistrationMutation);
  const [confirming, setConfirming] = useState(false);
  const action = useRef<HTMLButtonElement>(null);
  const focusAction = useRef(false);
  const timeId = useId();
  const errorId = useId();
  const active =
    registration !== null && registration.status !== 'WITHDRAWN'
      ? registration
      : null;
  const full =
    session.placesLeft !== null && session.placesLeft !== undefined
      ? session.placesLeft <= 0
      : false;
  const failed = register.state.error ?? withdraw.state.error;
  const places = placesLeftText(t, session.placesLeft);

  useEffect(
    function focusNewActionAfterChange() {
      if (!focusAction.current) return;

      focusAction.current = false;
      action.current?.focus();
    },
    [active?.id, active?.status, confirming],
  );

  async function registerForSession() {
    withdraw.reset();
    try {
      const result = await register.mutate({
        input: { sessionId: session.id },
      });
      focusAction.current = true;
      onChange(session.id, result.registerForSession);
    } catch {
      onFailure();
    }
  }

  async function withdrawRegistration(registrationId: string) {
    register.reset();
    try {
      const result = await withdraw.mutate({ input: { registrationId } });
      focusAction.current = true;
      setConfirming(false);
      onChange(session.id, result.withdrawRegistration);
    } catch {
      setConfirming(false);
      onFailure();
    }
  }

  function cancelWithdraw() {
    focusAction.current = true;
    setConfirming(false);
  }

  const describedBy = failed === undefined ? timeId : `${timeId} ${errorId}`;

  return (
    <li className="register__session">
      <time id={timeId} dateTime={session.startsAt}>
        {formatSessionTime(session.startsAt, session.timeZone, locale)}
      </time>
      {places !== null && <span className="register__places">{places}</span>}
      {active !== null && (
        <p className="register__mine">{registrationSummary(t, active)}</p>
      )}
      {signedIn && active === null && (
        <button
          ref={action}
          type="button"
          className="button"
          aria-describedby={describedBy}
          disabled={register.state.status === 'pending'}
          onClick={() => void registerForSession()}
        >
          {full ? t('register.joinWaitlist') : t('register.register')}
        </button>
      )}
      {signedIn && active !== null && !confirming && (
        <button
          ref={action}
          type="button"
          className="button button--secondary"
          aria-describedby={describedBy}
          onClick={() => setConfirming(true)}
        >
          {t('register.withdraw')}
        </button>
      )}
      {signedIn && active !== null && confirming && (
        <ConfirmStep
          question={t('register.withdrawQuestion')}
          confirmLabel={t('register.withdrawConfirm')}
          cancelLabel={t('register.withdrawCancel')}
          pending={withdraw.state.status === 'pending'}
          onConfirm={() => void withdrawRegistration(active.id)}
          onCancel={cancelWithdraw}
        />
      )}
      {failed !== undefined && <RequestErrorText id={errorId} error={failed} />}
    </li>
  );
}
