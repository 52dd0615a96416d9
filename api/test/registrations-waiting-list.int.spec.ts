import {
  addMember,
  createUser,
  TEST_PASSWORD,
  type TestUser,
} from './support/accounts.js';
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

const DELETE_ACCOUNT = `mutation ($input: DeleteAccountInput!) {
  deleteAccount(input: $input)
}`;

const UPDATE = `mutation ($input: UpdateOpportunityInput!) {
  updateOpportunity(input: $input) { id capacity }
}`;

interface Registered {
  id: string;
  status: string;
  waitlistPosition: number | null;
}

interface SessionFixture {
  opportunityId: string;
  sessionId: string;
  startsAt: Date;
}

let api: TestApp;
let providerId: string;
let owner: TestUser;

async function sessionWithCapacity(
  title: string,
  capacity: number,
  startsAt = new Date(Date.now() + 24 * HOUR),
): Promise<SessionFixture> {
  const opportunityId = await createOpportunity(api.dataSource, {
    title,
    providerId,
    sessions: [startsAt],
  });
  await setCapacity(opportunityId, capacity);
  const [row]: { id: string }[] = await api.dataSource.query(
    'SELECT id FROM opportunity_sessions WHERE opportunity_id = $1',
    [opportunityId],
  );

  return { opportunityId, sessionId: row!.id, startsAt };
}

async function setCapacity(
  opportunityId: string,
  capacity: number | null,
): Promise<void> {
  await api.dataSource.query(
    'UPDATE opportunities SET capacity = $2 WHERE id = $1',
    [opportunityId, capacity],
  );
}

