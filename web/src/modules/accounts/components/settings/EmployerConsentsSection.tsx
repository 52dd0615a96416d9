import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import { useFormatLocale } from '@/i18n/useFormatLocale';
import { useMutation } from '@/lib/graphql/useMutation';
import { useQuery } from '@/lib/graphql/useQuery';
import {
  LearnerContactSettingsQuery,
  WithdrawEmployerContactMutation,
} from '@/modules/employer-needs/graphql/learner';

import { SettingsSection } from './SettingsSection';
import { SuccessStatus } from './SuccessStatus';

/**
 * Lists the employers the learner let contact them about skill needs, each
 * with a Withdraw button. Withdrawing removes the learner from that
 * employer's contact list at once.
 */
export function EmployerConsentsSection() {
  const { t } = useTranslation();
  const locale = useFormatLocale();
  const settings = useQuery(LearnerContactSettingsQuery, {});
  const withdraw = useMutation(WithdrawEmployerContactMutation);
  const [done, setDone] = useState<string | null>(null);
  const consents = settings.data?.myEmployerContactConsents ?? [];
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });

  async function stop(employer: { id: string; name: string }) {
    setDone(null);
    try {
      await withdraw.mutate({ employerId: employer.id });
      setDone(
        t('employerNeeds.settings.withdrawn', { employer: employer.name }),
      );
      settings.retry();
    } catch {
      // The mutation state holds the error, which is shown below.
    }
  }

  return (
    <SettingsSection title={t('employerNeeds.settings.consentsTitle')}>
      <p className="hint">
        {t('employerNeeds.settings.consentsExplain')}{' '}
        <Link to="/my/needs">{t('employerNeeds.settings.myNeedsLink')}</Link>
      </p>
      {settings.status === 'error' && (
        <ErrorMessage
          error={settings.error}
          summaryKey="employerNeeds.settings.consentsLoadFailed"
          onRetry={settings.retry}
        />
      )}
      {settings.status === 'success' && consents.length === 0 && (
        <p>{t('employerNeeds.settings.consentsEmpty')}</p>
      )}
      {consents.length > 0 && (
        <ul className="consent-list">
          {consents.map((consent) => (
            <li key={consent.employer.id} className="consent-list__item">
              <span>
                {t('employerNeeds.settings.consentSince', {
                  employer: consent.employer.name,
                  date: dates.format(new Date(consent.createdAt)),
                })}
              </span>{' '}
              <button
                type="button"
                className="button button--secondary"
                disabled={withdraw.state.status === 'pending'}
                onClick={() => void stop(consent.employer)}
              >
                {t('employerNeeds.settings.withdraw')}
                <span className="visually-hidden">
                  {' '}
                  {consent.employer.name}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <SuccessStatus message={done} />
      {withdraw.state.status === 'error' && (
        <ErrorMessage
          error={withdraw.state.error}
          summaryKey="employerNeeds.settings.withdrawFailed"
        />
      )}
    </SettingsSection>
  );
}
