import { installFakeApi } from '@test/fake-api';
import { currentPath, flushRequests, renderPage } from '@test/render';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { AppRoutes } from '@/app/routes';

import { errorReply } from '../../testing';
import { ForgotPasswordPage } from './ForgotPasswordPage';

const SENT =
  'If an account uses sam@example.org, we have sent it a link to set a new password. Check your spam folder if it does not arrive.';

describe('ForgotPasswordPage', () => {
  test('shows the same confirmation', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      RequestPasswordReset: () => ({
        body: { data: { requestPasswordReset: true } },
      }),
    });
    renderPage(<ForgotPasswordPage />, { route: '/forgot-password' });
    await flushRequests();

    await user.type(
      screen.getByLabelText('E-mail address'),
      'sam@example.org ',
    );
    await user.click(screen.getByRole('button', { name: 'Send reset link' }));

    expect(await screen.findByText(SENT)).toBeInTheDocument();
    expect(api.requestsFor('RequestPasswordReset')[0]!.variables).toEqual({
      input: { email: 'sam@example.org' },
    });
    expect(screen.queryByLabelText('E-mail address')).not.toBeInTheDocument();
  });

  test('checks the address before sending', async () => {
    const user = userEvent.setup();
    const api = installFakeApi();
    renderPage(<ForgotPasswordPage />, { route: '/forgot-password' });
    await flushRequests();

    await user.type(screen.getByLabelText('E-mail address'), 'sam');
    await user.click(screen.getByRole('button', { name: 'Send reset link' }));

    expect(screen.getByLabelText('E-mail address')).toHaveFocus();
    expect(
      screen.getByText('Enter an e-mail address in the form name@example.org.'),
    ).toBeInTheDocument();
    expect(api.requestsFor('RequestPasswordReset')).toHaveLength(0);
  });
});

describe('ResetPasswordPage', () => {
  async function renderReset(route = '/reset-password?token=tok-1') {
    renderPage(<AppRoutes />, { route, path: '/*' });
    await flushRequests();
  }

  test('passwords must match', async () => {
    const user = userEvent.setup();
    const api = installFakeApi();
    await renderReset();
    const confirm = screen.getByLabelText('Repeat the new password');

    await user.type(
      screen.getByLabelText('New password'),
      'a new long password',
    );
    await user.type(confirm, 'a new long passwort');
    await user.tab();

    expect(confirm).toHaveAttribute('aria-invalid', 'true');
    expect(confirm).toHaveAccessibleDescription(
      'The two passwords differ. Type the same new password twice.',
    );

    await user.click(screen.getByRole('button', { name: 'Set new password' }));

    expect(confirm).toHaveFocus();
    expect(api.requestsFor('ResetPassword')).toHaveLength(0);
  });

  test('success goes to sign in', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      ResetPassword: () => ({ body: { data: { resetPassword: true } } }),
    });
    await renderReset();

    await user.type(
      screen.getByLabelText('New password'),
      'a new long password',
    );
    await user.type(
      screen.getByLabelText('Repeat the new password'),
      'a new long password',
    );
    await user.click(screen.getByRole('button', { name: 'Set new password' }));

    expect(
      await screen.findByText(
        'Your password was changed, and every device was signed out. Sign in with the new password.',
      ),
    ).toBeInTheDocument();
    expect(currentPath()).toBe('/sign-in');
    expect(api.requestsFor('ResetPassword')[0]!.variables).toEqual({
      input: { token: 'tok-1', newPassword: 'a new long password' },
    });
  });

  test('an expired link offers a new one', async () => {
    const user = userEvent.setup();
    installFakeApi({
      ResetPassword: () =>
        errorReply('This reset link has expired; request a new one.', {
          code: 'BAD_USER_INPUT',
          field: 'input.token',
        }),
    });
    await renderReset();

    await user.type(
      screen.getByLabelText('New password'),
      'a new long password',
    );
    await user.type(
      screen.getByLabelText('Repeat the new password'),
      'a new long password',
    );
    await user.click(screen.getByRole('button', { name: 'Set new password' }));

    const alert = await screen.findByText(
      'This reset link has expired; request a new one.',
    );
    await waitFor(() => expect(alert.closest('[role="alert"]')).toHaveFocus());
    expect(
      screen.getByRole('link', { name: 'Request a new reset link' }),
    ).toHaveAttribute('href', '/forgot-password');
  });

  test('server password rule shows on the field', async () => {
    const user = userEvent.setup();
    installFakeApi({
      ResetPassword: () =>
        errorReply('Password is the same as the e-mail address.', {
          code: 'BAD_USER_INPUT',
          field: 'input.newPassword',
        }),
    });
    await renderReset();
    const password = screen.getByLabelText('New password');

    await user.type(password, 'sam@example.org');
    await user.type(
      screen.getByLabelText('Repeat the new password'),
      'sam@example.org',
    );
    await user.click(screen.getByRole('button', { name: 'Set new password' }));

    await waitFor(() => expect(password).toHaveFocus());
    expect(password).toHaveAccessibleDescription(
      /Password is the same as the e-mail address\.$/,
    );
  });

  test('a link without token says so', async () => {
    installFakeApi();
    await renderReset('/reset-password');

    expect(screen.getByRole('alert')).toHaveTextContent(
      'This link has no reset code.',
    );
  });
});
