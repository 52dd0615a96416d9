import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { addMember, createUser, type TestUser } from './support/accounts.js';
import { clearListings, createProvider } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface ErrorBody {
  errors: { message: string; extensions: { code: string } }[];
}

interface ImportReport {
  totalRows: number;
  validRows: number;
  invalidRows: number;
  imported: number;
  opportunityIds?: string[];
  rows: { row: number; status: string }[];
}

const FIXTURES = path.join(import.meta.dirname, 'fixtures', 'imports');

const HEADER =
  'title,summary,kind,mode,venue,latitude,longitude,session_start,session_end,time_zone,sdgs,skills';

let api: TestApp;
let providerId: string;
let owner: TestUser;

interface PostOptions {
  cookie?: string;
  contentType?: string;
  mode?: string;
  organisationId?: string;
}

async function post(
  body: Buffer | string,
  options: PostOptions = {},
): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = {
    'content-type': options.contentType ?? 'text/csv',
  };
  const cookie = options.cookie === undefined ? owner.cookie : options.cookie;
  if (cookie !== '') headers.cookie = cookie;
  const response = await fetch(
    `${api.baseUrl}/api/organisations/${options.organisationId ?? providerId}/opportunity-imports?mode=${options.mode ?? 'preview'}`,
    {
      method: 'POST',
      headers,
      body: typeof body === 'string' ? body : new Uint8Array(body),
    },
  );

  return { status: response.status, body: await response.json() };
}

async function expectFileError(
  body: Buffer | string,
  message: RegExp,
  options: PostOptions = {},
): Promise<void> {
  const response = await post(body, options);
  const errors = (response.body as ErrorBody).errors;
  expect(response.status).toBe(400);
  expect(errors).toHaveLength(1);
  expect(errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
  expect(errors[0]!.message).toMatch(message);
}

/** Builds a file of `count` valid rows near Sydney, each with one session. */
function generatedCsv(count: number): string {
  const lines = [HEADER];
  for (let index = 0; index < count; index += 1) {
    const day = String((index % 28) + 1).padStart(2, '0');
    lines.push(
      [
        `Generated workshop ${index + 1}`,
        'A hands-on session for young people in the region.',
        'workshop',
        'in_person',
        'Community hall',
        (-33.5 - (index % 100) / 100).toFixed(4),
        (150.5 + (index % 50) / 100).toFixed(4),
        `2026-05-${day}T10:00`,
        `2026-05-${day}T12:00`,
        'Australia/Sydney',
        '"4;8"',
        'collaboration',
      ].join(','),
    );
  }

  return `${lines.join('\n')}\n`;
}

beforeAll(async () => {
  api = await startTestApp();
});

beforeEach(async () => {
  await clearListings(api.dataSource);
  providerId = await createProvider(api.dataSource);
  owner = await createUser(api.dataSource);
  await addMember(api.dataSource, providerId, owner.id, 'owner');
});

afterAll(async () => {
  await api.close();
});

describe('file-level errors', () => {
  it('rejects empty file', async () => {
    await expectFileError(
      await readFile(path.join(FIXTURES, 'empty.csv')),
      /The file is empty/,
    );
  });

  it('rejects header without rows', async () => {
    await expectFileError(
      await readFile(path.join(FIXTURES, 'header-only.csv')),
      /header but no data rows/,
    );
  });

  it('names unknown columns', async () => {
    await expectFileError(
      await readFile(path.join(FIXTURES, 'unknown-columns.csv')),
      /unknown columns "colour", "postcode"; the known columns are title,/,
    );
  });

  it('names missing required columns', async () => {
    await expectFileError(
      await readFile(path.join(FIXTURES, 'missing-columns.csv')),
      /lacks the required columns "summary", "mode"/,
    );
  });

  it('rejects repeated column', async () => {
    await expectFileError(
      'title,summary,kind,mode,Title\na,b,c,d,e\n',
      /repeats column "title"/,
    );
  });

  it('rejects header that is not UTF-8', async () => {
    const body = Buffer.concat([
      Buffer.from('title,summary,kind,mode,d'),
      Buffer.from([0xe9]),
      Buffer.from('but\n'),
    ]);
    await expectFileError(body, /Line 1 \(the header\) contains byte 0xE9/);
  });

  it('rejects UTF-16 file', async () => {
    const text = 'title,summary,kind,mode\nA,B,workshop,online\n';
    const body = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(text, 'utf16le'),
    ]);
    await expectFileError(body, /not valid UTF-8.*save it as CSV UTF-8/);
  });

  it('rejects unclosed quote with its line', async () => {
    await expectFileError(
      'title,summary,kind,mode\nA title,A summary,workshop,online\n"Open,quote,workshop,online\n',
      /row that starts on line 3 is never closed/,
    );
  });

  it('rejects more than 10,000 rows', async () => {
    await expectFileError(
      generatedCsv(10_001),
      /more than 10,000 data rows; the maximum is 10,000/,
    );
  });

  it('rejects body over 20 MB', async () => {
    const body = `${HEADER}\n${'x'.repeat(21 * 1024 * 1024)}\n`;
    await expectFileError(body, /larger than 20 MB/);
  });

  it('rejects missing mode', async () => {
    await expectFileError(
      'title,summary,kind,mode\nA title,A long summary,workshop,online\n',
      /mode=preview, mode=valid-rows or mode=all-or-nothing/,
      { mode: '' },
    );
  });
});

