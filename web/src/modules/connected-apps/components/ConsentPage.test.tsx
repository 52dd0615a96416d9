import { jest } from '@jest/globals';
import { type Handler, installFakeApi } from '@test/fake-api';
import { renderPage } from '@test/render';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import {
  errorReply,
  meHandler,
  viewerFixture,
} from '@/modules/accounts/testing';

import { ConsentPage } from './ConsentPage';

const SCOPE = 'https://purl.imsglobal.org/spec/ob/v3p0/scope/';

function requestReply() {
  return {
    body: {
      data: {
        oauthAuthorizationRequest: {
          id: 'request-1',
          redirectUri: 'https://wallet.example.com/callback',
          expiresAt: '2030-01-01T00:00:00Z',
          client: {
            name: 'Example Wallet',
            clientUri: 'https://wallet.example.com/',
            logoUri: 'https://wallet.example.com/logo.png',
            tosUri: 'https://wallet.example.com/terms',
            policyUri: 'https://wallet.example.com/privacy',
          },
          scopes: [
            { uri: `${SCOPE}credential.readonly`, description: 'read' },
            { uri: `${SCOPE}profile.update`, description: 'update' },
          ],
        },
      },
    },
  };
}

function install(overrides: Record<string, Handler> = {}) {
  return installFakeApi({
    Me: meHandler(viewerFixture()),
    AuthorizationRequest: () => requestReply(),
    ...overrides,
  });
}

function renderConsent(
  route: string,
  navigate = jest.fn<(url: string) => void>(),
) {
  renderPage(<ConsentPage navigate={navigate} />, {
    route,
    path: '/oauth/consent',
  });

  return navigate;
}

describe('consent page', () => {
  test('names the app, its links and each scope', async () => {
    install();
    renderConsent('/oauth/consent?request=request-1');

    expect(
      await screen.findByRole('heading', {
        name: 'Allow Example Wallet to use your Learnscape account?',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Privacy policy' }),
    ).toHaveAttribute('href', 'https://wallet.example.com/privacy');
    const scopes = screen.getByRole('list', {
      name: 'Example Wallet will be able to:',
    });
    expect(scopes).toHaveTextContent(/See your badges/);
    for (const heading of screen.getAllByRole('heading')) {
      if (!heading.textContent?.includes('Example Wallet')) continue;
      // The name is isolated, so its own direction cannot reorder the text.
      expect(heading.querySelector('bdi')).toHaveTextContent(
        /^Example Wallet$/,
      );
    }
    expect(scopes).toHaveTextContent(/Change your name/);
    expect(
      screen.getByText(/you go back to wallet.example.com/),
    ).toBeInTheDocument();
  });

  test('allows by keyboard and follows the redirect', async () => {
    const user = userEvent.setup();
    const api = install({
      ApproveAuthorization: () => ({
        body: {
          data: {
            approveOAuthAuthorization: {
              redirectUrl:
                'https://wallet.example.com/callback?code=abc&state=s',
            },
          },
        },
      }),
    });
    const navigate = renderConsent('/oauth/consent?request=request-1');
    const allow = await screen.findByRole('button', { name: 'Allow' });
    allow.focus();
    await user.keyboard('{Enter}');

    await screen.findByRole('button', { name: 'Allow' });
    expect(api.requestsFor('ApproveAuthorization')[0]?.variables).toEqual({
      input: { requestId: 'request-1' },
    });
    expect(navigate).toHaveBeenCalledWith(
      'https://wallet.example.com/callback?code=abc&state=s',
    );
  });

  test('denies and follows the redirect', async () => {
    const user = userEvent.setup();
    install({
      DenyAuthorization: () => ({
        body: {
          data: {
            denyOAuthAuthorization: {
              redirectUrl:
                'https://wallet.example.com/callback?error=access_denied',
            },
          },
        },
      }),
    });
    const navigate = renderConsent('/oauth/consent?request=request-1');
    await user.click(await screen.findByRole('button', { name: 'Deny' }));

    expect(navigate).toHaveBeenCalledWith(
      'https://wallet.example.com/callback?error=access_denied',
    );
  });

  test('explains an expired request', async () => {
    install({
      AuthorizationRequest: () =>
        errorReply('This authorization request has expired.', {
          code: 'CONFLICT',
        }),
    });
    renderConsent('/oauth/consent?request=request-1');

    expect(
      await screen.findByRole('heading', { name: 'This app cannot connect' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/cannot be shown/)).toBeInTheDocument();
  });

  test('explains an unregistered redirect address', async () => {
    install();
    renderConsent('/oauth/consent?error=invalid_redirect_uri');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      /did not register/,
    );
  });
});
