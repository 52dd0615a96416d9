import { jest } from '@jest/globals';
import { installFakeApi } from '@test/fake-api';
import { renderWithApp } from '@test/render';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';

import type { ImportReport } from '../hooks/useCsvImport';
import { IMPORT_COLUMNS } from '../import-columns';
import { ImportTab } from './ImportTab';
import { ORGANISATION_ID } from './organisation-fixtures';

const CSV =
  'title,summary,kind,mode\nCoding Club,Learn to code,WORKSHOP,ONLINE\n';

const PREVIEW: ImportReport = {
  mode: 'preview',
  totalRows: 3,
  validRows: 2,
  invalidRows: 1,
  imported: 0,
  opportunityIds: [],
  rows: [
    { row: 2, status: 'valid', title: 'Coding Club', problems: [] },
    {
      row: 3,
      status: 'invalid',
      title: 'Barista Skills',
      problems: [
        {
          column: 'kind',
          value: 'CLASS',
          message: '"CLASS" is not a kind; use one of WORKSHOP, COURSE.',
        },
        {
          column: 'summary',
          value: '',
          message: 'summary is 0 characters long; it must be 10 to 300.',
        },
      ],
    },
    { row: 4, status: 'valid', title: 'Podcast Lab', problems: [] },
  ],
};

const ALL_VALID: ImportReport = {
  ...PREVIEW,
  validRows: 3,
  invalidRows: 0,
  rows: PREVIEW.rows.map((row) => ({ ...row, status: 'valid', problems: [] })),
};

interface RestCall {
  url: string;
  method: string | undefined;
  contentType: string | undefined;
  body: unknown;
}

/**
 * Serves the import route from `reply` by mode and passes GraphQL on to
 * the fake API; nothing reaches the network.
 */
function installImportRoute(
  reply: (mode: string) => { status?: number; body: unknown },
) {
  installFakeApi();
  const graphql = globalThis.fetch;
  const calls: RestCall[] = [];
  globalThis.fetch = jest.fn(
    async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      if (!url.startsWith('/api/')) return graphql(input, init);

      calls.push({
        url,
        method: init?.method,
        contentType: (init?.headers as Record<string, string>)['Content-Type'],
        body: init?.body,
      });
      const mode = new URL(url, 'http://127.0.0.1').searchParams.get('mode')!;
      const { status = 200, body } = reply(mode);

      return {
        ok: status < 400,
        status,
        json: async () => body,
      } as Response;
    },
  ) as typeof fetch;

  return calls;
}

function renderImport() {
  return renderWithApp(
    <MemoryRouter>
      <ImportTab organisationId={ORGANISATION_ID} />
    </MemoryRouter>,
  );
}

async function chooseFile(user: ReturnType<typeof userEvent.setup>) {
  const file = new File([CSV], 'listings.csv', { type: 'text/csv' });
  await user.upload(screen.getByLabelText('CSV file'), file);

  return file;
}

