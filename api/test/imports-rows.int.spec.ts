import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { addMember, createUser, type TestUser } from './support/accounts.js';
import { clearListings, createProvider } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Problem {
  column: string | null;
  value: string | null;
  message: string;
}

interface RowReport {
  row: number;
  status: 'valid' | 'invalid' | 'skipped';
  title: string | null;
  problems: Problem[];
  opportunityId?: string;
}

interface ImportReport {
  mode: string;
  totalRows: number;
  validRows: number;
  invalidRows: number;
  skippedRows: number;
  imported: number;
  opportunityIds?: string[];
  rows: RowReport[];
}

const FIXTURES = path.join(import.meta.dirname, 'fixtures', 'imports');

let api: TestApp;
let providerId: string;
let editor: TestUser;

function fixture(name: string): Promise<Buffer> {
  return readFile(path.join(FIXTURES, name));
}

async function postCsv(
  body: Buffer | string,
  mode: string,
  cookie = editor.cookie,
): Promise<{ status: number; report: ImportReport }> {
  const response = await fetch(
    `${api.baseUrl}/api/organisations/${providerId}/opportunity-imports?mode=${mode}`,
    {
      method: 'POST',
      headers: { 'content-type': 'text/csv; charset=utf-8', cookie },
      body: typeof body === 'string' ? body : new Uint8Array(body),
    },
  );

  return {
    status: response.status,
    report: (await response.json()) as ImportReport,
  };
}

async function countOpportunities(): Promise<number> {
  const [row]: { count: number }[] = await api.dataSource.query(
    'SELECT count(*)::int AS count FROM opportunities WHERE provider_id = $1',
    [providerId],
  );

  return row!.count;
}

function rowAt(report: ImportReport, line: number): RowReport {
  const row = report.rows.find((candidate) => candidate.row === line);
  if (row === undefined) throw new Error(`No row reported at line ${line}`);

  return row;
}

function problemOn(row: RowReport, column: string): Problem {
  const problem = row.problems.find((candidate) => candidate.column === column);
  if (problem === undefined) {
    throw new Error(
      `Row ${row.row} has no problem on ${column}: ${JSON.stringify(row.problems)}`,
    );
  }

  return problem;
}

beforeAll(async () => {
  api = await startTestApp();
});

beforeEach(async () => {
  await clearListings(api.dataSource);
  providerId = await createProvider(api.dataSource);
  editor = await createUser(api.dataSource);
  await addMember(api.dataSource, providerId, editor.id, 'editor');
});

afterAll(async () => {
  await api.close();
});

