import { installFakeApi } from '@test/fake-api';
import { renderPage } from '@test/render';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import {
  errorReply,
  meHandler,
  viewerFixture,
} from '@/modules/accounts/testing';

import { AcceptInvitationPage } from './AcceptInvitationPage';

const ROUTE = '/invitations/accept?token=abc123';

describe('AcceptInvitationPage', () => {
  test('accepts only on a button press', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      Me: meHandler(viewerFixture()),
      AcceptInvitation: () => ({
        body: {
          data: {
            acceptInvitation: {
              role: 'EDITOR',
              organisation: {
                id: 'org-1',
                name: 'Blue Mountains Youth Hub',
                kind: 'PROVIDER',
              },
            },
          },
        },
      }),
    });
    renderPage(<AcceptInvitationPage />, { route: ROUTE });

    const accept = await screen.findByRole('button', {
      name: 'Accept invitation',
    });
    expect(api.requestsFor('AcceptInvitation')).toHaveLength(0);
    await user.click(accept);

    expect(
      await screen.findByText('You joined Blue Mountains Youth Hub as Editor.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Open Blue Mountains Youth Hub' }),
    ).toHaveAttribute('href', '/organisations/org-1');
    expect(api.requestsFor('AcceptInvitation')[0]?.variables).toEqual({
      input: { token: 'abc123' },
    });
  });

  test('shows the API message for another account', async () => {
    const user = userEvent.setup();
    const message =
      'This invitation was sent to jo@example.org; sign in with that address to accept it.';
    installFakeApi({
      Me: meHandler(viewerFixture()),
      AcceptInvitation: () => errorReply(message, { code: 'FORBIDDEN' }),
    });
    renderPage(<AcceptInvitationPage />, { route: ROUTE });

    await user.click(
      await screen.findByRole('button', { name: 'Accept invitation' }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
  });

  test('link without a token explains itself', async () => {
    installFakeApi({ Me: meHandler(viewerFixture()) });
    renderPage(<AcceptInvitationPage />, { route: '/invitations/accept' });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This link has no invitation code.',
    );
    expect(
      screen.queryByRole('button', { name: 'Accept invitation' }),
    ).toBeNull();
  });
});