async function learners(prefix: string, count: number): Promise<TestUser[]> {
  return Promise.all(
    Array.from({ length: count }, (_, index) =>
      createUser(api.dataSource, { email: `${prefix}-${index}@example.org` }),
    ),
  );
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

async function registerInTurn(users: TestUser[], sessionId: string) {
  const places: Registered[] = [];
  for (const user of users) places.push(await register(user, sessionId));

  return places;
}

async function statusesOf(sessionId: string): Promise<string[]> {
  const rows: { status: string }[] = await api.dataSource.query(
    `SELECT status FROM registrations
      WHERE session_id = $1 ORDER BY created_at, id`,
    [sessionId],
  );

  return rows.map((row) => row.status);
}

async function mailTo(email: string) {
  return (await readOutbox(api.outboxDir)).filter(
    (message) => message.to === email,
  );
}

/** Builds the listing input that keeps a factory-made listing as it is. */
function unchangedListing(fixture: SessionFixture, title: string) {
  return {
    title,
    summary: `About ${title}`,
    description: '',
    kind: 'WORKSHOP',
    mode: 'ONLINE',
    location: null,
    venueName: null,
    venueAddress: null,
    costMinor: null,
    currency: null,
    minAge: null,
    maxAge: null,
    sdgs: [],
    skills: [],
    sessions: [
      {
        id: fixture.sessionId,
        startsAt: fixture.startsAt.toISOString(),
        endsAt: new Date(fixture.startsAt.getTime() + 2 * HOUR).toISOString(),
        timeZone: 'Australia/Sydney',
      },
    ],
  };
}

async function updateCapacity(
  fixture: SessionFixture,
  title: string,
  capacity: number | null,
) {
  const response = await api.graphql<{
    updateOpportunity: { capacity: number | null };
  }>(
    UPDATE,
    {
      input: {
        opportunityId: fixture.opportunityId,
        listing: { ...unchangedListing(fixture, title), capacity },
      },
    },
    { cookie: owner.cookie },
  );
  expect(response.errors).toBeUndefined();
  expect(response.data!.updateOpportunity.capacity).toBe(capacity);
}

beforeAll(async () => {
  api = await startTestApp();
  await clearListings(api.dataSource);
  providerId = await createProvider(api.dataSource, 'Blackheath Youth Hub');
  owner = await createUser(api.dataSource);
  await addMember(api.dataSource, providerId, owner.id, 'owner');
});

afterAll(async () => {
  await api.close();
});

describe('account deletion', () => {
  it('gives the place to the first waiting learner', async () => {
    const { sessionId } = await sessionWithCapacity('Robotics lab', 1);
    const [holder, first, second] = await learners('robotics', 3);
    await registerInTurn([holder!, first!, second!], sessionId);

    const response = await api.graphql<{ deleteAccount: boolean }>(
      DELETE_ACCOUNT,
      { input: { currentPassword: TEST_PASSWORD } },
      { cookie: holder!.cookie },
    );

    expect(response.errors).toBeUndefined();
    expect(response.data!.deleteAccount).toBe(true);
    expect(await statusesOf(sessionId)).toEqual(['registered', 'waitlisted']);
    const mail = await mailTo(first!.email);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe('You have a place at Robotics lab');
    expect(await mailTo(second!.email)).toHaveLength(0);
  });

  it('puts a newcomer behind those waiting', async () => {
    const { sessionId } = await sessionWithCapacity('Comic drawing', 1);
    const [holder, waiting, newcomer] = await learners('comic', 3);
    await registerInTurn([holder!, waiting!], sessionId);
    await api.graphql(
      DELETE_ACCOUNT,
      { input: { currentPassword: TEST_PASSWORD } },
      { cookie: holder!.cookie },
    );

    const place = await register(newcomer!, sessionId);

    expect(place.status).toBe('WAITLISTED');
    expect(place.waitlistPosition).toBe(1);
    expect(await statusesOf(sessionId)).toEqual(['registered', 'waitlisted']);
  });

  it('leaves the list when the user was waiting', async () => {
    const { sessionId } = await sessionWithCapacity('Chess club', 1);
    const [holder, leaving, staying] = await learners('chess', 3);
    await registerInTurn([holder!, leaving!, staying!], sessionId);

    await api.graphql(
      DELETE_ACCOUNT,
      { input: { currentPassword: TEST_PASSWORD } },
      { cookie: leaving!.cookie },
    );

    expect(await statusesOf(sessionId)).toEqual(['registered', 'waitlisted']);
    expect(await mailTo(staying!.email)).toHaveLength(0);
  });
});

describe('registerForSession with free places', () => {
  it('moves the list up before a newcomer', async () => {
    const { sessionId } = await sessionWithCapacity('Bike repair', 1);
    const [holder, first, second, newcomer] = await learners('bike', 4);
    const places = await registerInTurn([holder!, first!, second!], sessionId);
    // A place freed outside the API, as a cascade from a deleted row does.
    await api.dataSource.query('DELETE FROM registrations WHERE id = $1', [
      places[0]!.id,
    ]);

    const place = await register(newcomer!, sessionId);

    expect(place.status).toBe('WAITLISTED');
    expect(place.waitlistPosition).toBe(2);
    expect(await statusesOf(sessionId)).toEqual([
      'registered',
      'waitlisted',
      'waitlisted',
    ]);
    expect(await mailTo(first!.email)).toHaveLength(1);
    expect(await mailTo(second!.email)).toHaveLength(0);
  });

  it('registers a newcomer once the list is empty', async () => {
    const fixture = await sessionWithCapacity('Zine making', 1);
    const [holder, waiting, newcomer] = await learners('zine', 3);
    await registerInTurn([holder!, waiting!], fixture.sessionId);
    await setCapacity(fixture.opportunityId, 3);

    const place = await register(newcomer!, fixture.sessionId);

    expect(place.status).toBe('REGISTERED');
    expect(await statusesOf(fixture.sessionId)).toEqual([
      'registered',
      'registered',
      'registered',
    ]);
    expect(await mailTo(waiting!.email)).toHaveLength(1);
  });

  it('keeps the list in order under concurrent newcomers', async () => {
    const fixture = await sessionWithCapacity('Skate park jam', 1);
    const queued = await learners('skate', 3);
    await registerInTurn(queued, fixture.sessionId);
    await setCapacity(fixture.opportunityId, 3);
    const newcomers = await learners('skate-new', 4);

    await Promise.all(
      newcomers.map((user) => register(user, fixture.sessionId)),
    );

    const rows: { user_id: string; status: string }[] =
      await api.dataSource.query(
        `SELECT user_id, status FROM registrations
          WHERE session_id = $1 ORDER BY created_at, id`,
        [fixture.sessionId],
      );
    expect(rows.slice(0, 3).map((row) => row.status)).toEqual([
      'registered',
      'registered',
      'registered',
    ]);
    expect(rows.slice(0, 3).map((row) => row.user_id)).toEqual(
      queued.map((user) => user.id),
    );
    expect(new Set(rows.slice(3).map((row) => row.status))).toEqual(
      new Set(['waitlisted']),
    );
  });
});

describe('updateOpportunity capacity', () => {
  it('fills the new places from the list', async () => {
    const fixture = await sessionWithCapacity('Screen printing', 1);
    const users = await learners('print', 4);
    await registerInTurn(users, fixture.sessionId);

    await updateCapacity(fixture, 'Screen printing', 3);

    expect(await statusesOf(fixture.sessionId)).toEqual([
      'registered',
      'registered',
      'registered',
      'waitlisted',
    ]);
    for (const user of users.slice(1, 3)) {
      const mail = await mailTo(user.email);
      expect(mail).toHaveLength(1);
      expect(mail[0]!.subject).toBe('You have a place at Screen printing');
    }
    expect(await mailTo(users[3]!.email)).toHaveLength(0);
  });

  it('registers everyone when unlimited', async () => {
    const fixture = await sessionWithCapacity('Open mic', 1);
    const users = await learners('mic', 3);
    await registerInTurn(users, fixture.sessionId);

    await updateCapacity(fixture, 'Open mic', null);

    expect(await statusesOf(fixture.sessionId)).toEqual([
      'registered',
      'registered',
      'registered',
    ]);
  });

  it('moves no one when capacity stays', async () => {
    const fixture = await sessionWithCapacity('Board games', 1);
    const users = await learners('board', 2);
    await registerInTurn(users, fixture.sessionId);

    await updateCapacity(fixture, 'Board games renamed', 1);

    expect(await statusesOf(fixture.sessionId)).toEqual([
      'registered',
      'waitlisted',
    ]);
    expect(await mailTo(users[1]!.email)).toHaveLength(0);
  });
});
