import { jest } from '@jest/globals';
import { type Handler, installFakeApi } from '@test/fake-api';
import { currentPath, renderPage } from '@test/render';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { CollectionFieldsFragment } from '@/gql/graphql';
import { errorReply } from '@/modules/accounts/testing';
import { backpackItemFixture } from '@/modules/badges/testing';

import { collectionFixture } from '../testing';
import { CollectionPage } from './CollectionPage';

const SHARE_URL = 'http://localhost:3000/collections/token-one';

function collectionReply(collection: CollectionFieldsFragment, field: string) {
  return { body: { data: { [field]: collection } } };
}

function backpackPage(
  names: string[],
  start: number,
  total: number,
  hasNextPage: boolean,
) {
  const edges = names.map((name, index) => ({
    cursor: `cursor:${start + index}`,
    node: backpackItemFixture(`b-${start + index}`, name),
  }));

  return {
    body: {
      data: {
        myBackpack: {
          totalCount: total,
          edges,
          pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
        },
      },
    },
  };
}

function installEditorApi(
  collection = collectionFixture(),
  overrides: Record<string, Handler> = {},
) {
  return installFakeApi({
    Collection: () => collectionReply(collection, 'collection'),
    MyBackpack: () => backpackPage([], 0, 0, false),
    ...overrides,
  });
}

async function renderEditor() {
  renderPage(<CollectionPage />, {
    route: '/my/collections/col-1',
    path: '/my/collections/:id',
  });
  await screen.findByRole('heading', { level: 1, name: 'Science' });
}

function badgeOrder() {
  const list = document.querySelector('.collection-badges')!;

  return within(list as HTMLElement)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.collection-badges__name')!.textContent);
}

beforeEach(() => {
  // jsdom ignores `inert`, but a browser does not focus an element inside an
  // inert subtree, so the tests do the same.
  const focus = HTMLElement.prototype.focus;
  jest
    .spyOn(HTMLElement.prototype, 'focus')
    .mockImplementation(function focusUnlessInert(this: HTMLElement, options) {
      if (this.closest('[inert]') === null) focus.call(this, options);
    });
});

afterEach(() => {
  jest.restoreAllMocks();
});

describe('CollectionPage details', () => {
  test('renames the collection', async () => {
    const user = userEvent.setup();
    const api = installEditorApi(undefined, {
      UpdateCollection: (variables) => {
        const input = variables.input as { name: string; description: string };

        return collectionReply(
          collectionFixture({
            name: input.name,
            description: input.description,
          }),
          'updateCollection',
        );
      },
    });
    await renderEditor();

    const name = screen.getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Field science');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Field science' }),
    ).toBeVisible();
    expect(screen.getByText('Saved.')).toBeVisible();
    expect(document.title).toBe('Field science – Learnscape');
    expect(api.requestsFor('UpdateCollection')[0]?.variables).toEqual({
      input: {
        collectionId: 'col-1',
        name: 'Field science',
        description: 'Field work.',
      },
    });
  });

  test('rejects an empty name at the field', async () => {
    const user = userEvent.setup();
    const api = installEditorApi();
    await renderEditor();

    const name = screen.getByLabelText('Name');
    await user.clear(name);
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(name).toHaveFocus();
    expect(name).toHaveAccessibleDescription(
      'Enter a name for the collection.',
    );
    expect(api.requestsFor('UpdateCollection')).toHaveLength(0);
  });

  test('shows an API name error at the field', async () => {
    const user = userEvent.setup();
    const message =
      'input.name contains the control character U+0007; remove it.';
    installEditorApi(undefined, {
      UpdateCollection: () =>
        errorReply(message, { code: 'BAD_USER_INPUT', field: 'input.name' }),
    });
    await renderEditor();

    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Name')).toHaveAccessibleDescription(
        message,
      ),
    );
  });

  test('explains a collection that is gone', async () => {
    installFakeApi({
      Collection: () =>
        errorReply('You have no collection with id col-1.', {
          code: 'NOT_FOUND',
        }),
    });
    renderPage(<CollectionPage />, {
      route: '/my/collections/col-1',
      path: '/my/collections/:id',
    });

    expect(
      await screen.findByRole('heading', { name: 'Collection not found' }),
    ).toBeVisible();
  });
});