describe('ImportTab', () => {
  test('file input takes CSV only', () => {
    installImportRoute(() => ({ body: PREVIEW }));
    renderImport();

    expect(screen.getByLabelText('CSV file')).toHaveAttribute(
      'accept',
      '.csv,text/csv',
    );
  });

  test('links to the template', () => {
    installImportRoute(() => ({ body: PREVIEW }));
    renderImport();

    const link = screen.getByRole('link', { name: 'Download a template' });
    expect(link).toHaveAttribute(
      'href',
      '/api/opportunity-imports/template.csv',
    );
    expect(link).toHaveAttribute('download');
    expect(link).toHaveAccessibleDescription(
      'A CSV file with every column and one example row to replace with your own.',
    );
  });

  test('column reference opens on request', async () => {
    const user = userEvent.setup();
    installImportRoute(() => ({ body: PREVIEW }));
    renderImport();
    const summary = screen.getByText('Columns the file may have');
    const details = summary.closest('details')!;
    expect(details).not.toHaveAttribute('open');

    await user.click(summary);

    expect(details).toHaveAttribute('open');
    const table = within(details).getByRole('table', {
      name: 'Import columns',
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Column', 'Required', 'Allowed values', 'Example']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) => within(row).getByRole('rowheader').textContent),
    ).toEqual([...IMPORT_COLUMNS]);
    expect(
      within(rows[IMPORT_COLUMNS.indexOf('mode')]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Yes', 'in_person, online or hybrid', 'in_person']);
    expect(table).not.toHaveTextContent('dashboard.import');
  });

  test('preview posts the file and shows the report', async () => {
    const user = userEvent.setup();
    const calls = installImportRoute(() => ({ body: PREVIEW }));
    renderImport();

    const file = await chooseFile(user);

    const table = await screen.findByRole('table', {
      name: '2 problems to fix',
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toEqual({
      url: `/api/organisations/${ORGANISATION_ID}/opportunity-imports?mode=preview`,
      method: 'POST',
      contentType: 'text/csv',
      body: file,
    });
    expect(
      screen.getByText('3 rows: 2 valid, 1 with problems.'),
    ).toBeInTheDocument();
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual(['Row', 'Title', 'Column', 'Value', 'Problem']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(
      within(rows[0]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      'Barista Skills',
      'kind',
      'CLASS',
      '"CLASS" is not a kind; use one of WORKSHOP, COURSE.',
    ]);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('3');
    expect(rows[1]).toHaveTextContent('(empty)');
  });

  test('invalid rows disable all or nothing', async () => {
    const user = userEvent.setup();
    installImportRoute(() => ({ body: PREVIEW }));
    renderImport();

    await chooseFile(user);

    const allOrNothing = await screen.findByRole('button', {
      name: 'Import all or nothing',
    });
    expect(allOrNothing).toBeDisabled();
    expect(allOrNothing).toHaveAccessibleDescription(
      'Import all or nothing is off because 1 row has problems. Fix the file and choose it again, or import only the valid rows.',
    );
    expect(
      screen.getByRole('button', { name: 'Import the 2 valid rows' }),
    ).toBeEnabled();
  });

  test('valid rows mode imports and links to listings', async () => {
    const user = userEvent.setup();
    const calls = installImportRoute((mode) => ({
      body:
        mode === 'preview'
          ? PREVIEW
          : {
              ...PREVIEW,
              mode,
              imported: 2,
              opportunityIds: ['opp-1', 'opp-2'],
            },
    }));
    renderImport();
    await chooseFile(user);

    await user.click(
      await screen.findByRole('button', { name: 'Import the 2 valid rows' }),
    );

    expect(
      await screen.findByText('2 listings were imported as drafts.'),
    ).toHaveAttribute('role', 'status');
    expect(calls.map((call) => call.url)).toEqual([
      `/api/organisations/${ORGANISATION_ID}/opportunity-imports?mode=preview`,
      `/api/organisations/${ORGANISATION_ID}/opportunity-imports?mode=valid-rows`,
    ]);
    expect(calls[1]?.contentType).toBe('text/csv');
    expect(
      screen.getByRole('link', { name: 'See the listings' }),
    ).toHaveAttribute('href', '/?tab=listings');
  });

  test('all or nothing mode imports a clean file', async () => {
    const user = userEvent.setup();
    const calls = installImportRoute((mode) => ({
      body:
        mode === 'preview'
          ? ALL_VALID
          : {
              ...ALL_VALID,
              mode,
              imported: 3,
              opportunityIds: ['a', 'b', 'c'],
            },
    }));
    renderImport();
    await chooseFile(user);

    const allOrNothing = await screen.findByRole('button', {
      name: 'Import all or nothing',
    });
    expect(screen.getByText('Every row is valid.')).toBeInTheDocument();
    expect(allOrNothing).toBeEnabled();
    await user.click(allOrNothing);

    expect(
      await screen.findByText('3 listings were imported as drafts.'),
    ).toBeInTheDocument();
    expect(calls.at(-1)?.url).toBe(
      `/api/organisations/${ORGANISATION_ID}/opportunity-imports?mode=all-or-nothing`,
    );
  });

  test('file-level error shows the API message', async () => {
    const user = userEvent.setup();
    const message = 'The header lacks the required column "title".';
    installImportRoute(() => ({
      status: 400,
      body: { errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] },
    }));
    renderImport();

    await chooseFile(user);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The file could not be checked.');
    expect(alert).toHaveTextContent(message);
    expect(
      screen.queryByRole('table', { name: /problems? to fix/ }),
    ).toBeNull();
  });

  test('progress shows while the file is checked', async () => {
    const user = userEvent.setup();
    let answer: (value: Response) => void = () => {};
    installFakeApi();
    globalThis.fetch = jest.fn(
      () =>
        new Promise<Response>((resolve) => {
          answer = resolve;
        }),
    ) as typeof fetch;
    renderImport();

    await chooseFile(user);

    expect(
      screen.getByRole('progressbar', {
        name: 'Uploading and checking listings.csv…',
      }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('CSV file')).toBeDisabled();
    answer({ ok: true, status: 200, json: async () => PREVIEW } as Response);
    expect(
      await screen.findByRole('table', { name: '2 problems to fix' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
