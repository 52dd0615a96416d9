import { jest } from '@jest/globals';
import { badUserInput, installFakeApi } from '@test/fake-api';
import { renderPage } from '@test/render';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { meHandler, viewerFixture } from '@/modules/accounts/testing';

import {
  importedBadgeFixture,
  importReply,
  unverifiableBadgeFixture,
} from '../testing';
import { ImportBadgePage } from './ImportBadgePage';

interface UploadCall {
  url: string;
  method: string | undefined;
  body: unknown;
}

/**
 * Replies to `POST /api/imported-badges` with `reply` and passes GraphQL
 * requests to the fake API. A reply of `'offline'` fails like an
 * unreachable server.
 */
function installRestImport(
  reply: { status: number; body: unknown } | 'offline',
) {
  const graphqlFetch = globalThis.fetch;
  const calls: UploadCall[] = [];
  globalThis.fetch = jest.fn(
    async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      if (url !== '/api/imported-badges') return graphqlFetch(input, init);

      calls.push({ url, method: init?.method, body: init?.body });
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

function renderImportPage() {
  return renderPage(<ImportBadgePage />, { route: '/my/badges/import' });
}

const PNG = () =>
  new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'river-safety.png', {
    type: 'image/png',
  });

const SIGNED_IN = { Me: meHandler(viewerFixture()) };

describe('ImportBadgePage', () => {
  test('uploads a baked PNG and shows the report', async () => {
    const user = userEvent.setup();
    installFakeApi(SIGNED_IN);
    const badge = importedBadgeFixture({ source: 'PNG' });
    const calls = installRestImport({
      status: 201,
      body: { created: true, badge },
    });
    renderImportPage();
    expect(document.title).toBe('Import a badge – Learnscape');

    const png = PNG();
    await user.upload(screen.getByLabelText('Badge image'), png);
    expect(
      screen.getByText('Chosen file: river-safety.png'),
    ).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Upload a file' });
    await user.click(
      within(form).getByRole('button', { name: 'Import and verify' }),
    );

    const report = await screen.findByRole('region', {
      name: 'Verification report',
    });
    expect(
      within(report).getByText('The badge was added to your backpack.'),
    ).toBeInTheDocument();
    expect(
      within(report).getByRole('heading', { name: 'River Safety' }),
    ).toBeInTheDocument();
    expect(within(report).getByText('Status: Valid')).toBeInTheDocument();
    expect(within(report).getByText('Penrith Paddlers')).toBeInTheDocument();
    expect(
      within(report).getByText('Issuer name (from the badge)'),
    ).toBeInTheDocument();
    expect(within(report).getByText('Issuer ID')).toBeInTheDocument();
    expect(
      within(report).getByText('https://paddlers.example.org/issuer'),
    ).toBeInTheDocument();
    expect(
      within(report).getByText(/^The issuer name comes from the badge itself/),
    ).toBeInTheDocument();
    expect(within(report).getByText('February 10, 2026')).toBeInTheDocument();
    const checks = within(report).getByRole('list', { name: 'Checks' });
    expect(within(checks).getByText('Signature: Passed')).toBeInTheDocument();
    expect(
      within(report).getByRole('link', {
        name: 'Open the page of River Safety',
      }),
    ).toHaveAttribute('href', '/my/badges/imported/imp-1');
    expect(
      within(report).getByRole('link', { name: 'Back to My badges' }),
    ).toHaveAttribute('href', '/my/badges');
    expect(
      screen.getAllByRole('link', { name: 'Back to My badges' }),
    ).toHaveLength(1);
    expect(
      screen.getByText('River Safety was imported. Status: Valid.'),
    ).toHaveAttribute('role', 'status');

    expect(calls).toHaveLength(1);
    expect(calls[0]?.method).toBe('POST');
    expect(calls[0]?.body).toBeInstanceOf(FormData);
    expect((calls[0]?.body as FormData).get('file')).toBeInstanceOf(File);
    expect(((calls[0]?.body as FormData).get('file') as File).name).toBe(
      'river-safety.png',
    );
  });

  test('rejects a file that is not PNG or SVG', async () => {
    const user = userEvent.setup({ applyAccept: false });
    installFakeApi(SIGNED_IN);
    const calls = installRestImport({ status: 500, body: {} });
    renderImportPage();

    const input = screen.getByLabelText('Badge image');
    await user.upload(
      input,
      new File(['{}'], 'badge.json', { type: 'application/json' }),
    );

    expect(input).toHaveAccessibleDescription(
      expect.stringContaining(
        'badge.json has the type application/json; choose a baked PNG or SVG image.',
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Import and verify' }));
    expect(input).toHaveFocus();
    expect(calls).toHaveLength(0);
  });

  test('rejects a file over 5 MiB', async () => {
    const user = userEvent.setup();
    installFakeApi(SIGNED_IN);
    const calls = installRestImport({ status: 500, body: {} });
    renderImportPage();

    const large = new File(
      [new Uint8Array(5 * 1024 * 1024 + 100_000)],
      'poster.png',
      { type: 'image/png' },
    );
    const input = screen.getByLabelText('Badge image');
    await user.upload(input, large);
    await user.click(screen.getByRole('button', { name: 'Import and verify' }));

    expect(input).toHaveAccessibleDescription(
      expect.stringContaining(
        'poster.png is 5.1 MiB; choose a file of at most 5 MiB.',
      ),
    );
    expect(calls).toHaveLength(0);
  });

  test('asks for a file before uploading', async () => {
    const user = userEvent.setup();
    installFakeApi(SIGNED_IN);
    const calls = installRestImport({ status: 500, body: {} });
    renderImportPage();

    await user.click(screen.getByRole('button', { name: 'Import and verify' }));

    expect(screen.getByLabelText('Badge image')).toHaveAccessibleDescription(
      expect.stringContaining('Choose a badge image to upload.'),
    );
    expect(calls).toHaveLength(0);
  });

  test.each([
    [
      'a 413 from the API',
      {
        status: 413,
        body: {
          errors: [
            {
              message:
                'The file is larger than 5 MiB; upload one baked badge image.',
              extensions: { code: 'BAD_USER_INPUT', field: 'file' },
            },
          ],
        },
      },
      'The file is larger than 5 MiB; upload one baked badge image.',
    ],
    [
      'a 413 from a proxy',
      { status: 413, body: null },
      'The file is larger than the server accepts; choose a file of at most 5 MiB.',
    ],
    [
      'a file without a badge',
      {
        status: 400,
        body: {
          errors: [
            {
              message:
                'river-safety.png has no iTXt chunk "openbadgecredential" or "openbadges".',
              extensions: { code: 'BAD_USER_INPUT', field: 'file' },
            },
          ],
        },
      },
      'river-safety.png has no iTXt chunk "openbadgecredential" or "openbadges".',
    ],
    [
      'a network failure',
      'offline' as const,
      'Could not reach the server. Check your connection and try again.',
    ],
  ])('shows %s next to the file', async (_case, reply, message) => {
    const user = userEvent.setup();
    installFakeApi(SIGNED_IN);
    installRestImport(reply);
    renderImportPage();

    const input = screen.getByLabelText('Badge image');
    await user.upload(input, PNG());
    await user.click(screen.getByRole('button', { name: 'Import and verify' }));

    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(input).toHaveFocus();
    expect(
      screen.getByText('Chosen file: river-safety.png'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'Verification report' }),
    ).not.toBeInTheDocument();
  });

  test('shows a failing check of pasted JSON with its reason', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      ...SIGNED_IN,
      ImportBadgeText: () =>
        importReply('importBadgeText', unverifiableBadgeFixture()),
    });
    renderImportPage();

    await user.click(screen.getByRole('tab', { name: 'Paste JSON or a JWT' }));
    const textarea = screen.getByRole('textbox', { name: 'Badge JSON or JWT' });
    await user.click(textarea);
    await user.paste('  {"id":"urn:uuid:cred-1"}\n');
    await user.click(screen.getByRole('button', { name: 'Import and verify' }));

    const report = await screen.findByRole('region', {
      name: 'Verification report',
    });
    expect(
      within(report).getByText('Status: Could not be verified'),
    ).toBeInTheDocument();
    expect(
      within(report).getByText(
        'Reason: The badge was issued to sam@example.org; verify that address in your account to import it.',
      ),
    ).toBeInTheDocument();
    const checks = within(report).getByRole('list', { name: 'Checks' });
    expect(within(checks).getByText('Recipient: Failed')).toBeInTheDocument();
    expect(
      within(checks).getByText(
        'sam@example.org is not a verified address of this account.',
      ),
    ).toBeInTheDocument();
    expect(api.requestsFor('ImportBadgeText')[0]?.variables).toEqual({
      input: { text: '{"id":"urn:uuid:cred-1"}' },
    });
    expect(textarea).toHaveValue('  {"id":"urn:uuid:cred-1"}\n');
  });

  test('shows BAD_USER_INPUT next to the pasted text', async () => {
    const user = userEvent.setup();
    installFakeApi({
      ...SIGNED_IN,
      ImportBadgeText: () =>
        badUserInput(
          'The JSON could not be parsed: Unexpected end of JSON input.',
        ),
    });
    renderImportPage();

    await user.click(screen.getByRole('tab', { name: 'Paste JSON or a JWT' }));
    const textarea = screen.getByRole('textbox', { name: 'Badge JSON or JWT' });
    await user.type(textarea, '{{"id":');
    await user.click(screen.getByRole('button', { name: 'Import and verify' }));

    expect(
      await screen.findByText(
        'The JSON could not be parsed: Unexpected end of JSON input.',
      ),
    ).toBeInTheDocument();
    expect(textarea).toHaveAttribute('aria-invalid', 'true');
    expect(textarea).toHaveFocus();
    expect(textarea).toHaveValue('{"id":');
  });

  test('asks for text before sending', async () => {
    const user = userEvent.setup();
    const api = installFakeApi(SIGNED_IN);
    renderImportPage();

    await user.click(screen.getByRole('tab', { name: 'Paste JSON or a JWT' }));
    await user.click(screen.getByRole('button', { name: 'Import and verify' }));

    expect(
      screen.getByRole('textbox', { name: 'Badge JSON or JWT' }),
    ).toHaveAccessibleDescription(
      expect.stringContaining("Paste the badge's JSON or JWT."),
    );
    expect(api.requestsFor('ImportBadgeText')).toHaveLength(0);
  });

  test('imports a hosted assertion by URL', async () => {
    const user = userEvent.setup();
    const badge = importedBadgeFixture({
      source: 'URL',
      specVersion: 'OB2',
      sourceUrl: 'https://paddlers.example.org/assertions/42',
      status: 'EXPIRED',
      failureReason: 'The badge expired on 1 January 2026.',
      expiresAt: '2026-01-01T00:00:00.000Z',
    });
    let resolveImport: (reply: ReturnType<typeof importReply>) => void = () =>
      undefined;
    const api = installFakeApi({
      ...SIGNED_IN,
      ImportBadgeUrl: () =>
        new Promise((resolve) => {
          resolveImport = resolve;
        }),
    });
    renderImportPage();

    await user.click(screen.getByRole('tab', { name: 'Give a URL' }));
    const input = screen.getByRole('textbox', { name: 'Assertion URL' });
    await user.type(input, ' https://paddlers.example.org/assertions/42 ');
    await user.click(screen.getByRole('button', { name: 'Import and verify' }));

    expect(
      await screen.findByRole('button', { name: 'Verifying…' }),
    ).toBeDisabled();
    expect(screen.getByRole('form', { name: 'Give a URL' })).toHaveAttribute(
      'aria-busy',
      'true',
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'Verifying the badge.',
    );
    expect(input).toHaveValue('https://paddlers.example.org/assertions/42');

    resolveImport(importReply('importBadgeUrl', badge, false));
    const report = await screen.findByRole('region', {
      name: 'Verification report',
    });
    expect(within(report).getByText('Status: Expired')).toBeInTheDocument();
    expect(
      within(report).getByText('Reason: The badge expired on 1 January 2026.'),
    ).toBeInTheDocument();
    expect(
      within(report).getByText(
        'This badge was already in your backpack; the import replaced it and kept its sharing.',
      ),
    ).toBeInTheDocument();
    expect(api.requestsFor('ImportBadgeUrl')[0]?.variables).toEqual({
      input: { url: 'https://paddlers.example.org/assertions/42' },
    });
  });

  test('checks the URL before sending', async () => {
    const user = userEvent.setup();
    const api = installFakeApi(SIGNED_IN);
    renderImportPage();

    await user.click(screen.getByRole('tab', { name: 'Give a URL' }));
    const input = screen.getByRole('textbox', { name: 'Assertion URL' });
    await user.type(input, 'ftp://paddlers.example.org/a/1');
    await user.click(screen.getByRole('button', { name: 'Import and verify' }));

    expect(input).toHaveAccessibleDescription(
      expect.stringContaining(
        '"ftp://paddlers.example.org/a/1" is not an http or https URL',
      ),
    );
    expect(api.requestsFor('ImportBadgeUrl')).toHaveLength(0);
  });

  test('verifies the imported badge again', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      ...SIGNED_IN,
      ImportBadgeText: () =>
        importReply('importBadgeText', unverifiableBadgeFixture()),
      ReverifyImportedBadge: () => ({
        body: { data: { reverifyImportedBadge: importedBadgeFixture() } },
      }),
    });
    renderImportPage();

    await user.click(screen.getByRole('tab', { name: 'Paste JSON or a JWT' }));
    await user.type(
      screen.getByRole('textbox', { name: 'Badge JSON or JWT' }),
      'eyJhbGciOiJFUzI1NiJ9.e30.c2ln',
    );
    await user.click(screen.getByRole('button', { name: 'Import and verify' }));
    const report = await screen.findByRole('region', {
      name: 'Verification report',
    });
    await user.click(
      within(report).getByRole('button', { name: 'Verify again' }),
    );

    expect(
      await within(report).findByText('Verified again. Status: Valid.'),
    ).toBeInTheDocument();
    expect(within(report).getByText('Status: Valid')).toBeInTheDocument();
    expect(within(report).queryByText(/^Reason:/)).not.toBeInTheDocument();
    expect(api.requestsFor('ReverifyImportedBadge')[0]?.variables).toEqual({
      id: 'imp-1',
    });
  });

  test('keeps input when switching tabs by keyboard', async () => {
    const user = userEvent.setup();
    installFakeApi(SIGNED_IN);
    renderImportPage();

    const fileTab = screen.getByRole('tab', { name: 'Upload a file' });
    expect(fileTab).toHaveAttribute('aria-selected', 'true');
    await user.click(fileTab);
    await user.keyboard('{ArrowRight}');
    const textTab = screen.getByRole('tab', { name: 'Paste JSON or a JWT' });
    expect(textTab).toHaveFocus();
    expect(textTab).toHaveAttribute('aria-selected', 'true');
    await user.type(
      screen.getByRole('textbox', { name: 'Badge JSON or JWT' }),
      'eyJhbGciOiJFUzI1NiJ9',
    );

    await user.click(textTab);
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Give a URL' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');

    expect(
      screen.getByRole('textbox', { name: 'Badge JSON or JWT' }),
    ).toHaveValue('eyJhbGciOiJFUzI1NiJ9');
  });
});
