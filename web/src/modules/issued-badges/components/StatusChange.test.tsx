import { type Handler, installFakeApi } from '@test/fake-api';
import { renderPage } from '@test/render';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import {
  errorReply,
  meHandler,
  viewerFixture,
} from '@/modules/accounts/testing';

import {
  contextReply,
  credentialsReply,
  issuedBadge,
  ORGANISATION_ID,
} from '../testing';
import { IssuedBadgesPage } from './IssuedBadgesPage';

const LEE = 'Lee Learner (lee@example.org)';

function install(overrides: Record<string, Handler> = {}) {
  return installFakeApi({
    Me: meHandler(viewerFixture()),
    IssuedBadgesContext: () => contextReply('AWARDER'),
    OrganisationCredentials: () => credentialsReply([issuedBadge()]),
    ...overrides,
  });
}

async function openRow() {
  renderPage(<IssuedBadgesPage />, {
    route: `/organisations/${ORGANISATION_ID}/issued-badges`,
    path: '/organisations/:organisationId/issued-badges',
  });

  return screen.findByRole('listitem', { name: LEE });
}

describe('status changes', () => {
  test('revokes after warning and reason', async () => {
    const user = userEvent.setup();
    const api = install({
      RevokeCredential: () => ({
        body: {
          data: {
            revokeCredential: issuedBadge({
              status: 'REVOKED',
              statusReason: 'Awarded by mistake.',
            }),
          },
        },
      }),
    });
    const item = await openRow();

    await user.click(
      within(item).getByRole('button', { name: `Revoke the badge of ${LEE}` }),
    );
    const dialog = screen.getByRole('alertdialog', {
      name: `Revoke Weed Warrior of ${LEE}?`,
    });
    expect(dialog).toHaveAccessibleDescription(/cannot be undone/);
    const reason = within(dialog).getByLabelText('Reason');
    expect(reason).toHaveFocus();
    await user.type(reason, '  Awarded by mistake.  ');
    await user.click(
      within(dialog).getByRole('button', { name: 'Revoke badge' }),
    );

    expect(
      await screen.findByText(`Revoked Weed Warrior of ${LEE}.`),
    ).toHaveFocus();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(within(item).getByText('Revoked')).toBeVisible();
    expect(within(item).getByText('Reason: Awarded by mistake.')).toBeVisible();
    expect(within(item).queryByRole('button')).not.toBeInTheDocument();
    expect(api.requestsFor('RevokeCredential')[0]?.variables).toEqual({
      input: { credentialId: 'cred-1', reason: 'Awarded by mistake.' },
    });
  });

  test('suspends, then reinstates', async () => {
    const user = userEvent.setup();
    const api = install({
      SuspendCredential: () => ({
        body: {
          data: {
            suspendCredential: issuedBadge({
              status: 'SUSPENDED',
              statusReason: 'Checking the evidence.',
            }),
          },
        },
      }),
      ReinstateCredential: () => ({
        body: {
          data: {
            reinstateCredential: issuedBadge({
              status: 'ACTIVE',
              statusReason: 'Evidence confirmed.',
            }),
          },
        },
      }),
    });
    const item = await openRow();
    expect(
      within(item).queryByRole('button', { name: /Reinstate/ }),
    ).not.toBeInTheDocument();

    await user.click(within(item).getByRole('button', { name: /Suspend/ }));
    const suspend = screen.getByRole('dialog', {
      name: `Suspend Weed Warrior of ${LEE}?`,
    });
    await user.type(
      within(suspend).getByLabelText('Reason'),
      'Checking the evidence.',
    );
    await user.click(
      within(suspend).getByRole('button', { name: 'Suspend badge' }),
    );
    await screen.findByText(`Suspended Weed Warrior of ${LEE}.`);
    expect(within(item).getByText('Suspended')).toBeVisible();
    expect(
      within(item).getByText('Reason: Checking the evidence.'),
    ).toBeVisible();

    await user.click(within(item).getByRole('button', { name: /Reinstate/ }));
    const reinstate = screen.getByRole('dialog', {
      name: `Reinstate Weed Warrior of ${LEE}?`,
    });
    await user.type(
      within(reinstate).getByLabelText('Reason'),
      'Evidence confirmed.',
    );
    await user.click(
      within(reinstate).getByRole('button', { name: 'Reinstate badge' }),
    );

    await screen.findByText(`Reinstated Weed Warrior of ${LEE}.`);
    expect(within(item).getByText('Active')).toBeVisible();
    expect(api.requestsFor('ReinstateCredential')[0]?.variables).toEqual({
      input: { credentialId: 'cred-1', reason: 'Evidence confirmed.' },
    });
  });

  test('requires a reason', async () => {
    const user = userEvent.setup();
    const api = install();
    const item = await openRow();

    await user.click(within(item).getByRole('button', { name: /Suspend/ }));
    const dialog = screen.getByRole('dialog');
    const reason = within(dialog).getByLabelText('Reason');
    await user.type(reason, '   ');
    await user.click(
      within(dialog).getByRole('button', { name: 'Suspend badge' }),
    );

    expect(within(dialog).getByText('Give a reason.')).toBeVisible();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAttribute('maxlength', '500');
    expect(reason).toHaveFocus();
    expect(api.requestsFor('SuspendCredential')).toHaveLength(0);
  });

  test('shows a refusal in the dialog', async () => {
    const user = userEvent.setup();
    install({
      RevokeCredential: () =>
        errorReply('Badge cred-1 is already revoked; revocation is final.', {
          code: 'CONFLICT',
        }),
    });
    const item = await openRow();

    await user.click(within(item).getByRole('button', { name: /Revoke/ }));
    const dialog = screen.getByRole('alertdialog');
    await user.type(within(dialog).getByLabelText('Reason'), 'Duplicate.');
    await user.click(
      within(dialog).getByRole('button', { name: 'Revoke badge' }),
    );

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The badge was not revoked.');
    expect(alert).toHaveTextContent(
      'Badge cred-1 is already revoked; revocation is final.',
    );
    expect(within(item).getByText('Active')).toBeVisible();
  });

  test('Escape cancels and restores focus', async () => {
    const user = userEvent.setup();
    install();
    const item = await openRow();
    const revoke = within(item).getByRole('button', { name: /Revoke/ });

    await user.click(revoke);
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(revoke).toHaveFocus();
  });
});
