import { installFakeApi } from '@test/fake-api';
import { currentPath, renderPage } from '@test/render';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { errorReply, meHandler, viewerFixture } from '../testing';
import { RequireSignIn } from './RequireSignIn';

function ProtectedPage() {
  return (
    <RequireSignIn>
      <p>Secret registrations</p>
    </RequireSignIn>
  );
}

describe('RequireSignIn', () => {
  test('shows a loading state first', () => {
    installFakeApi({ Me: () => new Promise(() => {}) });
    renderPage(<ProtectedPage />, { route: '/registrations' });

    expect(screen.getByRole('status')).toHaveTextContent(
      'Checking whether you are signed in…',
    );
    expect(screen.queryByText('Secret registrations')).not.toBeInTheDocument();
  });

  test('redirects a signed-out visitor with next', async () => {
    installFakeApi();
    renderPage(<ProtectedPage />, {
      route: '/registrations?upcoming=true',
      path: '/registrations',
    });

    await waitFor(() =>
      expect(currentPath()).toBe(
        '/sign-in?next=%2Fregistrations%3Fupcoming%3Dtrue',
      ),
    );
    expect(screen.queryByText('Secret registrations')).not.toBeInTheDocument();
  });

  test('renders the page when signed in', async () => {
    installFakeApi({ Me: meHandler(viewerFixture()) });
    renderPage(<ProtectedPage />, { route: '/registrations' });

    expect(await screen.findByText('Secret registrations')).toBeInTheDocument();
    expect(currentPath()).toBe('/registrations');
  });

  test('offers a retry when the viewer fails to load', async () => {
    const user = userEvent.setup();
    let failing = true;
    installFakeApi({
      Me: () =>
        failing
          ? errorReply('Unexpected failure', { code: 'INTERNAL_SERVER_ERROR' })
          : meHandler(viewerFixture())({}),
    });
    renderPage(<ProtectedPage />, { route: '/registrations' });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your account could not be loaded.');
    expect(currentPath()).toBe('/registrations');

    failing = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByText('Secret registrations')).toBeInTheDocument();
  });
});
