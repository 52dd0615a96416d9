import { parse } from 'csv-parse/sync';

import { addMember, createUser, type TestUser } from './support/accounts.js';
import {
  clearListings,
  createOpportunity,
  createProvider,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const UNKNOWN_ID = '6f1c2d2e-8b1a-4c57-9d62-0b8f0f6f3a11';
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

let api: TestApp;
let providerId: string;
let opportunityId: string;
let sessionId: string;
const people = {} as Record<
  'owner' | 'editor' | 'awarder' | 'outsider' | 'admin',
  TestUser
>;
const learners: TestUser[] = [];

async function download(path: string, user: TestUser | null) {
  const response = await fetch(`${api.baseUrl}${path}`, {
    headers: user === null ? {} : { cookie: user.cookie },
  });

  return {
    status: response.status,
    headers: response.headers,
    body: Buffer.from(await response.arrayBuffer()),
  };
}

function exportOf(id: string, user: TestUser | null) {
  return download(`/api/sessions/${id}/registrations.csv`, user);
}

beforeAll(async () => {
  api = await startTestApp();
  await clearListings(api.dataSource);
  providerId = await createProvider(api.dataSource, 'Springwood Arts Centre');
  for (const role of ['owner', 'editor', 'awarder'] as const) {
    people[role] = await createUser(api.dataSource);
    await addMember(api.dataSource, providerId, people[role].id, role);
  }
  people.outsider = await createUser(api.dataSource);
  people.admin = await createUser(api.dataSource, { isAdmin: true });
  // 01:00 on 5 March in Sydney, which is still 4 March in UTC.
  const startsAt = new Date(
    Date.UTC(new Date().getUTCFullYear() + 1, 2, 4, 14),
  );
  opportunityId = await createOpportunity(api.dataSource, {
    title: 'Café Sketching Night',
    providerId,
    sessions: [startsAt],
  });
  await api.dataSource.query(
    'UPDATE opportunities SET capacity = 2 WHERE id = $1',
    [opportunityId],
  );
  [{ id: sessionId }] = await api.dataSource.query(
    'SELECT id FROM opportunity_sessions WHERE opportunity_id = $1',
    [opportunityId],
  );
  const rows: [string, string, string][] = [
    ['Zoë Ñúñez', 'zoe@example.org', 'registered'],
    [
      '=HYPERLINK("http://127.0.0.1/x","click")',
      'formula@example.org',
      'registered',
    ],
    ['@SUM(1+1)', '+tag@example.org', 'waitlisted'],
    ['Gone Away', 'gone@example.org', 'withdrawn'],
  ];
  for (const [name, email, status] of rows) {
    const learner = await createUser(api.dataSource, { name, email });
    await api.dataSource.query(
      `INSERT INTO registrations (session_id, user_id, status, created_at,
         withdrawn_at)
       VALUES ($1, $2, $3::registration_status, clock_timestamp(),
         CASE WHEN $3::registration_status = 'withdrawn' THEN now() END)`,
      [sessionId, learner.id, status],
    );
    learners.push(learner);
  }
  await api.dataSource.query(
    `UPDATE registrations SET attendance = 'attended'
      WHERE user_id = $1`,
    [learners[0]!.id],
  );
});

afterAll(async () => {
  await api.close();
});

describe('registrations CSV', () => {
  it('starts with a byte order mark', async () => {
    const response = await exportOf(sessionId, people.owner);

    expect(response.status).toBe(200);
    expect(response.body.subarray(0, 3)).toEqual(BOM);
  });

  it('sets the download headers', async () => {
    const response = await exportOf(sessionId, people.owner);
    const year = new Date().getUTCFullYear() + 1;

    expect(response.headers.get('content-type')).toBe(
      'text/csv; charset=utf-8',
    );
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="registrations-cafe-sketching-night-${year}-03-05.csv"`,
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('lists active registrations in order', async () => {
    const response = await exportOf(sessionId, people.owner);
    const text = response.body.subarray(3).toString('utf8');
    const records: string[][] = parse(text);

    expect(records[0]).toEqual([
      'name',
      'email',
      'status',
      'waitlist_position',
      'attendance',
      'registered_at',
    ]);
    expect(records).toHaveLength(4);
    expect(records[1]!.slice(0, 5)).toEqual([
      'Zoë Ñúñez',
      'zoe@example.org',
      'registered',
      '',
      'attended',
    ]);
    expect(records[3]!.slice(2, 5)).toEqual(['waitlisted', '1', '']);
    expect(new Date(records[1]![5]!).toISOString()).toBe(records[1]![5]);
    expect(text).not.toContain('gone@example.org');
  });

  it('neutralises formulas', async () => {
    const response = await exportOf(sessionId, people.owner);
    const records: string[][] = parse(
      response.body.subarray(3).toString('utf8'),
    );

    expect(records[2]![0]).toBe('\'=HYPERLINK("http://127.0.0.1/x","click")');
    expect(records[3]![0]).toBe("'@SUM(1+1)");
    expect(records[3]![1]).toBe("'+tag@example.org");
  });

  it('exports only the header when empty', async () => {
    const emptyId = await createOpportunity(api.dataSource, {
      title: 'Nobody yet',
      providerId,
      sessions: [new Date(Date.now() + 86_400_000)],
    });
    const rows: { id: string }[] = await api.dataSource.query(
      'SELECT id FROM opportunity_sessions WHERE opportunity_id = $1',
      [emptyId],
    );

    const response = await exportOf(rows[0]!.id, people.owner);

    expect(response.status).toBe(200);
    expect(response.body.toString('utf8')).toBe(
      '\ufeffname,email,status,waitlist_position,attendance,registered_at\n',
    );
  });

  it.each(['owner', 'editor', 'awarder', 'admin'] as const)(
    'allows the %s',
    async (role) => {
      const response = await exportOf(sessionId, people[role]);

      expect(response.status).toBe(200);
    },
  );

  it('forbids an outsider with no data', async () => {
    const response = await exportOf(sessionId, people.outsider);
    const body = JSON.parse(response.body.toString('utf8')) as {
      errors: { extensions: { code: string } }[];
    };

    expect(response.status).toBe(403);
    expect(body.errors[0]!.extensions.code).toBe('FORBIDDEN');
    expect(response.body.toString('utf8')).not.toContain('example.org');
  });

  it('forbids a registered learner', async () => {
    const response = await exportOf(sessionId, learners[0]!);

    expect(response.status).toBe(403);
  });

  it('answers an unknown id like a forbidden one', async () => {
    const known = await exportOf(sessionId, people.outsider);
    const unknown = await exportOf(UNKNOWN_ID, people.owner);

    expect(unknown.status).toBe(403);
    expect(unknown.body.toString('utf8')).toBe(known.body.toString('utf8'));
  });

  it('tells an admin an unknown id is not found', async () => {
    const response = await exportOf(UNKNOWN_ID, people.admin);

    expect(response.status).toBe(404);
  });

  it('rejects a malformed id', async () => {
    const response = await exportOf('not-a-uuid', people.owner);

    expect(response.status).toBe(400);
  });

  it('requires a signed-in viewer', async () => {
    const response = await exportOf(sessionId, null);

    expect(response.status).toBe(401);
  });
});
