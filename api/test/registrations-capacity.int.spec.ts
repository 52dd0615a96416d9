import { createUser, type TestUser } from './support/accounts.js';
import {
  clearListings,
  createOpportunity,
  createProvider,
} from './support/factories.js';
import { readOutbox } from './support/outbox.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const HOUR = 3600_000;

const REGISTER = `mutation ($input: RegisterForSessionInput!) {
  registerForSession(input: $input) { id status waitlistPosition }
}`;

const WITHDRAW = `mutation ($input: WithdrawRegistrationInput!) {
  withdrawRegistration(input: $input) { id status }
}`;

const VIEWER_REGISTRATION = `query ($text: String) {
  opportunities(filter: { text: $text }, first: 1) {
    edges { node { sessions {
      registeredCount waitlistCount placesLeft
      viewerRegistration { id status waitlistPosition }
    } } }
  }
}`;

interface Registered {
  id: string;
  status: string;
  waitlistPosition: number | null;
}

let api: TestApp;
let providerId: string;

async function sessionWithCapacity(
  title: string,
  capacity: number,
): Promise<string> {
  const opportunityId = await createOpportunity(api.dataSource, {
    title,
    providerId,
    sessions: [new Date(Date.now() + 24 * HOUR)],
  });
  await api.dataSource.query(
    'UPDATE opportunities SET capacity = $2 WHERE id = $1',
    [opportunityId, capacity],
  );
  const [row]: { id: string }[] = await api.dataSource.query(
    'SELECT id FROM opportunity_sessions WHERE opportunity_id = $1',
    [opportunityId],
  );

  return row!.id;
}

async function register(user: TestUser, sessionId: string) {
  const response = await api.graphql<{ registerForSession: Registered }>(
    REGISTER,
    { input: { sessionId } },
    { cookie: user.cookie },
  );
  expect(response.errors).toBeUndefined();

  return response.data!.registerForSession;
}

async function withdraw(user: TestUser, registrationId: string) {
  const response = await api.graphql(
    WITHDRAW,
    { input: { registrationId } },
    { cookie: user.cookie },
  );
  expect(response.errors).toBeUndefined();
}

async function statusesOf(sessionId: string) {
  const rows: { user_id: string; status: string }[] =
    await api.dataSource.query(
      `SELECT user_id, status FROM registrations
        WHERE session_id = $1 ORDER BY created_at, id`,
      [sessionId],
    );

  return rows;
}

beforeAll(async () => {
  api = await startTestApp();
  await clearListings(api.dataSource);
  providerId = await createProvider(api.dataSource, 'Katoomba Youth Hub');
});

afterAll(async () => {
  await api.close();
});

