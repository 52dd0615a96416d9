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

import { backpackItemFixture } from '../testing';
import { MyBadgesPage } from './MyBadgesPage';

const ISSUERS = () => ({
  body: {
    data: {
      myBackpackIssuers: [
        { key: 'org:1', name: 'Katoomba Library', badgeCount: 2 },
      ],
    },
  },
});

function renderMyBadges(route = '/my/badges') {
  return renderPage(<MyBadgesPage />, { route });
}

describe('MyBadgesPage', () => {
  test('lists badges with issuer, date and status in words', async () => {
    installFakeApi({
      Me: meHandler(viewerFixture()),
      MyBackpackIssuers: ISSUERS,
      MyBackpack: () =>
        connectionReply('myBackpack', [
          backpackItemFixture('c-1', 'Book Club'),
          backpackItemFixture('c-2', 'Night Sky', { status: 'REVOKED' }),
          backpackItemFixture('i-1', 'Orienteer', {
            kind: 'IMPORTED',
            status: 'UNVERIFIABLE',
            issuerName: 'Elsewhere',
          }),
          backpackItemFixture('c-3', 'Rower', { status: 'NOT_YET_VALID' }),
        ]),
    });
    renderMyBadges();

    const items = await screen.findAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items[0]).toHaveTextContent('Issued by Katoomba Library');
    expect(items[0]).toHaveTextContent('Issued on March 14, 2026');
    expect(items[0]).toHaveTextContent('Valid');
    expect(items[1]).toHaveTextContent('Revoked');
    expect(items[2]).toHaveTextContent('Could not be verified');
    expect(items[2]).toHaveTextContent('Imported');
    expect(items[3]).toHaveTextContent('Not valid yet');
    expect(items[3]).not.toHaveTextContent('Valid');
    expect(
      screen.getByRole('option', { name: 'Not valid yet' }),
    ).toBeInTheDocument();
    expect(
      within(items[0]!).getByRole('link', {
        name: /Open the page of Book Club/,
      }),
    ).toHaveAttribute('href', '/badges/c-1');
    expect(
      screen.getByRole('link', { name: 'Import a badge' }),
    ).toHaveAttribute('href', '/my/badges/import');
    expect(
      screen.getByRole('link', { name: 'Export all (zip)' }),
    ).toHaveAttribute('href', '/api/backpack/export.zip');
  });

  test('sends the filters from the URL', async () => {
    const api = installFakeApi({
      Me: meHandler(viewerFixture()),
      MyBackpackIssuers: ISSUERS,
      MyBackpack: () => connectionReply('myBackpack', []),
    });
    renderMyBadges(
      '/my/badges?sort=NAME&sdg=13&status=EXPIRED&from=2026-01-01',
    );

    expect(
      await screen.findByText(/No badges match these filters/),
    ).toBeVisible();
    expect(api.requestsFor('MyBackpack')[0]?.variables).toMatchObject({
      sort: 'NAME',
      filter: {
        sdgs: [13],
        statuses: ['EXPIRED'],
        issuedFrom: '2026-01-01T00:00:00.000Z',
      },
    });
  });

  test('changing the sort reloads the list', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      Me: meHandler(viewerFixture()),
      MyBackpackIssuers: ISSUERS,
      MyBackpack: () =>
        connectionReply('myBackpack', [
          backpackItemFixture('c-1', 'Book Club'),
        ]),
    });
    renderMyBadges();

    await user.selectOptions(await screen.findByLabelText('Sort by'), 'ISSUER');

    await waitFor(() =>
      expect(api.requestsFor('MyBackpack').at(-1)?.variables).toMatchObject({
        sort: 'ISSUER',
      }),
    );
  });

  test('shares an imported badge through its own mutation', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      Me: meHandler(viewerFixture()),
      MyBackpackIssuers: ISSUERS,
      MyBackpack: () =>
        connectionReply('myBackpack', [
          backpackItemFixture('i-1', 'Orienteer', { kind: 'IMPORTED' }),
        ]),
      ShareImportedBadge: () => ({
        body: { data: { shareImportedBadge: { id: 'i-1', shared: true } } },
      }),
    });
    renderMyBadges();

    const share = await screen.findByRole('switch', { name: /Orienteer/ });
    await user.click(share);

    await waitFor(() => expect(share).toBeChecked());
    expect(api.requestsFor('ShareImportedBadge')[0]?.variables).toEqual({
      input: { id: 'i-1', shared: true },
    });
  });

  test('says when there are no badges yet', async () => {
    installFakeApi({
      Me: meHandler(viewerFixture()),
      MyBackpackIssuers: ISSUERS,
      MyBackpack: () => connectionReply('myBackpack', []),
    });
    renderMyBadges();

    expect(await screen.findByText(/You have no badges yet/)).toBeVisible();
  });

  test('offers a retry when loading fails', async () => {
    installFakeApi({
      Me: meHandler(viewerFixture()),
      MyBackpackIssuers: ISSUERS,
      MyBackpack: () =>
        errorReply('Database unavailable.', { code: 'INTERNAL' }),
    });
    renderMyBadges();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your badges could not be loaded.');
  });
});