describe('CollectionPage order', () => {
  function movedTo(order: string[]): Handler {
    return () => {
      const byName = Object.fromEntries(
        collectionFixture().badges.map((badge) => [badge.name, badge]),
      );

      return collectionReply(
        collectionFixture({ badges: order.map((name) => byName[name]!) }),
        'moveCollectionBadge',
      );
    };
  }

  test('moves a badge down and keeps focus on it', async () => {
    const user = userEvent.setup();
    const api = installEditorApi(undefined, {
      MoveCollectionBadge: movedTo(['Coder', 'Beekeeper', 'Diver']),
    });
    await renderEditor();

    const down = screen.getByRole('button', { name: 'Move Beekeeper down' });
    await user.click(down);

    await waitFor(() =>
      expect(badgeOrder()).toEqual([
        'Coder (not shared)',
        'Beekeeper (shared)',
        'Diver (not shared)',
      ]),
    );
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Move Beekeeper down' }),
      ).toHaveFocus(),
    );
    expect(api.requestsFor('MoveCollectionBadge')[0]?.variables).toEqual({
      input: {
        collectionId: 'col-1',
        badge: { kind: 'ISSUED', id: 'c-1' },
        position: 1,
      },
    });
  });

  test('moves focus to the other button at an end', async () => {
    const user = userEvent.setup();
    const api = installEditorApi(undefined, {
      MoveCollectionBadge: movedTo(['Coder', 'Beekeeper', 'Diver']),
    });
    await renderEditor();

    expect(
      screen.getByRole('button', { name: 'Move Beekeeper up' }),
    ).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Move Coder up' }));

    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Move Coder down' }),
      ).toHaveFocus(),
    );
    expect(
      screen.getByRole('button', { name: 'Move Coder up' }),
    ).toBeDisabled();
    expect(
      api.requestsFor('MoveCollectionBadge')[0]?.variables.input,
    ).toMatchObject({ badge: { id: 'c-2' }, position: 0 });
  });

  test('keeps the order when a move fails', async () => {
    const user = userEvent.setup();
    installEditorApi(undefined, {
      MoveCollectionBadge: () =>
        errorReply('You have no collection with id col-1.', {
          code: 'NOT_FOUND',
        }),
    });
    await renderEditor();

    await user.click(
      screen.getByRole('button', { name: 'Move Beekeeper down' }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You have no collection with id col-1.',
    );
    expect(badgeOrder()[0]).toBe('Beekeeper (shared)');
  });
});