describe('valid file', () => {
  let report: ImportReport;

  beforeEach(async () => {
    const response = await postCsv(await fixture('valid.csv'), 'valid-rows');
    expect(response.status).toBe(200);
    report = response.report;
  });

  it('reports every row valid and imported', () => {
    expect(report.mode).toBe('valid-rows');
    expect(report.totalRows).toBe(3);
    expect(report.validRows).toBe(3);
    expect(report.invalidRows).toBe(0);
    expect(report.imported).toBe(3);
    expect(report.opportunityIds).toHaveLength(3);
    expect(report.rows.map((row) => row.row)).toEqual([2, 3, 4]);
    expect(report.rows.map((row) => row.problems)).toEqual([[], [], []]);
    expect(report.rows[0]!.opportunityId).toBe(report.opportunityIds![0]);
  });

  it('creates drafts with coordinates in order', async () => {
    const rows: {
      title: string;
      status: string;
      mode: string;
      latitude: number | null;
      longitude: number | null;
      place: string | null;
      venue_address: string | null;
      description: string;
    }[] = await api.dataSource.query(
      `SELECT o.title, o.status, o.mode, o.venue_address, o.description,
              ST_Y(o.location::geometry) AS latitude,
              ST_X(o.location::geometry) AS longitude, p.name AS place
         FROM opportunities o LEFT JOIN places p ON p.id = o.place_id
        WHERE o.provider_id = $1 ORDER BY o.title`,
      [providerId],
    );

    expect(rows.map((row) => row.title)).toEqual([
      'Coding club for beginners',
      'Mountain photography walk',
      'Online CV clinic',
    ]);
    expect(rows.map((row) => row.status)).toEqual(['draft', 'draft', 'draft']);

    const [coding, walk, online] = rows;
    expect(coding!.latitude).toBeCloseTo(-33.7125, 6);
    expect(coding!.longitude).toBeCloseTo(150.3119, 6);
    expect(coding!.place).toBe('Katoomba');
    expect(coding!.venue_address).toBe('30 Parke Street, Katoomba NSW 2780');
    expect(coding!.description).toBe('Bring a laptop, or borrow one of ours.');

    expect(walk!.mode).toBe('hybrid');
    expect(walk!.place).toBe('Katoomba');
    expect(walk!.latitude).toBeCloseTo(-33.7, 1);
    expect(walk!.longitude).toBeCloseTo(150.3, 1);

    expect(online!.latitude).toBeNull();
    expect(online!.place).toBeNull();
  });

  it('stores sessions in their time zone', async () => {
    const sessions: {
      title: string;
      starts_at: Date;
      ends_at: Date;
      time_zone: string;
    }[] = await api.dataSource.query(
      `SELECT o.title, s.starts_at, s.ends_at, s.time_zone
           FROM opportunity_sessions s JOIN opportunities o ON o.id = s.opportunity_id
          WHERE o.provider_id = $1 ORDER BY s.starts_at`,
      [providerId],
    );
    expect(sessions).toHaveLength(2);
    // Sydney is on daylight time (UTC+11) in March; London is on BST (UTC+1) in July.
    expect(sessions[0]!.title).toBe('Coding club for beginners');
    expect(sessions[0]!.starts_at.toISOString()).toBe(
      '2026-03-13T23:00:00.000Z',
    );
    expect(sessions[0]!.ends_at.toISOString()).toBe('2026-03-14T01:30:00.000Z');
    expect(sessions[0]!.time_zone).toBe('Australia/Sydney');
    expect(sessions[1]!.starts_at.toISOString()).toBe(
      '2026-07-01T17:00:00.000Z',
    );
    expect(sessions[1]!.time_zone).toBe('Europe/London');
  });

  it('stores SDGs, skills and cost in minor units', async () => {
    const [coding]: {
      sdgs: number[];
      skills: string[];
      cost_minor: number;
      currency: string;
      min_age: number;
      max_age: number;
      capacity: number;
    }[] = await api.dataSource.query(
      `SELECT cost_minor, currency, min_age, max_age, capacity,
              ARRAY(SELECT sdg_number FROM opportunity_sdgs
                     WHERE opportunity_id = o.id ORDER BY 1) AS sdgs,
              ARRAY(SELECT skill_id FROM opportunity_skills
                     WHERE opportunity_id = o.id ORDER BY 1) AS skills
         FROM opportunities o
        WHERE provider_id = $1 AND title = 'Coding club for beginners'`,
      [providerId],
    );
    expect(coding!.sdgs).toEqual([4, 9, 17]);
    expect(coding!.skills).toEqual([
      'collaboration',
      'creativity',
      'ict-literacy',
    ]);
    expect(coding!.cost_minor).toBe(1250);
    expect(coding!.currency).toBe('AUD');
    expect([coding!.min_age, coding!.max_age, coding!.capacity]).toEqual([
      16, 25, 12,
    ]);
    const [online]: { cost_minor: number; currency: string }[] =
      await api.dataSource.query(
        `SELECT cost_minor, currency FROM opportunities
          WHERE provider_id = $1 AND title = 'Online CV clinic'`,
        [providerId],
      );
    // The yen has no minor unit, so 1500 yen is 1500 minor units.
    expect(online!.cost_minor).toBe(1500);
    expect(online!.currency).toBe('JPY');
  });

  it('records one audit entry with counts', async () => {
    const entries: {
      subject_id: string;
      action: string;
      changes: Record<string, unknown>;
    }[] = await api.dataSource.query(
      `SELECT subject_id, action, changes FROM audit_log
          WHERE subject_type = 'organisation' AND organisation_id = $1`,
      [providerId],
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]!.subject_id).toBe(providerId);
    expect(entries[0]!.action).toBe('import');
    expect(entries[0]!.changes).toMatchObject({
      mode: 'valid-rows',
      totalRows: 3,
      imported: 3,
    });
  });
});

