import { addMember, createUser } from './support/accounts.js';
import { clearListings, createProvider } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface ImportReport {
  mode: string;
  totalRows: number;
  validRows: number;
  invalidRows: number;
  rows: { row: number; status: string; problems: unknown[] }[];
}

const TEMPLATE_PATH = '/api/opportunity-imports/template.csv';

let api: TestApp;

beforeAll(async () => {
  api = await startTestApp();
});

afterAll(async () => {
  await api.close();
});

async function downloadTemplate(): Promise<Response> {
  return fetch(`${api.baseUrl}${TEMPLATE_PATH}`);
}

describe('template download', () => {
  it('serves CSV to anonymous callers', async () => {
    const response = await downloadTemplate();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'text/csv; charset=utf-8',
    );
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="learnscape-import-template.csv"',
    );
  });

  it('has a header and one row', async () => {
    const lines = (await (await downloadTemplate()).text())
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\n');

    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      'title,summary,description,kind,mode,venue,address,latitude,longitude,place,session_start,session_end,time_zone,cost,currency,min_age,max_age,sdgs,skills,capacity',
    );
  });
});

describe('template import', () => {
  it('previews without problems', async () => {
    await clearListings(api.dataSource);
    const providerId = await createProvider(api.dataSource);
    const owner = await createUser(api.dataSource);
    await addMember(api.dataSource, providerId, owner.id, 'owner');
    const template = Buffer.from(
      await (await downloadTemplate()).arrayBuffer(),
    );

    const response = await fetch(
      `${api.baseUrl}/api/organisations/${providerId}/opportunity-imports?mode=preview`,
      {
        method: 'POST',
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          cookie: owner.cookie,
        },
        body: template,
      },
    );
    const report = (await response.json()) as ImportReport;

    expect(response.status).toBe(200);
    expect(report.mode).toBe('preview');
    expect(report.totalRows).toBe(1);
    expect(report.validRows).toBe(1);
    expect(report.invalidRows).toBe(0);
    expect(report.rows[0]!.problems).toEqual([]);
  });
});
