import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/ErrorMessage';
import { useFormatLocale } from '@/i18n/useFormatLocale';
import { useMutation } from '@/lib/graphql/useMutation';
import { useQuery } from '@/lib/graphql/useQuery';

import {
  OrganisationInvitationsQuery,
  RevokeInvitationMutation,
} from '../graphql/organisations';

interface InvitationsListProps {
  organisationId: string;
  /** Changes after each new invitation, to load the list again. */
  version: number;
  onRevoked: (message: string) => void;
}

/** Renders the pending invitations, each with a Revoke button. */
export function InvitationsList({
  organisationId,
  version,
  onRevoked,
}: InvitationsListProps) {
  const { t } = useTranslation();
  const locale = useFormatLocale();
  const headingId = useId();
  const result = useQuery(OrganisationInvitationsQuery, { id: organisationId });
  const { retry } = result;
  const revoke = useMutation(RevokeInvitationMutation);
  const invitations = result.data?.organisation?.invitations ?? [];

  useEffect(
    function reloadAfterInvite() {
      if (version > 0) retry();
    },
    [version, retry],
  );

  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });

  async function revokeInvitation(id: string, email: string) {
    try {
      await revoke.mutate({ input: { invitationId: id } });
      onRevoked(t('dashboard.invitations.revoked', { email }));
      retry();
    } catch {
      // The list shows the error.
    }
  }

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('dashboard.invitations.title')}</h3>
      {result.status === 'error' && (
        <ErrorMessage
          error={result.error}
          summaryKey="dashboard.invitations.loadFailed"
          onRetry={result.retry}
        />
      )}
      {result.status === 'loading' && result.data === undefined && (
        <p role="status">{t('dashboard.invitations.loading')}</p>
      )}
      {result.status === 'success' && invitations.length === 0 && (
        <p className="empty-state">{t('dashboard.invitations.empty')}</p>
      )}
      {revoke.state.error !== undefined && (
        <ErrorMessage error={revoke.state.error} />
      )}
      {invitations.length > 0 && (
        <ul className="invitation-rows">
          {invitations.map((invitation) => (
            <li key={invitation.id} className="invitation-row">
              <span>
                {t('dashboard.invitations.entry', {
                  email: invitation.email,
                  role: t(`dashboard.roles.${invitation.role}`),
                  expires: date.format(new Date(invitation.expiresAt)),
                })}
              </span>
              <button
                type="button"
                className="button button--secondary"
                disabled={revoke.state.status === 'pending'}
                onClick={() =>
                  void revokeInvitation(invitation.id, invitation.email)
                }
              >
                {t('dashboard.invitations.revoke', { email: invitation.email })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
