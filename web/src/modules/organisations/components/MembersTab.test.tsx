import { installFakeApi } from '@test/fake-api';
import { renderWithApp } from '@test/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { errorReply } from '@/modules/accounts/testing';

import { MembersTab } from './MembersTab';
import { ORGANISATION_ID } from './organisation-fixtures';

const MEMBERS = [
  {
    role: 'OWNER',
    joinedAt: '2026-01-10T00:00:00.000Z',
    user: { id: 'user-1', name: 'Alex Rivera', email: 'alex@example.org' },
  },
  {
    role: 'EDITOR',
    joinedAt: '2026-02-10T00:00:00.000Z',
    user: { id: 'user-2', name: 'Sam Lee', email: 'sam@example.org' },
  },
];

function membersHandler() {
  return {
    body: {
      data: { organisation: { id: ORGANISATION_ID, members: MEMBERS } },
    },
  };
}

function invitationsHandler(invitations: unknown[]) {
  return () => ({
    body: {
      data: { organisation: { id: ORGANISATION_ID, invitations } },
    },
  });
}

const PENDING = {
  id: 'invitation-1',
  email: 'jo@example.org',
  role: 'AWARDER',
  expiresAt: '2027-01-20T00:00:00.000Z',
  createdAt: '2027-01-06T00:00:00.000Z',
};

function memberRow(name: string): HTMLElement {
  const list = screen.getByRole('list', { name: 'Members' });

  return [...list.children].find((row) =>
    row.textContent?.includes(name),
  ) as HTMLElement;
}

describe('MembersTab', () => {
  test('lists members with roles', async () => {
    installFakeApi({
      OrganisationMembers: membersHandler,
      OrganisationInvitations: invitationsHandler([]),
    });
    renderWithApp(
      <MembersTab organisationId={ORGANISATION_ID} isOwner={false} />,
    );

    await screen.findByRole('list', { name: 'Members' });
    expect(memberRow('Alex Rivera')).toHaveTextContent('Owner');
    expect(memberRow('Sam Lee')).toHaveTextContent('Editor');
    expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull();
    expect(
      screen.queryByRole('heading', { name: 'Invite someone' }),
    ).toBeNull();
  });

  test('owner invites by e-mail with a role', async () => {
    const user = userEvent.setup();
    let invited = false;
    const api = installFakeApi({
      OrganisationMembers: membersHandler,
      OrganisationInvitations: () =>
        invitationsHandler(invited ? [PENDING] : [])(),
      InviteMember: (variables) => {
        invited = true;

        return {
          body: {
            data: {
              inviteMember: {
                ...PENDING,
                email: (variables.input as { email: string }).email,
              },
            },
          },
        };
      },
    });
    renderWithApp(<MembersTab organisationId={ORGANISATION_ID} isOwner />);
    await screen.findByText('No invitations are waiting for an answer.');

    await user.type(
      screen.getByRole('textbox', { name: 'E-mail address' }),
      'jo@example.org',
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Role' }),
      'Awarder',
    );
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));

    expect(
      await screen.findByText('An invitation was sent to jo@example.org.'),
    ).toHaveAttribute('role', 'status');
    expect(api.requestsFor('InviteMember')[0]?.variables).toEqual({
      input: {
        organisationId: ORGANISATION_ID,
        email: 'jo@example.org',
        role: 'AWARDER',
      },
    });
    expect(
      await screen.findByText(/jo@example\.org, as Awarder, until/),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'E-mail address' })).toHaveValue(
      '',
    );
  });

  test('invalid e-mail is caught before sending', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      OrganisationMembers: membersHandler,
      OrganisationInvitations: invitationsHandler([]),
    });
    renderWithApp(<MembersTab organisationId={ORGANISATION_ID} isOwner />);
    const email = await screen.findByRole('textbox', {
      name: 'E-mail address',
    });

    await user.type(email, 'jo-at-example');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));

    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(
      'Enter an e-mail address such as name@example.org.',
    );
    expect(email).toHaveFocus();
    expect(api.requestsFor('InviteMember')).toHaveLength(0);
  });

  test('server e-mail error shows on the field', async () => {
    const user = userEvent.setup();
    installFakeApi({
      OrganisationMembers: membersHandler,
      OrganisationInvitations: invitationsHandler([]),
      InviteMember: () =>
        errorReply(
          'sam@example.org is already a member of this organisation.',
          {
            code: 'CONFLICT',
            field: 'input.email',
          },
        ),
    });
    renderWithApp(<MembersTab organisationId={ORGANISATION_ID} isOwner />);
    const email = await screen.findByRole('textbox', {
      name: 'E-mail address',
    });

    await user.type(email, 'sam@example.org');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));

    await waitFor(() =>
      expect(email).toHaveAccessibleDescription(
        'sam@example.org is already a member of this organisation.',
      ),
    );
    expect(email).toHaveAttribute('aria-invalid', 'true');
  });

  test('removing the last owner shows the conflict', async () => {
    const user = userEvent.setup();
    const message =
      'Alex Rivera is the last owner; make another member an owner first.';
    installFakeApi({
      OrganisationMembers: membersHandler,
      OrganisationInvitations: invitationsHandler([]),
      RemoveMember: () => errorReply(message, { code: 'CONFLICT' }),
    });
    renderWithApp(<MembersTab organisationId={ORGANISATION_ID} isOwner />);
    await screen.findByRole('list', { name: 'Members' });

    await user.click(
      screen.getByRole('button', { name: 'Remove Alex Rivera' }),
    );
    expect(
      screen.getByText('Remove Alex Rivera from this organisation?'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yes, remove' }));

    const alert = await within(memberRow('Alex Rivera')).findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(memberRow('Alex Rivera')).toHaveTextContent('Alex Rivera');
  });

  test('demoting the last owner shows the conflict', async () => {
    const user = userEvent.setup();
    const message = 'An organisation needs at least one owner.';
    installFakeApi({
      OrganisationMembers: membersHandler,
      OrganisationInvitations: invitationsHandler([]),
      ChangeMemberRole: () => errorReply(message, { code: 'CONFLICT' }),
    });
    renderWithApp(<MembersTab organisationId={ORGANISATION_ID} isOwner />);
    const role = await screen.findByRole('combobox', {
      name: 'Role of Alex Rivera',
    });

    await user.selectOptions(role, 'Editor');
    await user.click(
      within(memberRow('Alex Rivera')).getByRole('button', {
        name: 'Change role',
      }),
    );

    expect(
      await within(memberRow('Alex Rivera')).findByRole('alert'),
    ).toHaveTextContent(message);
    expect(role).toHaveValue('OWNER');
  });

  test('owner revokes a pending invitation', async () => {
    const user = userEvent.setup();
    let revoked = false;
    const api = installFakeApi({
      OrganisationMembers: membersHandler,
      OrganisationInvitations: () =>
        invitationsHandler(revoked ? [] : [PENDING])(),
      RevokeInvitation: () => {
        revoked = true;

        return { body: { data: { revokeInvitation: { id: PENDING.id } } } };
      },
    });
    renderWithApp(<MembersTab organisationId={ORGANISATION_ID} isOwner />);

    await user.click(
      await screen.findByRole('button', {
        name: 'Revoke the invitation to jo@example.org',
      }),
    );

    expect(
      await screen.findByText('The invitation to jo@example.org was revoked.'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('No invitations are waiting for an answer.'),
    ).toBeInTheDocument();
    expect(api.requestsFor('RevokeInvitation')[0]?.variables).toEqual({
      input: { invitationId: PENDING.id },
    });
  });
});
