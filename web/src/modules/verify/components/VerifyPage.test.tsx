import { jest } from '@jest/globals';
import { installFakeApi } from '@test/fake-api';
import { renderPage } from '@test/render';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { errorReply, meHandler } from '@/modules/accounts/testing';
import { verificationFixture, verifyReply } from '@/modules/badge-page/testing';

import { VerifyPage } from './VerifyPage';

interface RestCall {
  url: string;
  contentType: string;
  body: unknown;
}

/**
 * Replies to `POST /api/verify` with `reply` and passes GraphQL requests to
 * the fake API. A reply of `'offline'` fails like an unreachable server.
 */
function installRestVerify(
  reply: { status: number; body: unknown } | 'offline',
) {
  const graphqlFetch = globalThis.fetch;
  const calls: RestCall[] = [];
  globalThis.fetch = jest.fn(
    async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      if (!url.startsWith('/api/verify')) return graphqlFetch(input, init);

      const headers = init?.headers as Record<string, string>;
      calls.push({
        url,
        contentType: headers['Content-Type']!,
        body: init?.body,
      });
      if (reply === 'offline') throw new TypeError('Failed to fetch');

      return {
        ok: reply.status < 400,
        status: reply.status,
        json: async () => reply.body,
      } as unknown as Response;
    },
  ) as typeof fetch;

  return calls;
}

function renderVerifyPage() {
  return renderPage(<VerifyPage />, { route: '/verify' });
}

const PNG = () =>
  new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'badge.png', {
    type: 'image/png',
  });

