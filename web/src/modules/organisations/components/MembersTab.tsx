import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorMessage } from '@/components/ErrorMessage';
import { useQuery } from '@/lib/graphql/useQuery';

import { OrganisationMembersQuery } from '../graphql/organisations';
import { InvitationsList } from './InvitationsList';
import { InviteMemberForm } from './InviteMemberForm';
import { MemberRow } from './MemberRow';

interface MembersTabProps {
  organisationId: string;
  isOwner: boolean;
}

/** Renders the members with their roles and, for owners, invitations. */
export function MembersTab({ organisationId, isOwner }: MembersTabProps) {
  const { t } = useTranslation();
  const members = useQuery(OrganisationMembersQuery, { id: organisationId });
  const [notice, setNotice] = useState('');
  const [invitations, setInvitations] = useState(0);
  const { retry } = members;
  const list = members.data?.organisation?.members ?? [];

  const afterMemberChange = useCallback(
    (message: string) => {
      setNotice(message);
      retry();
    },
    [retry],
  );
  const afterInvite = useCallback((message: string) => {
    setNotice(message);
    setInvitations((count) => count + 1);
  }, []);

  return (
    <section className="dashboard-section">
      <p role="status" className="dashboard-section__notice">
        {notice}
      </p>
      {members.status === 'error' && (
        <ErrorMessage
          error={members.error}
          summaryKey="dashboard.members.loadFailed"
          onRetry={retry}
        />
      )}
      {members.data === undefined && members.status !== 'error' && (
        <p role="status">{t('dashboard.members.loading')}</p>
      )}
      {list.length > 0 && (
        <ul className="member-rows" aria-label={t('dashboard.members.label')}>
          {list.map((member) => (
            <MemberRow
              // The role is in the key so a reload resets the row's select.
              key={`${member.user.id}:${member.role}`}
              organisationId={organisationId}
              member={member}
              canManage={isOwner}
              onChanged={afterMemberChange}
            />
          ))}
        </ul>
      )}
      {isOwner && (
        <>
          <InviteMemberForm
            organisationId={organisationId}
            onInvited={afterInvite}
          />
          <InvitationsList
            organisationId={organisationId}
            version={invitations}
            onRevoked={setNotice}
          />
        </>
      )}
    </section>
  );
}
