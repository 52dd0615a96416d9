import type { FakeReply } from '@test/fake-api';
import { installFakeApi } from '@test/fake-api';
import { currentPath, renderPage } from '@test/render';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import {
  errorReply,
  meHandler,
  viewerFixture,
} from '@/modules/accounts/testing';

import { importedBadgeFixture, unverifiableBadgeFixture } from '../testing';
import { ImportedBadgePage } from './ImportedBadgePage';

function renderDetailPage(id = 'imp-1') {
  return renderPage(<ImportedBadgePage />, {
    route: `/my/badges/imported/${id}`,
    path: '/my/badges/imported/:id',
  });
}

function badgeReply(badge = unverifiableBadgeFixture()): FakeReply {
  return { body: { data: { importedBadge: badge } } };
}

const SIGNED_IN = { Me: meHandler(viewerFixture()) };

describe('ImportedBadgePage', () => {
  test('shows the badge with its checks and reason', async () => {
    installFakeApi({
      ...SIGNED_IN,
      ImportedBadge: () =>
        badgeReply({
          ...unverifiableBadgeFixture(),
          source: 'URL',
          specVersion: 'OB2',
          sourceUrl: 'https://paddlers.example.org/assertions/42',
        }),
    });
    renderDetailPage();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'River Safety' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('River Safety – Learnscape');
    expect(
      screen.getByText('Completed a river safety course on the Nepean.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Status: Could not be verified'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Reason: The badge was issued to sam@example.org; verify that address in your account to import it.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Penrith Paddlers')).toBeInTheDocument();
    expect(
      screen.getByText('https://paddlers.example.org/issuer'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^The issuer name comes from the badge itself/),
    ).toBeInTheDocument();
    expect(screen.getByText('Hosted assertion URL')).toBeInTheDocument();
    expect(screen.getByText('2.0')).toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        name: 'https://paddlers.example.org/assertions/42',
      }),
    ).toHaveAttribute('href', 'https://paddlers.example.org/assertions/42');
    const checks = screen.getByRole('list', {
      name: 'Checks of the latest verification',
    });
    expect(within(checks).getByText('Recipient: Failed')).toBeInTheDocument();
    expect(
      within(checks).getByText(
        'sam@example.org is not a verified address of this account.',
      ),
    ).toBeInTheDocument();
  });

  test('verifies again with progress and the new result', async () => {
    const user = userEvent.setup();
    let resolveReverify: (reply: FakeReply) => void = () => undefined;
    const api = installFakeApi({
      ...SIGNED_IN,
      ImportedBadge: () => badgeReply(),
      ReverifyImportedBadge: () =>
        new Promise<FakeReply>((resolve) => {
          resolveReverify = resolve;
        }),
    });
    renderDetailPage();

    await user.click(
      await screen.findByRole('button', { name: 'Verify again' }),
    );
    expect(
      screen.getByRole('button', { name: 'Verifying again…' }),
    ).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Verifying the badge again.',
    );

    resolveReverify({
      body: { data: { reverifyImportedBadge: importedBadgeFixture() } },
    });
    expect(
      await screen.findByText('Verified again. Status: Valid.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Status: Valid')).toBeInTheDocument();
    expect(screen.queryByText(/^Reason:/)).not.toBeInTheDocument();
    expect(screen.getByText('Recipient: Passed')).toBeInTheDocument();
    expect(api.requestsFor('ReverifyImportedBadge')[0]?.variables).toEqual({
      id: 'imp-1',
    });
  });

  test('shows a failed re-verification next to the button', async () => {
    const user = userEvent.setup();
    installFakeApi({
      ...SIGNED_IN,
      ImportedBadge: () => badgeReply(),
      ReverifyImportedBadge: () =>
        errorReply('Unexpected error.', { code: 'INTERNAL_SERVER_ERROR' }),
    });
    renderDetailPage();

    const button = await screen.findByRole('button', { name: 'Verify again' });
    await user.click(button);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Something went wrong on the server. Try again later.',
    );
    expect(button).toHaveAccessibleDescription(
      'Something went wrong on the server. Try again later.',
    );
    expect(
      screen.getByText('Status: Could not be verified'),
    ).toBeInTheDocument();
  });

  test('shares the badge', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      ...SIGNED_IN,
      ImportedBadge: () => badgeReply(importedBadgeFixture()),
      ShareImportedBadge: () => ({
        body: {
          data: { shareImportedBadge: { id: 'imp-1', shared: true } },
        },
      }),
    });
    renderDetailPage();

    const toggle = await screen.findByRole('switch', {
      name: 'Share this badge',
    });
    expect(toggle).not.toBeChecked();
    expect(
      screen.queryByRole('link', {
        name: 'Open the public page of this badge',
      }),
    ).not.toBeInTheDocument();
    expect(toggle).toHaveAccessibleDescription(
      'Sharing makes this badge visible on your public collections that include it. While it is not shared, only you can see it.',
    );
    await user.click(toggle);

    expect(
      await screen.findByRole('switch', {
        name: 'Share this badge',
        checked: true,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Open the public page of this badge' }),
    ).toHaveAttribute('href', '/imported-badges/imp-1');
    expect(api.requestsFor('ShareImportedBadge')[0]?.variables).toEqual({
      input: { id: 'imp-1', shared: true },
    });
  });

  test('deletes after confirming in a dialog', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      ...SIGNED_IN,
      ImportedBadge: () => badgeReply(importedBadgeFixture()),
      DeleteImportedBadge: () => ({
        body: { data: { deleteImportedBadge: true } },
      }),
    });
    renderDetailPage();

    const deleteButton = await screen.findByRole('button', {
      name: 'Delete badge',
    });
    await user.click(deleteButton);
    const dialog = screen.getByRole('alertdialog', {
      name: 'Delete River Safety?',
    });
    expect(
      within(dialog).getByRole('button', { name: 'Cancel' }),
    ).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(deleteButton).toHaveFocus();
    expect(api.requestsFor('DeleteImportedBadge')).toHaveLength(0);

    await user.click(deleteButton);
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', {
        name: 'Delete',
      }),
    );

    await screen.findByText('/my/badges', { selector: '[data-testid]' });
    expect(currentPath()).toBe('/my/badges');
    expect(api.requestsFor('DeleteImportedBadge')[0]?.variables).toEqual({
      id: 'imp-1',
    });
  });

  test('keeps the dialog open when deleting fails', async () => {
    const user = userEvent.setup();
    installFakeApi({
      ...SIGNED_IN,
      ImportedBadge: () => badgeReply(importedBadgeFixture()),
      DeleteImportedBadge: () =>
        errorReply('Imported badge imp-1 was not found.', {
          code: 'NOT_FOUND',
        }),
    });
    renderDetailPage();

    await user.click(
      await screen.findByRole('button', { name: 'Delete badge' }),
    );
    const dialog = screen.getByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Imported badge imp-1 was not found.',
    );
    expect(currentPath()).toBe('/my/badges/imported/imp-1');
  });

  test('says when the badge is not found', async () => {
    installFakeApi({
      ...SIGNED_IN,
      ImportedBadge: () =>
        errorReply('Imported badge missing-1 was not found.', {
          code: 'NOT_FOUND',
        }),
    });
    renderDetailPage('missing-1');

    expect(
      await screen.findByRole('heading', { name: 'Badge not found' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'No imported badge of yours has this address. It may have been deleted.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Back to My badges' }),
    ).toHaveAttribute('href', '/my/badges');
  });

  test('offers a retry when loading fails', async () => {
    const user = userEvent.setup();
    let attempts = 0;
    installFakeApi({
      ...SIGNED_IN,
      ImportedBadge: () => {
        attempts += 1;

        return attempts === 1
          ? { status: 500, body: { errors: [] } }
          : badgeReply(importedBadgeFixture());
      },
    });
    renderDetailPage();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The badge could not be loaded.');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'River Safety' }),
    ).toBeInTheDocument();
  });
});