describe('VerifyPage', () => {
  test('verifies pasted JSON for a recipient', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      Me: meHandler(null),
      VerifyCredential: () =>
        verifyReply(
          verificationFixture([], {
            checks: [
              ...verificationFixture().checks,
              {
                check: 'RECIPIENT',
                outcome: 'PASSED',
                message: 'The e-mail address matches.',
              },
            ],
          }),
        ),
    });
    renderVerifyPage();
    expect(document.title).toBe('Verify a badge – Learnscape');

    await user.click(
      screen.getByRole('textbox', { name: 'Credential JSON or VC-JWT' }),
    );
    await user.paste('  {"id":"urn:uuid:cred-1"}\n');
    await user.type(
      screen.getByRole('textbox', {
        name: "Recipient's e-mail address (optional)",
      }),
      'lee@example.org',
    );
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    const results = await screen.findByRole('region', {
      name: 'Verification result',
    });
    expect(within(results).getByText('Verified')).toBeInTheDocument();
    expect(within(results).getByText('Recipient: Passed')).toBeInTheDocument();
    expect(
      within(results).getByText('The e-mail address matches.'),
    ).toBeInTheDocument();
    expect(within(results).getByText('Katoomba Bike Club')).toBeInTheDocument();
    expect(api.requestsFor('VerifyCredential')[0]?.variables).toEqual({
      input: {
        credential: '{"id":"urn:uuid:cred-1"}',
        recipientEmail: 'lee@example.org',
      },
    });
  });

  test('asks for input when empty', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({ Me: meHandler(null) });
    renderVerifyPage();

    await user.click(screen.getByRole('button', { name: 'Verify' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Paste a credential or choose a badge file.',
    );
    expect(api.requestsFor('VerifyCredential')).toHaveLength(0);
  });

  test('never says verified when the proof was skipped', async () => {
    const user = userEvent.setup();
    installFakeApi({
      Me: meHandler(null),
      VerifyCredential: () =>
        verifyReply(
          verificationFixture([], {
            verified: false,
            checks: [
              { check: 'FORMAT', outcome: 'PASSED', message: 'JSON.' },
              { check: 'PROOF', outcome: 'SKIPPED', message: 'No proof.' },
            ],
          }),
        ),
    });
    renderVerifyPage();

    await user.type(
      screen.getByRole('textbox', { name: 'Credential JSON or VC-JWT' }),
      'eyJhbGciOiJFUzI1NiJ9.e30.sig',
    );
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    const results = await screen.findByRole('region', {
      name: 'Verification result',
    });
    expect(
      within(results).getByText('Could not be verified'),
    ).toBeInTheDocument();
    expect(
      within(results).getByText('Signature: Not checked'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Could not be verified: the signature could not be checked.',
      ),
    ).toBeInTheDocument();
  });

  test('sends a PNG file to the REST route', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({ Me: meHandler(null) });
    const calls = installRestVerify({
      status: 200,
      body: verificationFixture([], { format: 'PNG' }),
    });
    renderVerifyPage();

    const png = PNG();
    await user.upload(screen.getByLabelText('Badge file'), png);
    expect(screen.getByText(/Chosen file: badge.png/)).toBeInTheDocument();
    await user.type(
      screen.getByRole('textbox', {
        name: "Recipient's e-mail address (optional)",
      }),
      'lee+b@example.org',
    );
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    const results = await screen.findByRole('region', {
      name: 'Verification result',
    });
    expect(within(results).getByText('Verified')).toBeInTheDocument();
    expect(within(results).getByText('Baked PNG image')).toBeInTheDocument();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe(
      '/api/verify?recipientEmail=lee%2Bb%40example.org',
    );
    expect(calls[0]?.contentType).toBe('image/png');
    expect(calls[0]?.body).toBe(png);
    expect(api.requestsFor('VerifyCredential')).toHaveLength(0);
  });

  test.each([
    [
      413,
      "The file is larger than the server accepts. Choose a smaller file, or paste the credential's JSON instead.",
    ],
    [
      415,
      'The server does not accept this kind of file. Choose a PNG, SVG, JSON or JWT file.',
    ],
    [502, 'The server failed to verify the badge (HTTP 502). Try again later.'],
  ])('explains HTTP %i', async (status, message) => {
    const user = userEvent.setup();
    installFakeApi({ Me: meHandler(null) });
    installRestVerify({ status, body: { errors: [{ message: 'x' }] } });
    renderVerifyPage();

    await user.upload(screen.getByLabelText('Badge file'), PNG());
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The badge could not be checked.');
    expect(alert).toHaveTextContent(message);
  });

  test('explains a network failure', async () => {
    const user = userEvent.setup();
    installFakeApi({ Me: meHandler(null) });
    installRestVerify('offline');
    renderVerifyPage();

    await user.upload(screen.getByLabelText('Badge file'), PNG());
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The server could not be reached. Check your connection and try again.',
    );
  });

  test('shows a rejection message from the server', async () => {
    const user = userEvent.setup();
    installFakeApi({ Me: meHandler(null) });
    installRestVerify({
      status: 400,
      body: {
        errors: [{ message: 'recipientEmail "x" is not an e-mail address.' }],
      },
    });
    renderVerifyPage();

    await user.upload(screen.getByLabelText('Badge file'), PNG());
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The server rejected the request: recipientEmail "x" is not an e-mail address.',
    );
  });

  test('reads an SVG file as text', async () => {
    const user = userEvent.setup();
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg"><title>b</title></svg>';
    const api = installFakeApi({
      Me: meHandler(null),
      VerifyCredential: () =>
        verifyReply(verificationFixture(['VALID_UNTIL'], { format: 'SVG' })),
    });
    renderVerifyPage();

    await user.upload(
      screen.getByLabelText('Badge file'),
      new File([svg], 'badge.svg', { type: 'image/svg+xml' }),
    );
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    const results = await screen.findByRole('region', {
      name: 'Verification result',
    });
    expect(
      within(results).getByText('Not expired: Failed'),
    ).toBeInTheDocument();
    expect(api.requestsFor('VerifyCredential')[0]?.variables).toEqual({
      input: { credential: svg, recipientEmail: null },
    });
  });

  test('rejects other file types', async () => {
    const user = userEvent.setup({ applyAccept: false });
    installFakeApi({ Me: meHandler(null) });
    renderVerifyPage();

    await user.upload(
      screen.getByLabelText('Badge file'),
      new File(['x'], 'photo.jpg', { type: 'image/jpeg' }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'photo.jpg (image/jpeg) is not a badge file; choose a PNG, SVG, JSON or JWT file.',
    );
    expect(screen.queryByText(/Chosen file/)).toBeNull();
  });

  test('shows a GraphQL error', async () => {
    const user = userEvent.setup();
    installFakeApi({
      Me: meHandler(null),
      VerifyCredential: () =>
        errorReply('credential is empty; paste a credential.', {
          code: 'BAD_USER_INPUT',
          field: 'input.credential',
        }),
    });
    renderVerifyPage();

    await user.type(
      screen.getByRole('textbox', { name: 'Credential JSON or VC-JWT' }),
      'not a credential',
    );
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The badge could not be checked.');
    expect(alert).toHaveTextContent('credential is empty; paste a credential.');
  });

  test('lists endorsement results', async () => {
    const user = userEvent.setup();
    installFakeApi({
      Me: meHandler(null),
      VerifyCredential: () =>
        verifyReply(
          verificationFixture([], {
            endorsements: [
              {
                endorserName: 'Blue Mountains Council',
                endorserId: 'did:web:council',
                comment: 'A rigorous badge.',
                verified: true,
                checks: [
                  { check: 'PROOF', outcome: 'PASSED', message: 'Signed.' },
                ],
              },
            ],
          }),
        ),
    });
    renderVerifyPage();

    await user.type(
      screen.getByRole('textbox', { name: 'Credential JSON or VC-JWT' }),
      'eyJ.e30.sig',
    );
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    const endorsement = await screen.findByRole('list', {
      name: 'Endorsement by Blue Mountains Council',
    });
    expect(
      within(endorsement).getByText('Signature: Passed'),
    ).toBeInTheDocument();
    expect(screen.getByText('A rigorous badge.')).toBeInTheDocument();
    expect(screen.getByText('Endorsement verified')).toBeInTheDocument();
  });
  test('says when the issuer is not an organisation on Learnscape', async () => {
    const user = userEvent.setup();
    installFakeApi({
      Me: meHandler(null),
      VerifyCredential: () =>
        verifyReply(
          verificationFixture([], {
            issuerKnown: false,
            issuerId: 'did:key:z6MkStranger',
            issuerName: 'Blue Mountains Council',
          }),
        ),
    });
    renderVerifyPage();

    await user.click(
      screen.getByRole('textbox', { name: 'Credential JSON or VC-JWT' }),
    );
    await user.paste('{"id":"urn:uuid:cred-1"}');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    const results = await screen.findByRole('region', {
      name: 'Verification result',
    });
    const term = within(results).getByText(
      'Issuer (as the credential names itself, not an organisation on Learnscape)',
    );
    expect(term.nextSibling).toHaveTextContent('Blue Mountains Council');
    expect(
      within(results).getByText('did:key:z6MkStranger'),
    ).toBeInTheDocument();
    expect(within(results).queryByText('Issuer')).not.toBeInTheDocument();
  });

  test('names a known issuer plainly and dates the date checks', async () => {
    const user = userEvent.setup();
    installFakeApi({
      Me: meHandler(null),
      VerifyCredential: () =>
        verifyReply(verificationFixture([], { issuerKnown: true })),
    });
    renderVerifyPage();

    await user.click(
      screen.getByRole('textbox', { name: 'Credential JSON or VC-JWT' }),
    );
    await user.paste('{"id":"urn:uuid:cred-1"}');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    const results = await screen.findByRole('region', {
      name: 'Verification result',
    });
    expect(within(results).getByText('Issuer')).toBeInTheDocument();
    const validFrom = within(results)
      .getByText('Valid from date reached: Passed')
      .closest('li')!;
    expect(validFrom).toHaveTextContent(/Date: .*2026/);
    expect(validFrom).not.toHaveTextContent('Date: 2026-03-05T');
  });

  test('clears the previous result when a new attempt fails', async () => {
    const user = userEvent.setup();
    installFakeApi({
      Me: meHandler(null),
      VerifyCredential: () => verifyReply(verificationFixture()),
    });
    renderVerifyPage();
    const textbox = screen.getByRole('textbox', {
      name: 'Credential JSON or VC-JWT',
    });

    await user.click(textbox);
    await user.paste('{"id":"urn:uuid:cred-1"}');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await screen.findByRole('region', { name: 'Verification result' });
    await user.clear(textbox);
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Paste a credential or choose a badge file.',
    );
    expect(
      screen.queryByRole('region', { name: 'Verification result' }),
    ).not.toBeInTheDocument();
  });
});
