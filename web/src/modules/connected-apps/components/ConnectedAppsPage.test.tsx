import { type Handler, installFakeApi } from '@test/fake-api';
import { renderPage } from '@test/render';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import {
  errorReply,
  meHandler,
  viewerFixture,
} from '@/modules/accounts/testing';

import { ConnectedAppsPage } from './ConnectedAppsPage';

const app = {
  id: 'grant-1',
  connectedAt: '2025-02-01T10:00:00Z',
  lastUsedAt: null,
  client: {
    name: 'Example Wallet',
    clientUri: 'https://wallet.example.com/',
    policyUri: 'https://wallet.example.com/privacy',
  },
  scopes: [
    {
      uri: 'https://purl.imsglobal.org/spec/ob/v3p0/scope/profile.readonly',
      description: 'read',
    },
  ],
};

function install(overrides: Record<string, Handler> = {}) {
  return installFakeApi({
    Me: meHandler(viewerFixture()),
    ConnectedApps: () => ({ body: { data: { connectedApps: [app] } } }),
    ...overrides,
  });
}

function renderList() {
  renderPage(<ConnectedAppsPage />, { route: '/account/connected-apps' });
}

describe('connected apps page', () => {
  test('lists apps with their scopes', async () => {
    install();
    renderList();

    const item = await screen.findByRole('listitem', {
      name: 'Example Wallet',
    });
    expect(item).toHaveTextContent('See your name and e-mail address.');
    expect(within(item).getByRole('heading', { level: 2 }).innerHTML).toBe(
      '<bdi>Example Wallet</bdi>',
    );
    expect(item).toHaveTextContent('Not used yet.');
  });

  test('revokes after confirmation', async () => {
    const user = userEvent.setup();
    const api = install({
      RevokeConnectedApp: () => ({
        body: { data: { revokeConnectedApp: 'grant-1' } },
      }),
    });
    renderList();
    const item = await screen.findByRole('listitem', {
      name: 'Example Wallet',
    });

    await user.click(
      within(item).getByRole('button', { name: 'Disconnect Example Wallet' }),
    );
    const confirm = within(item).getByRole('button', { name: 'Disconnect' });
    expect(confirm).toHaveFocus();
    expect(api.requestsFor('RevokeConnectedApp')).toHaveLength(0);
    await user.click(confirm);

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Example Wallet was disconnected.',
    );
    expect(
      screen.getByText('No apps are connected to your account.'),
    ).toBeInTheDocument();
    expect(api.requestsFor('RevokeConnectedApp')[0]?.variables).toEqual({
      input: { connectedAppId: 'grant-1' },
    });
  });

  test('cancel keeps the app and returns focus', async () => {
    const user = userEvent.setup();
    install();
    renderList();
    const item = await screen.findByRole('listitem', {
      name: 'Example Wallet',
    });
    await user.click(
      within(item).getByRole('button', { name: 'Disconnect Example Wallet' }),
    );
    await user.click(within(item).getByRole('button', { name: 'Cancel' }));

    expect(
      within(item).getByRole('button', { name: 'Disconnect Example Wallet' }),
    ).toHaveFocus();
  });

  test('shows the empty state and load errors', async () => {
    install({
      ConnectedApps: () => ({ body: { data: { connectedApps: [] } } }),
    });
    renderList();
    expect(
      await screen.findByText('No apps are connected to your account.'),
    ).toBeInTheDocument();
  });

  test('shows a load error', async () => {
    install({
      ConnectedApps: () =>
        errorReply('Database unavailable.', { code: 'INTERNAL_SERVER_ERROR' }),
    });
    renderList();
    expect(await screen.findByText(/could not be loaded/)).toBeInTheDocument();
  });
});
