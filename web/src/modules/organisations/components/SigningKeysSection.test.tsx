import { installFakeApi } from '@test/fake-api';
import { renderWithApp } from '@test/render';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { errorReply } from '@/modules/accounts/testing';

import { ORGANISATION_ID } from './organisation-fixtures';
import { SigningKeysSection } from './SigningKeysSection';

const ISSUER_ID = `did:web:localhost%3A3000:issuers:${ORGANISATION_ID}`;

function identityHandler() {
  return {
    body: {
      data: { organisation: { id: ORGANISATION_ID, issuerId: ISSUER_ID } },
    },
  };
}

describe('SigningKeysSection', () => {
  test('shows the issuer id and DID document link', async () => {
    installFakeApi({ IssuerIdentity: identityHandler });
    renderWithApp(
      <SigningKeysSection organisationId={ORGANISATION_ID} isOwner={false} />,
    );

    expect(await screen.findByText(ISSUER_ID)).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'DID document (JSON)' }),
    ).toHaveAttribute('href', `/issuers/${ORGANISATION_ID}/did.json`);
    expect(
      screen.queryByRole('button', { name: /Replace the signing keys/ }),
    ).not.toBeInTheDocument();
  });

  test('replaces the keys after confirmation', async () => {
    const api = installFakeApi({
      IssuerIdentity: identityHandler,
      RotateIssuerKeys: () => ({
        body: {
          data: {
            rotateIssuerKeys: { id: ORGANISATION_ID, issuerId: ISSUER_ID },
          },
        },
      }),
    });
    renderWithApp(
      <SigningKeysSection organisationId={ORGANISATION_ID} isOwner />,
    );
    const user = userEvent.setup();

    await user.click(
      await screen.findByRole('button', { name: 'Replace the signing keys…' }),
    );
    await user.click(screen.getByRole('button', { name: 'Replace the keys' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'The signing keys were replaced.',
    );
    expect(api.requestsFor('RotateIssuerKeys')[0]?.variables).toEqual({
      input: { organisationId: ORGANISATION_ID },
    });
  });

  test('shows a refusal next to the buttons', async () => {
    installFakeApi({
      IssuerIdentity: identityHandler,
      RotateIssuerKeys: () =>
        errorReply('Only owners can replace signing keys.', {
          code: 'FORBIDDEN',
        }),
    });
    renderWithApp(
      <SigningKeysSection organisationId={ORGANISATION_ID} isOwner />,
    );
    const user = userEvent.setup();

    await user.click(
      await screen.findByRole('button', { name: 'Replace the signing keys…' }),
    );
    await user.click(screen.getByRole('button', { name: 'Replace the keys' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Only owners can replace signing keys.',
    );
    expect(
      screen.getByRole('button', { name: 'Replace the keys' }),
    ).toHaveAccessibleDescription('Only owners can replace signing keys.');
  });
});
