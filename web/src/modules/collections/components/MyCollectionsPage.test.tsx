import { installFakeApi } from '@test/fake-api';
import { currentPath, renderPage } from '@test/render';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { errorReply } from '@/modules/accounts/testing';

import { MyCollectionsPage } from './MyCollectionsPage';

const COLLECTIONS = [
  {
    id: 'col-1',
    name: 'Science',
    description: '',
    public: true,
    badgeCount: 1,
  },
  {
    id: 'col-2',
    name: 'Sport',
    description: 'Weekend clubs.',
    public: false,
    badgeCount: 3,
  },
];

function renderList() {
  renderPage(<MyCollectionsPage />, { route: '/my/collections' });
}

describe('MyCollectionsPage', () => {
  test('lists collections with counts', async () => {
    installFakeApi({
      MyCollections: () => ({ body: { data: { myCollections: COLLECTIONS } } }),
    });
    renderList();

    const science = await screen.findByRole('link', { name: 'Science' });
    expect(science).toHaveAttribute('href', '/my/collections/col-1');
    expect(science.closest('li')).toHaveTextContent('Science 1 badge, public');
    expect(
      screen.getByRole('link', { name: 'Sport' }).closest('li'),
    ).toHaveTextContent('Sport 3 badges, private');
    expect(document.title).toBe('My collections – Learnscape');
  });

  test('explains an empty list', async () => {
    installFakeApi({
      MyCollections: () => ({ body: { data: { myCollections: [] } } }),
    });
    renderList();

    expect(
      await screen.findByText(/You have no collections yet/),
    ).toBeVisible();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  test('offers a retry when loading fails', async () => {
    installFakeApi({
      MyCollections: () => ({
        status: 500,
        body: { errors: [{ message: 'Internal server error' }] },
      }),
    });
    renderList();

    expect(
      await screen.findByText('Your collections could not be loaded.'),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
  });

  test('creates a collection and opens it', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      MyCollections: () => ({ body: { data: { myCollections: [] } } }),
      CreateCollection: () => ({
        body: { data: { createCollection: { id: 'col-9' } } },
      }),
    });
    renderList();

    await user.type(await screen.findByLabelText('Name'), 'Art');
    await user.click(screen.getByRole('button', { name: 'Create collection' }));

    await waitFor(() => expect(currentPath()).toBe('/my/collections/col-9'));
    expect(api.requestsFor('CreateCollection')[0]?.variables).toEqual({
      input: { name: 'Art' },
    });
  });

  test('checks the name before sending', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      MyCollections: () => ({ body: { data: { myCollections: [] } } }),
    });
    renderList();

    const field = await screen.findByLabelText('Name');
    await user.type(field, '   ');
    await user.click(screen.getByRole('button', { name: 'Create collection' }));

    expect(field).toHaveFocus();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(
      'Enter a name for the collection.',
    );
    expect(api.requestsFor('CreateCollection')).toHaveLength(0);
  });

  test('shows the API name error at the field', async () => {
    const user = userEvent.setup();
    const message =
      'input.name contains the control character U+0007; remove it.';
    installFakeApi({
      MyCollections: () => ({ body: { data: { myCollections: [] } } }),
      CreateCollection: () =>
        errorReply(message, { code: 'BAD_USER_INPUT', field: 'input.name' }),
    });
    renderList();

    const field = await screen.findByLabelText('Name');
    await user.type(field, 'Bell');
    await user.click(screen.getByRole('button', { name: 'Create collection' }));

    await waitFor(() => expect(field).toHaveAccessibleDescription(message));
    expect(field).toHaveFocus();
    expect(currentPath()).toBe('/my/collections');
  });

  test('shows a limit error below the form', async () => {
    const user = userEvent.setup();
    const message = 'You have 50 collections, the maximum; delete one first.';
    installFakeApi({
      MyCollections: () => ({ body: { data: { myCollections: [] } } }),
      CreateCollection: () => errorReply(message, { code: 'BAD_USER_INPUT' }),
    });
    renderList();

    await user.type(await screen.findByLabelText('Name'), 'Art');
    await user.click(screen.getByRole('button', { name: 'Create collection' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
  });
});
