import '../../accounts.css';

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { useQuery } from '@/lib/graphql/useQuery';

import { AccountSettingsQuery, MySessionsQuery } from '../../graphql/settings';
import { RequireSignIn } from '../RequireSignIn';
import { ChangeEmailForm } from '../settings/ChangeEmailForm';
import { ChangePasswordForm } from '../settings/ChangePasswordForm';
import { DeleteAccountForm } from '../settings/DeleteAccountForm';
import { EmailAddressesSection } from '../settings/EmailAddressesSection';
import { EmployerConsentsSection } from '../settings/EmployerConsentsSection';
import { HomeAreaSection } from '../settings/HomeAreaSection';
import { PrivacyForm } from '../settings/PrivacyForm';
import { ProfileForm } from '../settings/ProfileForm';
import { SessionsSection } from '../settings/SessionsSection';
import { SettingsSection } from '../settings/SettingsSection';
import { VerificationBanner } from '../settings/VerificationBanner';

/** REST route that returns everything stored about the user as JSON. */
const EXPORT_URL = '/api/account/export';

function AccountSettingsView() {
  const { t } = useTranslation();
  const settings = useQuery(AccountSettingsQuery, {});
  const sessions = useQuery(MySessionsQuery, {});
  const account = settings.data?.me ?? null;

  if (settings.status === 'error') {
    return (
      <ErrorMessage
        error={settings.error}
        summaryKey="account.loadFailed"
        onRetry={settings.retry}
      />
    );
  }
  if (account === null) {
    return <p role="status">{t('account.loading')}</p>;
  }

  return (
    <>
      {!account.emailVerified && <VerificationBanner email={account.email} />}
      <ProfileForm account={account} />
      <PrivacyForm account={account} />
      <HomeAreaSection />
      <EmployerConsentsSection />
      <ChangeEmailForm account={account} onChanged={settings.retry} />
      <EmailAddressesSection />
      <ChangePasswordForm onChanged={sessions.retry} />
      <SessionsSection sessions={sessions} />
      <p>
        <Link to="/account/connected-apps">
          {t('connectedApps.list.title')}
        </Link>
      </p>
      <SettingsSection title={t('account.export.title')}>
        <p>{t('account.export.body')}</p>
        <a href={EXPORT_URL} download className="button button--secondary">
          {t('account.export.link')}
        </a>
      </SettingsSection>
      <DeleteAccountForm />
    </>
  );
}

/** Renders the signed-in user's account settings, one form per section. */
export function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.title'));

  return (
    <RequireSignIn>
      <main className="page account-page">
        <h1>{t('account.title')}</h1>
        <AccountSettingsView />
      </main>
    </RequireSignIn>
  );
}
