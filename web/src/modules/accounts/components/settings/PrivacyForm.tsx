import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { useMutation } from '@/lib/graphql/useMutation';

import { ADULT_AGE } from '../../account-rules';
import { UpdateProfileMutation } from '../../graphql/settings';
import { useForm } from '../../hooks/useForm';
import { CheckboxField } from '../form/CheckboxField';
import { FormAlert } from '../form/FormAlert';
import type { AccountSettings } from './settings-types';
import { SettingsSection } from './SettingsSection';
import { SuccessStatus } from './SuccessStatus';

interface PrivacyValues extends Record<string, boolean> {
  publicProfile: boolean;
  employerContact: boolean;
  shareLocation: boolean;
}

/**
 * Renders the privacy choices. For a learner who may be under 18 it
 * explains the safer rules, and location sharing stays off and disabled
 * until the year they turn 19, as the API enforces.
 */
export function PrivacyForm({ account }: { account: AccountSettings }) {
  const { t } = useTranslation();
  const { state, mutate, reset } = useMutation(UpdateProfileMutation);
  const alert = useRef<HTMLDivElement>(null);
  const form = useForm<PrivacyValues>(
    {
      publicProfile: account.profileVisibility === 'PUBLIC',
      employerContact: account.employerContact,
      shareLocation: account.shareLocation,
    },
    () => ({}),
  );
  const minor = account.isMinor;

  async function save(values: PrivacyValues) {
    reset();
    try {
      await mutate({
        input: {
          profileVisibility: values.publicProfile ? 'PUBLIC' : 'PRIVATE',
          employerContact: values.employerContact,
          // A minor's account keeps its stored value, which the API also
          // holds off.
          ...(minor ? {} : { shareLocation: values.shareLocation }),
        },
      });
    } catch (error) {
      form.showServerError(error, alert.current);
    }
  }

  return (
    <SettingsSection title={t('account.privacy.title')}>
      {minor && (
        <div className="notice">
          <p>{t('account.privacy.minorIntro', { adultAge: ADULT_AGE })}</p>
          <ul>
            <li>{t('account.privacy.minorProfile')}</li>
            <li>{t('account.privacy.minorEmployers')}</li>
            <li>
              {t('account.privacy.minorLocation', {
                year: account.birthYear + ADULT_AGE + 1,
              })}
            </li>
          </ul>
        </div>
      )}
      <form className="form" noValidate onSubmit={form.handleSubmit(save)}>
        <CheckboxField
          label={t('account.privacy.publicProfile')}
          hint={t('account.privacy.publicProfileHint')}
          field={form.checkboxProps('publicProfile')}
          error={form.errorOf('publicProfile')}
        />
        <CheckboxField
          label={t('account.privacy.employerContact')}
          hint={t('account.privacy.employerContactHint')}
          field={form.checkboxProps('employerContact')}
          error={form.errorOf('employerContact')}
        />
        <CheckboxField
          label={t('account.privacy.shareLocation')}
          hint={
            minor
              ? t('account.privacy.shareLocationMinor', {
                  year: account.birthYear + ADULT_AGE + 1,
                })
              : t('account.privacy.shareLocationHint')
          }
          field={form.checkboxProps('shareLocation')}
          error={form.errorOf('shareLocation')}
          disabled={minor}
        />
        <FormAlert ref={alert} failure={form.failure} />
        <div className="form-actions">
          <button
            type="submit"
            className="button"
            disabled={state.status === 'pending'}
          >
            {state.status === 'pending'
              ? t('account.saving')
              : t('account.privacy.save')}
          </button>
          <SuccessStatus
            message={
              state.status === 'success' ? t('account.privacy.saved') : null
            }
          />
        </div>
      </form>
    </SettingsSection>
  );
}