describe('capacity', () => {
  it('waitlists when the session is full', async () => {
    const sessionId = await sessionWithCapacity('Guitar circle', 2);
    const users = await Promise.all(
      [1, 2, 3, 4].map(() => createUser(api.dataSource)),
    );

    const results: Registered[] = [];
    for (const user of users) results.push(await register(user, sessionId));

    expect(results.map((each) => each.status)).toEqual([
      'REGISTERED',
      'REGISTERED',
      'WAITLISTED',
      'WAITLISTED',
    ]);
    expect(results.map((each) => each.waitlistPosition)).toEqual([
      null,
      null,
      1,
      2,
    ]);
  });

  it('gives one place to ten concurrent requests', async () => {
    const sessionId = await sessionWithCapacity('Last seat standing', 1);
    const users = await Promise.all(
      Array.from({ length: 10 }, () => createUser(api.dataSource)),
    );

    const responses = await Promise.all(
      users.map((user) =>
        api.graphql<{ registerForSession: Registered }>(
          REGISTER,
          { input: { sessionId } },
          { cookie: user.cookie },
        ),
      ),
    );

    for (const response of responses) {
      expect(response.errors).toBeUndefined();
    }
    const statuses = responses.map(
      (response) => response.data!.registerForSession.status,
    );
    expect(statuses.filter((status) => status === 'REGISTERED')).toHaveLength(
      1,
    );
    expect(statuses.filter((status) => status === 'WAITLISTED')).toHaveLength(
      9,
    );
    const counts: { status: string; count: number }[] =
      await api.dataSource.query(
        `SELECT status, count(*)::int AS count FROM registrations
          WHERE session_id = $1 GROUP BY status ORDER BY status`,
        [sessionId],
      );
    expect(counts).toEqual([
      { status: 'registered', count: 1 },
      { status: 'waitlisted', count: 9 },
    ]);
    const positions = responses
      .map((response) => response.data!.registerForSession.waitlistPosition)
      .filter((position) => position !== null)
      .sort((a, b) => a! - b!);
    expect(positions).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('trigger rejects a direct SQL insert', async () => {
    const sessionId = await sessionWithCapacity('Trigger check', 1);
    const first = await createUser(api.dataSource);
    const second = await createUser(api.dataSource);
    await api.dataSource.query(
      `INSERT INTO registrations (session_id, user_id, status)
       VALUES ($1, $2, 'registered')`,
      [sessionId, first.id],
    );

    const insert = api.dataSource.query(
      `INSERT INTO registrations (session_id, user_id, status)
       VALUES ($1, $2, 'registered')`,
      [sessionId, second.id],
    );

    await expect(insert).rejects.toMatchObject({
      code: '23514',
      constraint: 'CHK_registrations_capacity',
    });
    const [waitlisted]: { id: string }[] = await api.dataSource.query(
      `INSERT INTO registrations (session_id, user_id, status)
       VALUES ($1, $2, 'waitlisted') RETURNING id`,
      [sessionId, second.id],
    );
    await expect(
      api.dataSource.query(
        `UPDATE registrations SET status = 'registered' WHERE id = $1`,
        [waitlisted!.id],
      ),
    ).rejects.toMatchObject({ code: '23514' });
  });
});

describe('waiting list', () => {
  it('moves up on withdrawal', async () => {
    const sessionId = await sessionWithCapacity('Film club', 1);
    const [holder, next, after] = await Promise.all(
      [1, 2, 3].map((index) =>
        createUser(api.dataSource, { email: `film-${index}@example.org` }),
      ),
    );
    const holderPlace = await register(holder!, sessionId);
    const nextPlace = await register(next!, sessionId);
    const afterPlace = await register(after!, sessionId);
    expect(nextPlace.waitlistPosition).toBe(1);
    expect(afterPlace.waitlistPosition).toBe(2);

    await withdraw(holder!, holderPlace.id);

    expect(await statusesOf(sessionId)).toEqual([
      { user_id: holder!.id, status: 'withdrawn' },
      { user_id: next!.id, status: 'registered' },
      { user_id: after!.id, status: 'waitlisted' },
    ]);
    const view = await api.graphql<{
      opportunities: {
        edges: {
          node: {
            sessions: {
              viewerRegistration: Registered;
              registeredCount: number;
              waitlistCount: number;
              placesLeft: number;
            }[];
          };
        }[];
      };
    }>(VIEWER_REGISTRATION, { text: 'Film club' }, { cookie: after!.cookie });
    const session = view.data!.opportunities.edges[0]!.node.sessions[0]!;
    expect(session.viewerRegistration.waitlistPosition).toBe(1);
    expect(session.registeredCount).toBe(1);
    expect(session.waitlistCount).toBe(1);
    expect(session.placesLeft).toBe(0);
    const mail = (await readOutbox(api.outboxDir)).filter(
      (message) => message.to === 'film-2@example.org',
    );
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe('You have a place at Film club');
    expect(mail[0]!.text).toContain('You are now registered');
    const others = (await readOutbox(api.outboxDir)).filter(
      (message) => message.to === 'film-3@example.org',
    );
    expect(others).toHaveLength(0);
  });

  it('keeps the list when a waitlisted learner withdraws', async () => {
    const sessionId = await sessionWithCapacity('Knitting circle', 1);
    const users = await Promise.all(
      [1, 2, 3].map(() => createUser(api.dataSource)),
    );
    await register(users[0]!, sessionId);
    const second = await register(users[1]!, sessionId);
    await register(users[2]!, sessionId);

    await withdraw(users[1]!, second.id);

    expect((await statusesOf(sessionId)).map((row) => row.status)).toEqual([
      'registered',
      'withdrawn',
      'waitlisted',
    ]);
    const [position]: { position: number }[] = await api.dataSource.query(
      `SELECT count(*)::int AS position FROM registrations
        WHERE session_id = $1 AND status = 'waitlisted'`,
      [sessionId],
    );
    expect(position!.position).toBe(1);
  });

  it('puts a returning learner at the back', async () => {
    const sessionId = await sessionWithCapacity('Climbing wall', 1);
    const users = await Promise.all(
      [1, 2, 3].map(() => createUser(api.dataSource)),
    );
    await register(users[0]!, sessionId);
    const early = await register(users[1]!, sessionId);
    await register(users[2]!, sessionId);
    await withdraw(users[1]!, early.id);

    const back = await register(users[1]!, sessionId);

    expect(back.id).not.toBe(early.id);
    expect(back.status).toBe('WAITLISTED');
    expect(back.waitlistPosition).toBe(2);
  });

  it('fills every free place after capacity grows', async () => {
    const sessionId = await sessionWithCapacity('Dance workshop', 1);
    const users = await Promise.all(
      [1, 2, 3, 4].map(() => createUser(api.dataSource)),
    );
    const first = await register(users[0]!, sessionId);
    for (const user of users.slice(1)) await register(user, sessionId);
    await api.dataSource.query(
      `UPDATE opportunities SET capacity = 3
        WHERE id = (SELECT opportunity_id FROM opportunity_sessions
                     WHERE id = $1)`,
      [sessionId],
    );

    await withdraw(users[0]!, first.id);

    expect((await statusesOf(sessionId)).map((row) => row.status)).toEqual([
      'withdrawn',
      'registered',
      'registered',
      'registered',
    ]);
  });

  it('moves up once per concurrent withdrawal', async () => {
    const sessionId = await sessionWithCapacity('Pottery wheel', 2);
    const users = await Promise.all(
      [1, 2, 3, 4, 5].map(() => createUser(api.dataSource)),
    );
    const places: Registered[] = [];
    for (const user of users) places.push(await register(user, sessionId));

    await Promise.all([
      withdraw(users[0]!, places[0]!.id),
      withdraw(users[1]!, places[1]!.id),
    ]);

    expect((await statusesOf(sessionId)).map((row) => row.status)).toEqual([
      'withdrawn',
      'withdrawn',
      'registered',
      'registered',
      'waitlisted',
    ]);
  });
});