describe('CollectionPage sharing', () => {
  const publicCollection = collectionFixture({
    public: true,
    shareUrl: SHARE_URL,
  });

  test('cancelling the public dialog changes nothing', async () => {
    const user = userEvent.setup();
    const api = installEditorApi(undefined, {
      SetCollectionPublic: () =>
        collectionReply(publicCollection, 'setCollectionPublic'),
    });
    await renderEditor();

    const makePublic = screen.getByRole('button', { name: 'Make public' });
    await user.click(makePublic);
    const dialog = screen.getByRole('alertdialog', {
      name: 'Make this collection public?',
    });

    expect(dialog).toHaveAccessibleDescription(
      "Making the collection public shares every badge in it, so anyone with the collection's link or a badge's link can see it.",
    );
    expect(
      within(dialog).getByRole('button', { name: 'Cancel' }),
    ).toHaveFocus();
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(makePublic).toHaveFocus();
    expect(api.requestsFor('SetCollectionPublic')).toHaveLength(0);
  });

  test('makes it public by keyboard and focuses the link', async () => {
    const user = userEvent.setup();
    const api = installEditorApi(undefined, {
      SetCollectionPublic: () =>
        collectionReply(publicCollection, 'setCollectionPublic'),
    });
    await renderEditor();

    screen.getByRole('button', { name: 'Make public' }).focus();
    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('alertdialog');
    // Cancel is the last control, so Tab wraps round to the first.
    await user.tab();
    expect(
      within(dialog).getByRole('button', { name: 'Make public' }),
    ).toHaveFocus();
    await user.keyboard('{Enter}');

    const link = await screen.findByRole('link', { name: SHARE_URL });
    await waitFor(() => expect(link).toHaveFocus());
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(api.requestsFor('SetCollectionPublic')[0]?.variables).toEqual({
      input: { collectionId: 'col-1', public: true },
    });
  });

  test('keeps the public dialog open on an error', async () => {
    const user = userEvent.setup();
    installEditorApi(undefined, {
      SetCollectionPublic: () =>
        errorReply('The collection was not found.', { code: 'NOT_FOUND' }),
    });
    await renderEditor();

    await user.click(screen.getByRole('button', { name: 'Make public' }));
    const dialog = screen.getByRole('alertdialog');
    await user.click(
      within(dialog).getByRole('button', { name: 'Make public' }),
    );

    expect(
      await within(dialog).findByText('The collection was not found.'),
    ).toBeVisible();
    expect(screen.getAllByText('The collection was not found.')).toHaveLength(
      1,
    );
  });

  test('copies the link', async () => {
    const user = userEvent.setup();
    installEditorApi(publicCollection);
    await renderEditor();

    await user.click(screen.getByRole('button', { name: 'Copy link' }));

    expect(await screen.findByText('Link copied.')).toBeVisible();
    expect(await navigator.clipboard.readText()).toBe(SHARE_URL);
  });

  test('says when copying fails', async () => {
    const user = userEvent.setup();
    installEditorApi(publicCollection);
    await renderEditor();
    jest
      .spyOn(navigator.clipboard, 'writeText')
      .mockRejectedValueOnce(new Error('Not allowed'));

    await user.click(screen.getByRole('button', { name: 'Copy link' }));

    expect(
      await screen.findByText(/The link could not be copied/),
    ).toBeVisible();
  });

  test('replaces the link after confirming', async () => {
    const user = userEvent.setup();
    const newUrl = 'http://localhost:3000/collections/token-two';
    installEditorApi(publicCollection, {
      ReplaceCollectionShareLink: () =>
        collectionReply(
          collectionFixture({ public: true, shareUrl: newUrl }),
          'replaceCollectionShareLink',
        ),
    });
    await renderEditor();

    await user.click(screen.getByRole('button', { name: 'Replace link' }));
    const dialog = screen.getByRole('alertdialog', {
      name: 'Replace the link?',
    });
    await user.click(
      within(dialog).getByRole('button', { name: 'Replace link' }),
    );

    const link = await screen.findByRole('link', { name: newUrl });
    await waitFor(() => expect(link).toHaveFocus());
    expect(
      screen.queryByRole('link', { name: SHARE_URL }),
    ).not.toBeInTheDocument();
  });

  test('turns the link off', async () => {
    const user = userEvent.setup();
    const api = installEditorApi(publicCollection, {
      SetCollectionPublic: () =>
        collectionReply(collectionFixture(), 'setCollectionPublic'),
    });
    await renderEditor();

    await user.click(screen.getByRole('button', { name: 'Turn link off' }));

    const makePublic = await screen.findByRole('button', {
      name: 'Make public',
    });
    await waitFor(() => expect(makePublic).toHaveFocus());
    expect(
      screen.getByText('Private: only you can see this collection.'),
    ).toBeVisible();
    expect(api.requestsFor('SetCollectionPublic')[0]?.variables).toEqual({
      input: { collectionId: 'col-1', public: false },
    });
  });
});