describe('bad rows', () => {
  let report: ImportReport;

  beforeEach(async () => {
    report = (await postCsv(await fixture('bad-rows.csv'), 'preview')).report;
  });

  it('counts every row', () => {
    expect(report.totalRows).toBe(13);
    expect(report.validRows).toBe(1);
    expect(report.skippedRows).toBe(1);
    expect(report.invalidRows).toBe(11);
    expect(report.rows.map((row) => row.row)).toEqual([
      2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
    ]);
    expect(rowAt(report, 13).status).toBe('skipped');
  });

  it('reports non-numeric latitude', () => {
    const row = rowAt(report, 3);
    expect(row.status).toBe('invalid');
    expect(row.title).toBe('Latitude not a number');
    expect(problemOn(row, 'latitude').value).toBe('abc');
    expect(problemOn(row, 'latitude').message).toMatch(/is not a number/);
    expect(row.problems).toHaveLength(1);
  });

  it('reports swapped coordinates', () => {
    const problem = problemOn(rowAt(report, 4), 'latitude');
    expect(problem.value).toBe('151.2');
    expect(problem.message).toBe(
      'latitude 151.2 is out of range (-90 to 90); latitude and longitude may be swapped.',
    );
    expect(rowAt(report, 4).problems).toHaveLength(1);
  });

  it('reports longitude out of range', () => {
    const problem = problemOn(rowAt(report, 14), 'longitude');
    expect(problem.value).toBe('200');
    expect(problem.message).toBe(
      'longitude 200 is out of range (-180 to 180).',
    );
  });

  it('reports unknown SDG', () => {
    const problem = problemOn(rowAt(report, 5), 'sdgs');
    expect(problem.value).toBe('4;18');
    expect(problem.message).toMatch(
      /^18 is not a Sustainable Development Goal/,
    );
  });

  it('reports impossible date', () => {
    const problem = problemOn(rowAt(report, 6), 'session_start');
    expect(problem.value).toBe('2026-13-01T10:00');
    expect(problem.message).toMatch(/not a date in the calendar/);
  });

  it('reports end before start', () => {
    const problem = problemOn(rowAt(report, 7), 'session_end');
    expect(problem.value).toBe('2026-03-14T10:00');
    expect(problem.message).toMatch(/ends before it starts/);
  });

  it('reports bad time zone', () => {
    const row = rowAt(report, 8);
    expect(problemOn(row, 'time_zone').value).toBe('Australia/Sydny');
    expect(problemOn(row, 'time_zone').message).toMatch(
      /not an IANA time zone/,
    );
    expect(row.problems).toHaveLength(1);
  });

  it('reports time in daylight-saving gap', () => {
    const problem = problemOn(rowAt(report, 9), 'session_start');
    expect(problem.value).toBe('2026-10-04T02:30');
    expect(problem.message).toMatch(/does not exist in Australia\/Sydney/);
  });

  it('reports unknown skill', () => {
    const problem = problemOn(rowAt(report, 10), 'skills');
    expect(problem.value).toBe('Collaboration;Juggling');
    expect(problem.message).toMatch(/"Juggling" is not a known skill/);
  });

  it('reports unknown place', () => {
    const problem = problemOn(rowAt(report, 11), 'place');
    expect(problem.value).toBe('Nowhereville');
    expect(problem.message).toMatch(/not in the gazetteer/);
  });

  it('reports cost without currency', () => {
    const problem = problemOn(rowAt(report, 12), 'currency');
    expect(problem.message).toMatch(/cost 12.50 has no currency/);
  });
});

describe('Windows-1252 file', () => {
  // The second file is the first with a UTF-8 byte order mark in front.
  it.each(['windows-1252.csv', 'windows-1252-bom.csv'])(
    'reports invalid bytes in %s',
    async (name) => {
      const { status, report } = await postCsv(await fixture(name), 'preview');
      expect(status).toBe(200);
      expect(rowAt(report, 2).status).toBe('valid');
      const row = rowAt(report, 3);
      expect(row.status).toBe('invalid');
      expect(row.problems.map((problem) => problem.column)).toEqual([
        'title',
        'venue',
      ]);
      expect(problemOn(row, 'title').value).toBe('Caf\uFFFD conversations');
      expect(problemOn(row, 'title').message).toMatch(
        /byte 0xE9, which is not valid UTF-8.*save it as CSV UTF-8/,
      );
    },
  );

  it('stores no replacement character after a byte order mark', async () => {
    const { report } = await postCsv(
      await fixture('windows-1252-bom.csv'),
      'valid-rows',
    );
    expect(report.imported).toBe(1);
    expect(rowAt(report, 3).opportunityId).toBeUndefined();
    const rows: { title: string; replaced: boolean }[] =
      await api.dataSource.query(
        `SELECT title,
                strpos(concat_ws(' ', title, summary, description, venue_name,
                  venue_address), chr(65533)) > 0 AS replaced
           FROM opportunities WHERE provider_id = $1`,
        [providerId],
      );
    expect(rows).toEqual([{ title: 'Pottery taster', replaced: false }]);
  });
});

describe('UTF-8 file with byte order mark', () => {
  it('stores accented text', async () => {
    const { report } = await postCsv(
      await fixture('utf-8-bom.csv'),
      'valid-rows',
    );
    expect(rowAt(report, 2).status).toBe('valid');
    expect(rowAt(report, 2).title).toBe('Café conversations');
    const rows: { title: string; venue_name: string }[] =
      await api.dataSource.query(
        'SELECT title, venue_name FROM opportunities WHERE provider_id = $1',
        [providerId],
      );
    expect(rows).toEqual([
      { title: 'Café conversations', venue_name: 'Café Zuppa' },
    ]);
  });
});