describe('content type', () => {
  it.each([
    ['application/json', '{"rows": []}'],
    ['text/plain', 'title,summary,kind,mode\n'],
    ['application/x-www-form-urlencoded', 'title=x'],
    ['multipart/form-data; boundary=x', '--x--'],
    ['text/csv; charset=windows-1252', 'title,summary,kind,mode\n'],
  ])('rejects %s with 415', async (contentType, body) => {
    const response = await post(body, { contentType });
    const errors = (response.body as ErrorBody).errors;
    expect(response.status).toBe(415);
    expect(errors[0]!.extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(errors[0]!.message).toMatch(/text\/csv/);
  });

  it('accepts text/csv with charset=utf-8', async () => {
    const response = await post(generatedCsv(1), {
      contentType: 'Text/CSV; Charset="UTF-8"',
    });
    expect(response.status).toBe(200);
  });
});

describe('access', () => {
  const csv = generatedCsv(1);

  it('rejects anonymous caller with 401', async () => {
    const response = await post(csv, { cookie: '' });
    expect(response.status).toBe(401);
    expect((response.body as ErrorBody).errors[0]!.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('rejects outsider with 403', async () => {
    const outsider = await createUser(api.dataSource);
    const response = await post(csv, { cookie: outsider.cookie });
    expect(response.status).toBe(403);
    expect((response.body as ErrorBody).errors[0]!.extensions.code).toBe(
      'FORBIDDEN',
    );
  });

  it('rejects awarder with 403', async () => {
    const awarder = await createUser(api.dataSource);
    await addMember(api.dataSource, providerId, awarder.id, 'awarder');
    const response = await post(csv, {
      cookie: awarder.cookie,
      mode: 'valid-rows',
    });
    expect(response.status).toBe(403);
    const [row]: { count: number }[] = await api.dataSource.query(
      'SELECT count(*)::int AS count FROM opportunities',
    );
    expect(row!.count).toBe(0);
  });

  it('allows editor', async () => {
    const editor = await createUser(api.dataSource);
    await addMember(api.dataSource, providerId, editor.id, 'editor');
    const response = await post(csv, {
      cookie: editor.cookie,
      mode: 'valid-rows',
    });
    expect(response.status).toBe(200);
    expect((response.body as ImportReport).imported).toBe(1);
  });

  it('allows owner', async () => {
    const response = await post(csv, { mode: 'valid-rows' });
    expect(response.status).toBe(200);
    expect((response.body as ImportReport).imported).toBe(1);
  });

  it('rejects council organisation', async () => {
    const admin = await createUser(api.dataSource, { isAdmin: true });
    const [council]: { id: string }[] = await api.dataSource.query(
      `INSERT INTO organisations (name, slug, kind)
       VALUES ('A council', 'a-council-import', 'council') RETURNING id`,
    );
    const response = await post(csv, {
      cookie: admin.cookie,
      organisationId: council!.id,
    });
    expect(response.status).toBe(403);
  });

  it('rejects malformed organisation id', async () => {
    const response = await post(csv, { organisationId: 'not-a-uuid' });
    expect(response.status).toBe(400);
  });
});

describe('10,000-row file', () => {
  it('accepts trailing blank lines', async () => {
    const response = await post(`${generatedCsv(10_000)}\n\r\n\n`);
    const report = response.body as ImportReport;
    expect(response.status).toBe(200);
    expect(report.totalRows).toBe(10_000);
    expect(report.validRows).toBe(10_000);
  });

  it('does not count inner blank lines', async () => {
    const lines = generatedCsv(10_000).split('\n');
    lines.splice(5_000, 0, '', '');
    const response = await post(lines.join('\n'));
    const report = response.body as ImportReport;
    expect(response.status).toBe(200);
    expect(report.totalRows).toBe(10_002);
    expect(report.validRows).toBe(10_000);
    expect(report.rows[4_999]).toEqual({
      row: 5_001,
      status: 'skipped',
      title: null,
      problems: [],
    });
  });

  it('imports every row', async () => {
    const response = await post(generatedCsv(10_000), {
      mode: 'all-or-nothing',
    });
    const report = response.body as ImportReport;
    expect(response.status).toBe(200);
    expect(report.totalRows).toBe(10_000);
    expect(report.validRows).toBe(10_000);
    expect(report.imported).toBe(10_000);
    expect(report.opportunityIds).toHaveLength(10_000);
    const [counts]: {
      opportunities: number;
      sessions: number;
      sdgs: number;
      skills: number;
      placed: number;
    }[] = await api.dataSource.query(
      `SELECT
         (SELECT count(*)::int FROM opportunities WHERE provider_id = $1) AS opportunities,
         (SELECT count(*)::int FROM opportunity_sessions) AS sessions,
         (SELECT count(*)::int FROM opportunity_sdgs) AS sdgs,
         (SELECT count(*)::int FROM opportunity_skills) AS skills,
         (SELECT count(*)::int FROM opportunities
           WHERE provider_id = $1 AND place_id IS NOT NULL) AS placed`,
      [providerId],
    );
    expect(counts).toEqual({
      opportunities: 10_000,
      sessions: 10_000,
      sdgs: 20_000,
      skills: 10_000,
      placed: 10_000,
    });
  });
});