describe('CollectionPage adding badges', () => {
  test('adds a badge from the backpack', async () => {
    const user = userEvent.setup();
    const start = collectionFixture({ badges: [] });
    const api = installEditorApi(start, {
      MyBackpack: () => backpackPage(['Astronomer', 'Beekeeper'], 0, 2, false),
      AddBadgeToCollection: () =>
        collectionReply(
          collectionFixture({
            badges: [backpackItemFixture('b-0', 'Astronomer')],
          }),
          'addBadgeToCollection',
        ),
    });
    await renderEditor();

    expect(
      screen.getByText('This collection has no badges yet.'),
    ).toBeVisible();
    await user.click(
      await screen.findByRole('button', { name: 'Add Astronomer' }),
    );

    expect(await screen.findByText('Astronomer (not shared)')).toBeVisible();
    expect(
      screen.queryByRole('button', { name: 'Add Astronomer' }),
    ).not.toBeInTheDocument();
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Add Beekeeper' }),
      ).toHaveFocus(),
    );
    expect(
      screen.getByText('Astronomer was added to the collection.'),
    ).toBeVisible();
    expect(api.requestsFor('AddBadgeToCollection')[0]?.variables).toEqual({
      input: { collectionId: 'col-1', badge: { kind: 'ISSUED', id: 'b-0' } },
    });
  });

  test('asks before sharing a badge into a public collection', async () => {
    const user = userEvent.setup();
    const api = installEditorApi(
      collectionFixture({ badges: [], public: true, shareUrl: SHARE_URL }),
      { MyBackpack: () => backpackPage(['Astronomer'], 0, 1, false) },
    );
    await renderEditor();

    const add = await screen.findByRole('button', { name: 'Add Astronomer' });
    await user.click(add);
    const dialog = screen.getByRole('alertdialog', {
      name: 'Share Astronomer?',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(add).toHaveFocus();
    expect(api.requestsFor('AddBadgeToCollection')).toHaveLength(0);
  });

  test('focuses heading after adding the last badge', async () => {
    const user = userEvent.setup();
    const api = installEditorApi(
      collectionFixture({ badges: [], public: true, shareUrl: SHARE_URL }),
      {
        MyBackpack: () => backpackPage(['Astronomer'], 0, 1, false),
        AddBadgeToCollection: () =>
          collectionReply(
            collectionFixture({
              public: true,
              shareUrl: SHARE_URL,
              badges: [
                backpackItemFixture('b-0', 'Astronomer', { shared: true }),
              ],
            }),
            'addBadgeToCollection',
          ),
      },
    );
    await renderEditor();

    await user.click(
      await screen.findByRole('button', { name: 'Add Astronomer' }),
    );
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', {
        name: 'Add and share',
      }),
    );

    expect(await screen.findByText('Astronomer (shared)')).toBeVisible();
    await waitFor(() =>
      expect(
        screen.getByRole('heading', { name: 'Add badges from your backpack' }),
      ).toHaveFocus(),
    );
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(api.requestsFor('AddBadgeToCollection')).toHaveLength(1);
  });

  test('loads more badges page by page', async () => {
    const user = userEvent.setup();
    const api = installEditorApi(collectionFixture({ badges: [] }), {
      MyBackpack: (variables) =>
        variables.after === null
          ? backpackPage(['Astronomer', 'Beekeeper'], 0, 3, true)
          : backpackPage(['Zoologist'], 2, 3, false),
    });
    await renderEditor();

    expect(
      await screen.findByText('Showing 2 of 3 badges in your backpack.'),
    ).toBeVisible();
    expect(
      screen.queryByRole('button', { name: 'Add Zoologist' }),
    ).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Load more badges' }));

    expect(
      await screen.findByRole('button', { name: 'Add Zoologist' }),
    ).toBeVisible();
    expect(
      screen.queryByRole('button', { name: 'Load more badges' }),
    ).not.toBeInTheDocument();
    const requests = api.requestsFor('MyBackpack');
    expect(requests[0]?.variables).toMatchObject({ sort: 'NAME', first: 50 });
    expect(requests.at(-1)?.variables).toMatchObject({ after: 'cursor:1' });
  });

  test('explains an empty backpack', async () => {
    installEditorApi(collectionFixture({ badges: [] }));
    await renderEditor();

    expect(
      await screen.findByText('Your backpack has no badges yet.'),
    ).toBeVisible();
  });
});

describe('CollectionPage delete', () => {
  test('deletes after confirming and returns to the list', async () => {
    const user = userEvent.setup();
    installEditorApi(undefined, {
      DeleteCollection: () => ({ body: { data: { deleteCollection: true } } }),
    });
    await renderEditor();

    await user.click(screen.getByRole('button', { name: 'Delete collection' }));
    const dialog = screen.getByRole('alertdialog', {
      name: 'Delete Science?',
    });
    await user.click(
      within(dialog).getByRole('button', { name: 'Delete collection' }),
    );

    await waitFor(() => expect(currentPath()).toBe('/my/collections'));
  });

  test('cancelling the delete dialog returns focus', async () => {
    const user = userEvent.setup();
    const api = installEditorApi(undefined, {
      DeleteCollection: () => ({ body: { data: { deleteCollection: true } } }),
    });
    await renderEditor();

    const remove = screen.getByRole('button', { name: 'Delete collection' });
    await user.click(remove);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(remove).toHaveFocus();
    expect(api.requestsFor('DeleteCollection')).toHaveLength(0);
  });
});
