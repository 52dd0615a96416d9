import '../organisations.css';

import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { ErrorMessage } from '@/components/ErrorMessage';
import { usePageTitle } from '@/lib/document/usePageTitle';
import { useMutation } from '@/lib/graphql/useMutation';
import { useViewer } from '@/modules/accounts';

import { AcceptInvitationMutation } from '../graphql/organisations';

/**
 * Renders the page at `/invitations/accept?token=`. Accepting waits for a
 * button press, so that a link preview or prefetch cannot accept it.
 */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  usePageTitle(t('invitation.title'));
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const { viewer, refresh } = useViewer();
  const accept = useMutation(AcceptInvitationMutation);
  const membership = accept.state.data?.acceptInvitation;

  async function acceptInvitation() {
    try {
      await accept.mutate({ input: { token } });
      await refresh();
    } catch {
      // The page shows the API's message, such as an expired invitation.
    }
  }

  return (
    <main className="page invitation-page">
      <h1>{t('invitation.title')}</h1>
      {token === '' ? (
        <p role="alert" className="error-message">
          {t('invitation.noToken')}
        </p>
      ) : membership !== undefined ? (
        <div role="status">
          <p>
            {t('invitation.accepted', {
              name: membership.organisation.name,
              role: t(`dashboard.roles.${membership.role}`),
            })}
          </p>
          <Link to={`/organisations/${membership.organisation.id}`}>
            {t('invitation.open', { name: membership.organisation.name })}
          </Link>
        </div>
      ) : (
        <>
          <p>{t('invitation.intro', { email: viewer?.email ?? '' })}</p>
          {accept.state.error !== undefined && (
            <ErrorMessage error={accept.state.error} />
          )}
          <button
            type="button"
            className="button"
            disabled={accept.state.status === 'pending'}
            onClick={() => void acceptInvitation()}
          >
            {t('invitation.accept')}
          </button>
        </>
      )}
    </main>
  );
}
