import { installFakeApi } from '@test/fake-api';
import { currentPath, renderPage } from '@test/render';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { RequireSignIn } from '@/modules/accounts';
import {
  errorReply,
  meHandler,
  viewerFixture,
} from '@/modules/accounts/testing';

import { badgeFixture } from '../testing';
import { ClaimPage } from './ClaimPage';

function renderClaim() {
  return renderPage(
    <RequireSignIn>
      <ClaimPage />
    </RequireSignIn>,
    { route: '/claim/ABCD-EFGH-JK', path: '/claim/:code' },
  );
}

describe('ClaimPage', () => {
  test('sends a signed-out visitor to sign in and back', async () => {
    installFakeApi({ Me: meHandler(null) });
    renderClaim();

    await waitFor(() =>
      expect(currentPath()).toBe('/sign-in?next=%2Fclaim%2FABCD-EFGH-JK'),
    );
  });

  test('claims the badge with the code and links to it', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      Me: meHandler(viewerFixture()),
      RedeemClaimCode: () => ({
        body: { data: { redeemClaimCode: badgeFixture('c-9', 'Stargazer') } },
      }),
    });
    renderClaim();

    expect(await screen.findByText('ABCD-EFGH-JK')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Claim badge' }));

    const heading = await screen.findByRole('heading', {
      name: 'You claimed Stargazer',
    });
    expect(heading).toHaveFocus();
    expect(
      screen.getByRole('link', { name: 'View the badge' }),
    ).toHaveAttribute('href', '/badges/c-9');
    expect(api.requestsFor('RedeemClaimCode')[0]?.variables).toEqual({
      input: { code: 'ABCD-EFGH-JK' },
    });
  });

  test('explains an expired code', async () => {
    const user = userEvent.setup();
    installFakeApi({
      Me: meHandler(viewerFixture()),
      RedeemClaimCode: () =>
        errorReply('Claim code ABCD-EFGH-JK expired on 2026-01-01.', {
          code: 'CONFLICT',
        }),
    });
    renderClaim();

    await user.click(
      await screen.findByRole('button', { name: 'Claim badge' }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Claim code ABCD-EFGH-JK expired on 2026-01-01.',
    );
  });

  test('links to the account page when the address is not verified', async () => {
    const user = userEvent.setup();
    installFakeApi({
      Me: meHandler(viewerFixture({ emailVerified: false })),
      RedeemClaimCode: () =>
        errorReply('Verify your e-mail address before claiming a badge.', {
          code: 'FORBIDDEN',
          reason: 'EMAIL_NOT_VERIFIED',
        }),
    });
    renderClaim();

    await user.click(
      await screen.findByRole('button', { name: 'Claim badge' }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Verify your e-mail address before claiming a badge.',
    );
    expect(screen.getByRole('link', { name: /account/i })).toHaveAttribute(
      'href',
      '/account',
    );
  });
});
