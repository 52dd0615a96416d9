import { installFakeApi } from '@test/fake-api';
import { renderPage } from '@test/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import {
  errorReply,
  meHandler,
  viewerFixture,
} from '@/modules/accounts/testing';
import { connectionReply } from '@/modules/registrations/testing';

import { badgeFixture } from '../testing';
import { MyBadgesPage } from './MyBadgesPage';

function renderMyBadges() {
  return renderPage(<MyBadgesPage />, { route: '/my/badges' });
}

describe('MyBadgesPage', () => {
  test('lists badges with issuer, date and state', async () => {
    installFakeApi({
      Me: meHandler(viewerFixture()),
      MyCredentials: () =>
        connectionReply('myCredentials', [
          badgeFixture('c-1', 'Book Club'),
          badgeFixture('c-2', 'Night Sky Observer', { status: 'REVOKED' }),
          badgeFixture('c-3', 'First Aid', { expired: true }),
        ]),
    });
    renderMyBadges();

    const items = await screen.findAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('Book Club');
    expect(items[0]).toHaveTextContent('Issued by Katoomba Library');
    expect(items[0]).toHaveTextContent('Issued on March 14, 2026');
    expect(items[0]).toHaveTextContent('Valid');
    expect(items[1]).toHaveTextContent('Revoked');
    expect(items[2]).toHaveTextContent('Expired');
    expect(
      within(items[0]!).getByRole('link', {
        name: 'Open the page of Book Club, issued on March 14, 2026',
      }),
    ).toHaveAttribute('href', '/badges/c-1');
    expect(document.title).toContain('My badges');
  });

  test('share switch makes a badge public', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      Me: meHandler(viewerFixture()),
      MyCredentials: () =>
        connectionReply('myCredentials', [badgeFixture('c-1', 'Book Club')]),
      ShareCredential: (variables) => ({
        body: {
          data: {
            shareCredential: {
              id: 'c-1',
              shared: (variables.input as { shared: boolean }).shared,
            },
          },
        },
      }),
    });
    renderMyBadges();

    const share = await screen.findByRole('switch', {
      name: 'Public: anyone with the link can see Book Club',
    });
    expect(share).not.toBeChecked();
    await user.click(share);

    await waitFor(() => expect(share).toBeChecked());
    expect(api.requestsFor('ShareCredential')[0]?.variables).toEqual({
      input: { credentialId: 'c-1', shared: true },
    });
  });

  test('shows the reason when sharing fails', async () => {
    const user = userEvent.setup();
    installFakeApi({
      Me: meHandler(viewerFixture()),
      MyCredentials: () =>
        connectionReply('myCredentials', [badgeFixture('c-1', 'Book Club')]),
      ShareCredential: () =>
        errorReply('Credential c-1 is not among your badges.', {
          code: 'NOT_FOUND',
        }),
    });
    renderMyBadges();

    await user.click(await screen.findByRole('switch', { name: /Public/ }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Credential c-1 is not among your badges.',
    );
    expect(screen.getByRole('switch', { name: /Public/ })).not.toBeChecked();
  });

  test('says when there are no badges yet', async () => {
    installFakeApi({
      Me: meHandler(viewerFixture()),
      MyCredentials: () => connectionReply('myCredentials', []),
    });
    renderMyBadges();

    expect(await screen.findByText(/You have no badges yet/)).toBeVisible();
  });

  test('offers a retry when loading fails', async () => {
    installFakeApi({
      Me: meHandler(viewerFixture()),
      MyCredentials: () => ({ status: 500, body: { errors: [] } }),
    });
    renderMyBadges();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your badges could not be loaded.');
    expect(
      within(alert).getByRole('button', { name: /try again/i }),
    ).toBeVisible();
  });
});
