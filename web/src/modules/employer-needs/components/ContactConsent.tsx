import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import { useMutation } from '@/lib/graphql/useMutation';
import { useQuery } from '@/lib/graphql/useQuery';

import {
  AllowEmployerContactMutation,
  LearnerContactSettingsQuery,
  WithdrawEmployerContactMutation,
} from '../graphql/learner';
import { useNeedFormats } from '../hooks/useNeedFormats';

interface ContactConsentProps {
  employer: { id: string; name: string };
}

/**
 * Lets a signed-in learner allow this employer to contact them, or stop
 * it. Consent needs the general employer-contact setting on, so while it
 * is off the control points to the settings instead.
 */
export function ContactConsent({ employer }: ContactConsentProps) {
  const { t } = useTranslation();
  const formats = useNeedFormats();
  const settings = useQuery(LearnerContactSettingsQuery, {});
  const allow = useMutation(AllowEmployerContactMutation);
  const withdraw = useMutation(WithdrawEmployerContactMutation);
  const data = settings.data;
  const consent = data?.myEmployerContactConsents.find(
    (each) => each.employer.id === employer.id,
  );
  const pending =
    allow.state.status === 'pending' || withdraw.state.status === 'pending';
  const failure =
    allow.state.status === 'error'
      ? allow.state.error
      : withdraw.state.status === 'error'
        ? withdraw.state.error
        : undefined;

  async function run(action: () => Promise<unknown>) {
    try {
      await action();
      settings.retry();
    } catch {
      // The mutation state holds the error, which is shown below.
    }
  }

  if (settings.status === 'error') {
    return (
      <ErrorMessage
        error={settings.error}
        summaryKey="employerNeeds.consent.loadFailed"
        onRetry={settings.retry}
      />
    );
  }
  if (data === undefined || data.me === null) {
    return <p role="status">{t('employerNeeds.loading')}</p>;
  }

  return (
    <div className="need-consent">
      <h3>{t('employerNeeds.consent.title', { employer: employer.name })}</h3>
      {!data.me.employerContact && consent === undefined ? (
        <p className="notice">
          {t('employerNeeds.consent.settingOff')}{' '}
          <Link to="/account">{t('employerNeeds.consent.settingsLink')}</Link>
        </p>
      ) : consent === undefined ? (
        <>
          <p>
            {t(
              data.me.isMinor
                ? 'employerNeeds.consent.explainMinor'
                : 'employerNeeds.consent.explain',
              { employer: employer.name },
            )}
          </p>
          <button
            type="button"
            className="button"
            disabled={pending}
            onClick={() =>
              void run(() => allow.mutate({ employerId: employer.id }))
            }
          >
            {t('employerNeeds.consent.allow', { employer: employer.name })}
          </button>
        </>
      ) : (
        <>
          <p>
            {t('employerNeeds.consent.allowed', {
              employer: employer.name,
              date: formats.instant(consent.createdAt),
            })}
          </p>
          <button
            type="button"
            className="button button--secondary"
            disabled={pending}
            onClick={() =>
              void run(() => withdraw.mutate({ employerId: employer.id }))
            }
          >
            {t('employerNeeds.consent.stop', { employer: employer.name })}
          </button>
        </>
      )}
      <p role="status">
        {allow.state.status === 'success'
          ? t('employerNeeds.consent.allowedNow', { employer: employer.name })
          : withdraw.state.status === 'success'
            ? t('employerNeeds.consent.stoppedNow', { employer: employer.name })
            : ''}
      </p>
      {failure !== undefined && (
        <ErrorMessage
          error={failure}
          summaryKey="employerNeeds.consent.failed"
        />
      )}
    </div>
  );
}