describe('line endings', () => {
  it.each(['lf', 'crlf', 'cr', 'mixed'])(
    'give the same row numbers in %s',
    async (ending) => {
      const { report } = await postCsv(
        await fixture(`line-endings-${ending}.csv`),
        'preview',
      );
      expect(report.rows.map((row) => row.row)).toEqual([2, 4, 5, 6]);
      expect(report.rows.map((row) => row.status)).toEqual([
        'valid',
        'skipped',
        'invalid',
        'valid',
      ]);
      expect(report.totalRows).toBe(4);
      expect(problemOn(rowAt(report, 5), 'mode').value).toBe('telepathy');
    },
  );

  it.each(['lf', 'crlf', 'cr', 'mixed'])(
    'store a line break in %s as LF',
    async (ending) => {
      await postCsv(await fixture(`line-endings-${ending}.csv`), 'valid-rows');
      const rows: { description: string }[] = await api.dataSource.query(
        `SELECT description FROM opportunities
          WHERE provider_id = $1 AND title = 'Story writing'`,
        [providerId],
      );
      expect(rows).toEqual([{ description: 'Write, edit\nand share.' }]);
    },
  );
});

describe('blank lines', () => {
  it('skip inner ones and ignore trailing ones', async () => {
    const { report } = await postCsv(
      await fixture('blank-lines.csv'),
      'preview',
    );
    expect(report.rows.map((row) => [row.row, row.status])).toEqual([
      [2, 'valid'],
      [3, 'skipped'],
      [4, 'valid'],
    ]);
    expect(report.totalRows).toBe(3);
    expect(report.skippedRows).toBe(1);
  });
});

describe('quoted fields', () => {
  it('keep row numbers across line breaks', async () => {
    const { report } = await postCsv(await fixture('quoted.csv'), 'preview');
    expect(report.rows.map((row) => row.row)).toEqual([2, 5, 7]);
    expect(report.rows.map((row) => row.title)).toEqual([
      'Story writing',
      'Poetry, aloud',
      'Bad mode row',
    ]);
    expect(rowAt(report, 7).problems).toEqual([
      {
        column: 'mode',
        value: 'telepathy',
        message:
          'mode "telepathy" is not allowed; use one of in_person, online, hybrid.',
      },
    ]);
  });

  it('keep commas and line breaks in the text', async () => {
    await postCsv(await fixture('quoted.csv'), 'valid-rows');
    const rows: { title: string; description: string }[] =
      await api.dataSource.query(
        'SELECT title, description FROM opportunities WHERE provider_id = $1 ORDER BY title',
        [providerId],
      );
    expect(rows).toEqual([
      {
        title: 'Poetry, aloud',
        description: 'One "quoted" word\nand a second line',
      },
      {
        title: 'Story writing',
        description: 'First line, with a comma\nsecond line\nthird line',
      },
    ]);
  });
});

describe('modes', () => {
  it('preview writes nothing', async () => {
    const { report } = await postCsv(await fixture('valid.csv'), 'preview');
    expect(report.validRows).toBe(3);
    expect(report.imported).toBe(0);
    expect(report.opportunityIds).toBeUndefined();
    expect(await countOpportunities()).toBe(0);
    const audit: unknown[] = await api.dataSource.query(
      'SELECT 1 FROM audit_log',
    );
    expect(audit).toHaveLength(0);
  });

  it('valid-rows imports only valid rows', async () => {
    const { report } = await postCsv(
      await fixture('bad-rows.csv'),
      'valid-rows',
    );
    expect(report.imported).toBe(1);
    expect(report.invalidRows).toBe(11);
    expect(report.opportunityIds).toHaveLength(1);
    expect(rowAt(report, 2).opportunityId).toBe(report.opportunityIds![0]);
    expect(rowAt(report, 3).opportunityId).toBeUndefined();
    const titles: { title: string }[] = await api.dataSource.query(
      'SELECT title FROM opportunities WHERE provider_id = $1',
      [providerId],
    );
    expect(titles).toEqual([{ title: 'Valid row' }]);
  });

  it('all-or-nothing imports nothing on a bad row', async () => {
    const { status, report } = await postCsv(
      await fixture('bad-rows.csv'),
      'all-or-nothing',
    );
    expect(status).toBe(200);
    expect(report.imported).toBe(0);
    expect(report.opportunityIds).toEqual([]);
    expect(report.invalidRows).toBe(11);
    expect(await countOpportunities()).toBe(0);
  });

  it('all-or-nothing imports a clean file', async () => {
    const { report } = await postCsv(
      await fixture('valid.csv'),
      'all-or-nothing',
    );
    expect(report.imported).toBe(3);
    expect(await countOpportunities()).toBe(3);
  });
});
