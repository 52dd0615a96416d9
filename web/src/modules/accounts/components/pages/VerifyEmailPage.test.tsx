import { installFakeApi } from '@test/fake-api';
import { flushRequests, renderPage } from '@test/render';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { errorReply, meHandler, viewerFixture } from '../../testing';
import { VerifyEmailPage } from './VerifyEmailPage';

const EXPIRED = 'This verification link has expired or was used already.';

async function renderAt(route: string) {
  renderPage(<VerifyEmailPage />, { route });
  await flushRequests();
}

describe('VerifyEmailPage', () => {
  test('verifies the token once on load', async () => {
    const api = installFakeApi({
      VerifyEmail: () => ({
        body: {
          data: {
            verifyEmail: {
              email: 'alex@example.org',
              primary: true,
              account: null,
            },
          },
        },
      }),
    });
    await renderAt('/verify-email?token=abc123');

    expect(
      await screen.findByText('Your e-mail address is verified.'),
    ).toBeInTheDocument();
    expect(api.requestsFor('VerifyEmail')).toHaveLength(1);
    expect(api.requestsFor('VerifyEmail')[0]!.variables).toEqual({
      input: { token: 'abc123' },
    });
  });

  test('extra address opened by someone else', async () => {
    installFakeApi({
      VerifyEmail: () => ({
        body: {
          data: {
            verifyEmail: {
              email: 'old@example.org',
              primary: false,
              account: null,
            },
          },
        },
      }),
    });
    await renderAt('/verify-email?token=abc123');

    expect(
      await screen.findByText(
        'Badges sent to old@example.org now go to the Learnscape account that added this address.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: 'Go to your badges' }),
    ).not.toBeInTheDocument();
  });

  test('extra address opened by its account', async () => {
    installFakeApi({
      VerifyEmail: () => ({
        body: {
          data: {
            verifyEmail: {
              email: 'old@example.org',
              primary: false,
              account: { id: 'user-1' },
            },
          },
        },
      }),
    });
    await renderAt('/verify-email?token=abc123');

    expect(
      await screen.findByText(
        'Badges sent to old@example.org now appear in your backpack.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Go to your badges' }),
    ).toHaveAttribute('href', '/my/badges');
  });

  test('shows the server message and a resend', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      Me: meHandler(viewerFixture({ emailVerified: false })),
      VerifyEmail: () => errorReply(EXPIRED, { code: 'BAD_USER_INPUT' }),
      ResendVerificationEmail: () => ({
        body: { data: { resendVerificationEmail: true } },
      }),
    });
    await renderAt('/verify-email?token=old');

    const message = await screen.findByText(EXPIRED);
    expect(message.closest('[role="alert"]')).toBeInTheDocument();

    await user.click(
      await screen.findByRole('button', {
        name: 'Send a new verification e-mail',
      }),
    );

    expect(
      await screen.findByText('We sent a new link to alex@example.org.'),
    ).toBeInTheDocument();
    expect(api.requestsFor('ResendVerificationEmail')).toHaveLength(1);
  });

  test('signed out gets a sign-in link', async () => {
    installFakeApi({
      VerifyEmail: () => errorReply(EXPIRED, { code: 'BAD_USER_INPUT' }),
    });
    await renderAt('/verify-email?token=old');

    await screen.findByText(EXPIRED);
    expect(
      screen.getByRole('link', { name: 'Sign in to request a new link' }),
    ).toHaveAttribute('href', '/sign-in?next=%2Faccount');
    expect(
      screen.queryByRole('button', { name: 'Send a new verification e-mail' }),
    ).not.toBeInTheDocument();
  });

  test('a link without token says so', async () => {
    const api = installFakeApi();
    await renderAt('/verify-email');

    expect(screen.getByRole('alert')).toHaveTextContent(
      'This link has no verification code.',
    );
    expect(api.requestsFor('VerifyEmail')).toHaveLength(0);
  });

  test('resend shows a rate limit', async () => {
    const user = userEvent.setup();
    installFakeApi({
      Me: meHandler(viewerFixture({ emailVerified: false })),
      VerifyEmail: () => errorReply(EXPIRED, { code: 'BAD_USER_INPUT' }),
      ResendVerificationEmail: () =>
        errorReply('At most 5 verification e-mails an hour.', {
          code: 'RATE_LIMITED',
          retryAfterSeconds: 3000,
        }),
    });
    await renderAt('/verify-email?token=old');

    await user.click(
      await screen.findByRole('button', {
        name: 'Send a new verification e-mail',
      }),
    );

    expect(
      await screen.findByText('Too many attempts. Try again in 50 minutes.'),
    ).toBeInTheDocument();
  });
});
