import { installFakeApi } from '@test/fake-api';
import { currentPath, flushRequests, renderPage } from '@test/render';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { errorReply, meHandler, viewerFixture } from '../../testing';
import { SignInPage } from './SignInPage';

type User = ReturnType<typeof userEvent.setup>;

async function renderAt(route: string) {
  renderPage(<SignInPage />, { route });
  await flushRequests();
}

const SIGN_IN_FAILED =
  'The e-mail address or password is incorrect. Check both, or reset your password.';

async function signIn(user: User) {
  await user.type(screen.getByLabelText('E-mail address'), 'alex@example.org');
  await user.type(screen.getByLabelText('Password'), 'a long password');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

function signInSucceeds() {
  let signedIn = false;

  return installFakeApi({
    Me: () => meHandler(signedIn ? viewerFixture() : null)({}),
    SignIn: () => {
      signedIn = true;

      return { body: { data: { signIn: { id: 'user-1' } } } };
    },
  });
}

describe('SignInPage failures', () => {
  test('shows the generic failure as a form error', async () => {
    const user = userEvent.setup();
    installFakeApi({
      SignIn: () => errorReply(SIGN_IN_FAILED, { code: 'UNAUTHENTICATED' }),
    });
    await renderAt('/sign-in');

    await signIn(user);

    const alert = await screen.findByText(SIGN_IN_FAILED);
    expect(alert.closest('[role="alert"]')).toHaveFocus();
    expect(screen.getByLabelText('E-mail address')).toHaveAttribute(
      'aria-invalid',
      'false',
    );
    expect(currentPath()).toBe('/sign-in');
  });

  test('rate limit says how long to wait', async () => {
    const user = userEvent.setup();
    installFakeApi({
      SignIn: () =>
        errorReply(
          'Too many failed sign-in attempts. Try again in 290 seconds.',
          {
            code: 'RATE_LIMITED',
            retryAfterSeconds: 290,
          },
        ),
    });
    await renderAt('/sign-in');

    await signIn(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many sign-in attempts. Try again in 5 minutes.',
    );
  });

  test('short waits count seconds', async () => {
    const user = userEvent.setup();
    installFakeApi({
      SignIn: () =>
        errorReply('Too many failed sign-in attempts.', {
          code: 'RATE_LIMITED',
          retryAfterSeconds: 1,
        }),
    });
    await renderAt('/sign-in');

    await signIn(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many sign-in attempts. Try again in 1 second.',
    );
  });

  test('network failure says so', async () => {
    const user = userEvent.setup();
    const api = installFakeApi();
    await renderAt('/sign-in');
    api.fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));

    await signIn(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not reach the server.',
    );
  });

  test('validates the e-mail address on blur', async () => {
    const user = userEvent.setup();
    installFakeApi();
    await renderAt('/sign-in');
    const email = screen.getByLabelText('E-mail address');

    await user.type(email, 'alex');
    await user.tab();

    expect(email).toHaveAccessibleDescription(
      'Enter an e-mail address in the form name@example.org.',
    );
  });
});

describe('SignInPage next target', () => {
  test('goes to a safe next path', async () => {
    const user = userEvent.setup();
    const api = signInSucceeds();
    await renderAt('/sign-in?next=%2Forganisations%2Forg-3%3Ftab%3Dmembers');

    await signIn(user);

    await waitFor(() =>
      expect(currentPath()).toBe('/organisations/org-3?tab=members'),
    );
    expect(api.requestsFor('SignIn')[0]!.variables).toEqual({
      input: { email: 'alex@example.org', password: 'a long password' },
    });
    expect(api.requestsFor('Me').length).toBeGreaterThan(1);
  });

  test.each([
    ['protocol-relative', '//evil.example/path'],
    ['backslash', '/\\evil.example'],
    ['absolute', 'https://evil.example/'],
    ['script', 'javascript:alert(1)'],
    ['relative', 'account'],
  ])('rejects a %s next', async (_kind, next) => {
    const user = userEvent.setup();
    signInSucceeds();
    await renderAt(`/sign-in?next=${encodeURIComponent(next)}`);

    await signIn(user);

    await waitFor(() => expect(currentPath()).toBe('/'));
  });

  test('sign-up link keeps next', async () => {
    installFakeApi();
    await renderAt('/sign-in?next=%2Faccount');

    expect(
      screen.getByRole('link', { name: 'Create an account' }),
    ).toHaveAttribute('href', '/sign-up?next=%2Faccount');
  });
});
