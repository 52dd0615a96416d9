import {
  openTestDatabase,
  TEST_DATABASE_TIMEOUT_MS,
  type TestDatabase,
} from '../testing/test-database.js';

interface PgError {
  code?: string;
  constraint?: string;
}

/** The trigger that keeps a session's registered rows within capacity. */
describe('registration capacity trigger', () => {
  let database: TestDatabase;
  let sessionId: string;
  let userIds: string[];

  /** Runs a statement and returns its rows with string and number values. */
  async function rows(sql: string, params?: unknown[]) {
    return (await database.execute(sql, params)) as {
      id: string;
      count: number;
    }[];
  }

  beforeAll(async () => {
    database = await openTestDatabase();
    const [provider] = await rows(
      `INSERT INTO organisations (name, slug, kind)
       VALUES ('Library', 'library', 'provider') RETURNING id`,
    );
    const [opportunity] = await rows(
      `INSERT INTO opportunities (provider_id, title, summary, kind, mode,
         status, capacity)
       VALUES ($1, 'Zine workshop', 'Make a zine', 'workshop', 'online',
         'published', 2)
       RETURNING id`,
      [provider!.id],
    );
    const [session] = await rows(
      `INSERT INTO opportunity_sessions (opportunity_id, starts_at, ends_at,
         time_zone)
       VALUES ($1, now() + interval '1 day', now() + interval '26 hours',
         'Australia/Sydney')
       RETURNING id`,
      [opportunity!.id],
    );
    sessionId = session!.id;
    const users = await rows(
      `INSERT INTO users (email, password_hash, name, birth_year)
       SELECT 'learner' || n || '@example.org', 'x', 'Learner ' || n, 2000
         FROM generate_series(1, 4) AS n
       RETURNING id`,
    );
    userIds = users.map((row) => row.id);
  }, TEST_DATABASE_TIMEOUT_MS);

  afterAll(async () => {
    await database?.close();
  });

  function register(userId: string, status = 'registered') {
    return rows(
      `INSERT INTO registrations (session_id, user_id, status)
       VALUES ($1, $2, $3) RETURNING id`,
      [sessionId, userId, status],
    );
  }

  async function failureOf(action: Promise<unknown>): Promise<PgError> {
    try {
      await action;
    } catch (error) {
      return error as PgError;
    }
    throw new Error('Expected the statement to fail.');
  }

  it('accepts registrations up to capacity', async () => {
    await register(userIds[0]!);
    await register(userIds[1]!);
    const [row] = await rows(
      `SELECT count(*)::int AS count FROM registrations
        WHERE session_id = $1 AND status = 'registered'`,
      [sessionId],
    );
    expect(row!.count).toBe(2);
  });

  it('rejects a registration past capacity', async () => {
    const error = await failureOf(register(userIds[2]!));
    expect(error.code).toBe('23514');
    expect(error.constraint).toBe('CHK_registrations_capacity');
  });

  it('accepts a waitlisted row when full', async () => {
    const [row] = await register(userIds[2]!, 'waitlisted');
    expect(row!.id).toEqual(expect.any(String));
  });

  it('rejects moving up while full', async () => {
    const error = await failureOf(
      database.execute(
        `UPDATE registrations SET status = 'registered'
          WHERE session_id = $1 AND user_id = $2`,
        [sessionId, userIds[2]],
      ),
    );
    expect(error.constraint).toBe('CHK_registrations_capacity');
  });

  it('lets the waiting list move up after a withdrawal', async () => {
    await database.execute(
      `UPDATE registrations SET status = 'withdrawn', withdrawn_at = now()
        WHERE session_id = $1 AND user_id = $2`,
      [sessionId, userIds[0]],
    );
    await database.execute(
      `UPDATE registrations SET status = 'registered'
        WHERE session_id = $1 AND user_id = $2`,
      [sessionId, userIds[2]],
    );
    const [row] = await rows(
      `SELECT count(*)::int AS count FROM registrations
        WHERE session_id = $1 AND status = 'registered'`,
      [sessionId],
    );
    expect(row!.count).toBe(2);
  });

  it('rejects a second active row for one learner', async () => {
    const error = await failureOf(register(userIds[1]!, 'waitlisted'));
    expect(error.code).toBe('23505');
  });
});
