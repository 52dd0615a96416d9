import { cursorScope, encodeCursor } from '../src/common/pagination/cursor.js';
import { createUser, type TestUser } from './support/accounts.js';
import {
  clearListings,
  createOpportunity,
  createProvider,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const HOUR = 3600_000;

const REGISTER = `mutation ($input: RegisterForSessionInput!) {
  registerForSession(input: $input) {
    id status waitlistPosition attendance createdAt withdrawnAt
    session { id }
    opportunity { id title }
    learner { id email }
  }
}`;

const WITHDRAW = `mutation ($input: WithdrawRegistrationInput!) {
  withdrawRegistration(input: $input) { id status withdrawnAt }
}`;

const MY_REGISTRATIONS = `query ($upcoming: Boolean, $first: Int, $after: String) {
  myRegistrations(upcoming: $upcoming, first: $first, after: $after) {
    totalCount
    edges { cursor node { id status session { id startsAt } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const SESSION_FIELDS = `query ($text: String) {
  opportunities(filter: { text: $text }, first: 10) {
    edges { node { title sessions {
      id capacity registeredCount waitlistCount placesLeft
      viewerRegistration { id status }
    } } }
  }
}`;

interface Registered {
  id: string;
  status: string;
  waitlistPosition: number | null;
  attendance: string | null;
  createdAt: string;
  withdrawnAt: string | null;
  session: { id: string };
  opportunity: { id: string; title: string };
  learner: { id: string; email: string };
}

interface MyRegistrationsData {
  myRegistrations: {
    totalCount: number;
    edges: {
      cursor: string;
      node: { id: string; status: string; session: { id: string } };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

interface SessionFields {
  id: string;
  capacity: number | null;
  registeredCount: number;
  waitlistCount: number;
  placesLeft: number | null;
  viewerRegistration: { id: string; status: string } | null;
}

let api: TestApp;
let providerId: string;

async function sessionsOf(opportunityId: string): Promise<string[]> {
  const rows: { id: string }[] = await api.dataSource.query(
    'SELECT id FROM opportunity_sessions WHERE opportunity_id = $1 ORDER BY starts_at',
    [opportunityId],
  );

  return rows.map((row) => row.id);
}

/** A published opportunity with one session a day from now; returns its session ids. */
async function listing(
  title: string,
  options: {
    capacity?: number | null;
    sessions?: Date[];
    status?: string;
    minAge?: number;
    maxAge?: number;
  } = {},
): Promise<{ opportunityId: string; sessionIds: string[] }> {
  const opportunityId = await createOpportunity(api.dataSource, {
    title,
    providerId,
    status: options.status,
    minAge: options.minAge,
    maxAge: options.maxAge,
    sessions: options.sessions ?? [new Date(Date.now() + 24 * HOUR)],
  });
  await api.dataSource.query(
    'UPDATE opportunities SET capacity = $2 WHERE id = $1',
    [opportunityId, options.capacity ?? null],
  );

  return { opportunityId, sessionIds: await sessionsOf(opportunityId) };
}

function register(user: TestUser, sessionId: string) {
  return api.graphql<{ registerForSession: Registered }>(
    REGISTER,
    { input: { sessionId } },
    { cookie: user.cookie },
  );
}

async function sessionFields(
  title: string,
  cookie?: string,
): Promise<SessionFields[]> {
  const response = await api.graphql<{
    opportunities: {
      edges: { node: { title: string; sessions: SessionFields[] } }[];
    };
  }>(SESSION_FIELDS, { text: title }, { cookie });
  expect(response.errors).toBeUndefined();
  const node = response.data!.opportunities.edges.find(
    (edge) => edge.node.title === title,
  );

  return node!.node.sessions;
}

beforeAll(async () => {
  api = await startTestApp();
  await clearListings(api.dataSource);
  providerId = await createProvider(api.dataSource, 'Leura Library');
});

afterAll(async () => {
  await api.close();
});

describe('registerForSession', () => {
  it('registers and shows in myRegistrations', async () => {
    const learner = await createUser(api.dataSource);
    const { opportunityId, sessionIds } = await listing('Zine making', {
      capacity: 5,
    });

    const response = await register(learner, sessionIds[0]!);

    expect(response.errors).toBeUndefined();
    const registration = response.data!.registerForSession;
    expect(registration.status).toBe('REGISTERED');
    expect(registration.waitlistPosition).toBeNull();
    expect(registration.attendance).toBeNull();
    expect(registration.withdrawnAt).toBeNull();
    expect(registration.session.id).toBe(sessionIds[0]);
    expect(registration.opportunity).toEqual({
      id: opportunityId,
      title: 'Zine making',
    });
    expect(registration.learner).toEqual({
      id: learner.id,
      email: learner.email,
    });

    const mine = await api.graphql<MyRegistrationsData>(
      MY_REGISTRATIONS,
      {},
      { cookie: learner.cookie },
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.myRegistrations.totalCount).toBe(1);
    expect(mine.data!.myRegistrations.edges[0]!.node.id).toBe(registration.id);
  });

  it('shows counts and viewerRegistration', async () => {
    const learner = await createUser(api.dataSource);
    const other = await createUser(api.dataSource);
    const { sessionIds } = await listing('Bush regeneration day', {
      capacity: 3,
    });
    const registered = await register(learner, sessionIds[0]!);

    const asLearner = await sessionFields(
      'Bush regeneration day',
      learner.cookie,
    );
    const asOther = await sessionFields('Bush regeneration day', other.cookie);
    const signedOut = await sessionFields('Bush regeneration day');

    expect(asLearner[0]).toEqual({
      id: sessionIds[0],
      capacity: 3,
      registeredCount: 1,
      waitlistCount: 0,
      placesLeft: 2,
      viewerRegistration: {
        id: registered.data!.registerForSession.id,
        status: 'REGISTERED',
      },
    });
    expect(asOther[0]!.viewerRegistration).toBeNull();
    expect(asOther[0]!.registeredCount).toBe(1);
    expect(signedOut[0]!.viewerRegistration).toBeNull();
    expect(signedOut[0]!.placesLeft).toBe(2);
  });

  it('treats a null capacity as unlimited', async () => {
    const { sessionIds } = await listing('Open mic night', { capacity: null });
    for (let index = 0; index < 4; index += 1) {
      const response = await register(
        await createUser(api.dataSource),
        sessionIds[0]!,
      );
      expect(response.data!.registerForSession.status).toBe('REGISTERED');
    }

    const [session] = await sessionFields('Open mic night');

    expect(session!.capacity).toBeNull();
    expect(session!.placesLeft).toBeNull();
    expect(session!.registeredCount).toBe(4);
    expect(session!.waitlistCount).toBe(0);
  });

  it('rejects a second registration', async () => {
    const learner = await createUser(api.dataSource);
    const { sessionIds } = await listing('Drone basics', { capacity: 1 });
    await register(learner, sessionIds[0]!);

    const again = await register(learner, sessionIds[0]!);

    expect(again.data).toBeNull();
    expect(again.errors![0]!.extensions!.code).toBe('CONFLICT');
    expect(again.errors![0]!.extensions!.field).toBe('input.sessionId');
  });

  it('rejects a duplicate on the waiting list', async () => {
    const first = await createUser(api.dataSource);
    const learner = await createUser(api.dataSource);
    const { sessionIds } = await listing('Robotics taster', { capacity: 1 });
    await register(first, sessionIds[0]!);
    const waitlisted = await register(learner, sessionIds[0]!);
    expect(waitlisted.data!.registerForSession.status).toBe('WAITLISTED');

    const again = await register(learner, sessionIds[0]!);

    expect(again.errors![0]!.extensions!.code).toBe('CONFLICT');
  });

  it.each(['draft', 'pending', 'rejected', 'archived'])(
    'rejects a %s opportunity as not found',
    async (status) => {
      const learner = await createUser(api.dataSource);
      const { sessionIds } = await listing(`Hidden ${status} listing`, {
        status,
      });

      const response = await register(learner, sessionIds[0]!);

      expect(response.data).toBeNull();
      expect(response.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    },
  );

  it('rejects an unknown session', async () => {
    const learner = await createUser(api.dataSource);

    const response = await register(
      learner,
      '6f1c2d2e-8b1a-4c57-9d62-0b8f0f6f3a11',
    );

    expect(response.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });

  it('rejects a malformed session id', async () => {
    const learner = await createUser(api.dataSource);

    const response = await register(learner, 'not-a-uuid');

    expect(response.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.extensions!.field).toBe('input.sessionId');
  });

  it('rejects a session that has started', async () => {
    const learner = await createUser(api.dataSource);
    const { sessionIds } = await listing('Morning run club', {
      sessions: [new Date(Date.now() - HOUR)],
    });

    const response = await register(learner, sessionIds[0]!);

    expect(response.data).toBeNull();
    expect(response.errors![0]!.extensions!.code).toBe('CONFLICT');
    expect(response.errors![0]!.message).toMatch(/started/);
  });

  it('requires a signed-in viewer', async () => {
    const { sessionIds } = await listing('Podcasting 101');

    const response = await api.graphql(REGISTER, {
      input: { sessionId: sessionIds[0] },
    });

    expect(response.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('registerForSession age range', () => {
  const year = new Date().getUTCFullYear();

  it.each([
    ['too young', year - 15, { minAge: 16, maxAge: 18 }, 'ages 16 to 18'],
    ['too old', year - 19, { minAge: 16, maxAge: 18 }, 'ages 16 to 18'],
    ['below a minimum', year - 17, { minAge: 18 }, 'ages 18 and over'],
    ['above a maximum', year - 26, { maxAge: 25 }, 'ages up to 25'],
  ])('rejects a learner %s', async (_case, birthYear, range, words) => {
    const learner = await createUser(api.dataSource, { birthYear });
    const { sessionIds } = await listing(`Age ${_case}`, range);

    const response = await register(learner, sessionIds[0]!);

    expect(response.data).toBeNull();
    expect(response.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(response.errors![0]!.message).toContain(words);
    expect(response.errors![0]!.message).toContain(
      `you turn ${year - birthYear} this year`,
    );
  });

  it.each([
    ['at the minimum', year - 16],
    ['at the maximum', year - 18],
  ])('accepts a learner %s', async (_case, birthYear) => {
    const learner = await createUser(api.dataSource, { birthYear });
    const { sessionIds } = await listing(`Age ok ${_case}`, {
      minAge: 16,
      maxAge: 18,
    });

    const response = await register(learner, sessionIds[0]!);

    expect(response.errors).toBeUndefined();
    expect(response.data!.registerForSession.status).toBe('REGISTERED');
  });
});

describe('withdrawRegistration', () => {
  it('withdraws and allows registering again', async () => {
    const learner = await createUser(api.dataSource);
    const { sessionIds } = await listing('Screen printing', { capacity: 2 });
    const first = (await register(learner, sessionIds[0]!)).data!
      .registerForSession;

    const withdrawn = await api.graphql<{
      withdrawRegistration: { id: string; status: string; withdrawnAt: string };
    }>(
      WITHDRAW,
      { input: { registrationId: first.id } },
      {
        cookie: learner.cookie,
      },
    );

    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data!.withdrawRegistration.status).toBe('WITHDRAWN');
    expect(withdrawn.data!.withdrawRegistration.withdrawnAt).not.toBeNull();
    const [session] = await sessionFields('Screen printing', learner.cookie);
    expect(session!.registeredCount).toBe(0);
    expect(session!.viewerRegistration).toBeNull();
    const mine = await api.graphql<MyRegistrationsData>(
      MY_REGISTRATIONS,
      {},
      { cookie: learner.cookie },
    );
    const ids = mine.data!.myRegistrations.edges.map((edge) => edge.node.id);
    expect(ids).not.toContain(first.id);

    const again = (await register(learner, sessionIds[0]!)).data!
      .registerForSession;

    expect(again.id).not.toBe(first.id);
    expect(again.status).toBe('REGISTERED');
  });

  it('rejects a second withdrawal', async () => {
    const learner = await createUser(api.dataSource);
    const { sessionIds } = await listing('Bike repair');
    const { id } = (await register(learner, sessionIds[0]!)).data!
      .registerForSession;
    await api.graphql(
      WITHDRAW,
      { input: { registrationId: id } },
      {
        cookie: learner.cookie,
      },
    );

    const again = await api.graphql(
      WITHDRAW,
      { input: { registrationId: id } },
      { cookie: learner.cookie },
    );

    expect(again.errors![0]!.extensions!.code).toBe('CONFLICT');
  });

  it("hides another learner's registration", async () => {
    const learner = await createUser(api.dataSource);
    const other = await createUser(api.dataSource);
    const { sessionIds } = await listing('Ceramics');
    const { id } = (await register(learner, sessionIds[0]!)).data!
      .registerForSession;

    const response = await api.graphql(
      WITHDRAW,
      { input: { registrationId: id } },
      { cookie: other.cookie },
    );

    expect(response.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const rows: { status: string }[] = await api.dataSource.query(
      'SELECT status FROM registrations WHERE id = $1',
      [id],
    );
    expect(rows[0]!.status).toBe('registered');
  });

  it('rejects withdrawing after the start', async () => {
    const learner = await createUser(api.dataSource);
    const { sessionIds } = await listing('Sunrise photo walk', {
      sessions: [new Date(Date.now() - HOUR)],
    });
    const [row]: { id: string }[] = await api.dataSource.query(
      `INSERT INTO registrations (session_id, user_id, status)
       VALUES ($1, $2, 'registered') RETURNING id`,
      [sessionIds[0], learner.id],
    );

    const response = await api.graphql(
      WITHDRAW,
      { input: { registrationId: row!.id } },
      { cookie: learner.cookie },
    );

    expect(response.errors![0]!.extensions!.code).toBe('CONFLICT');
  });
});

describe('myRegistrations', () => {
  let learner: TestUser;
  let past: string;
  let soon: string;
  let later: string;

  beforeAll(async () => {
    learner = await createUser(api.dataSource);
    const { sessionIds } = await listing('Weekly chess club', {
      sessions: [
        new Date(Date.now() + 72 * HOUR),
        new Date(Date.now() + 24 * HOUR),
        new Date(Date.now() + 48 * HOUR),
      ],
    });
    [soon, later] = [sessionIds[0]!, sessionIds[1]!];
    for (const sessionId of sessionIds) await register(learner, sessionId);
    const withdrawn = (
      await register(learner, (await listing('Withdrawn later')).sessionIds[0]!)
    ).data!.registerForSession;
    await api.graphql(
      WITHDRAW,
      { input: { registrationId: withdrawn.id } },
      { cookie: learner.cookie },
    );
    // A session that ended yesterday, registered before it started.
    const ended = await listing('Yesterday workshop', {
      sessions: [new Date(Date.now() - 26 * HOUR)],
    });
    past = ended.sessionIds[0]!;
    await api.dataSource.query(
      `INSERT INTO registrations (session_id, user_id, status)
       VALUES ($1, $2, 'registered')`,
      [past, learner.id],
    );
  });

  async function sessionIdsOf(variables: Record<string, unknown>) {
    const response = await api.graphql<MyRegistrationsData>(
      MY_REGISTRATIONS,
      variables,
      { cookie: learner.cookie },
    );
    expect(response.errors).toBeUndefined();

    return response.data!.myRegistrations;
  }

  it('orders by session start', async () => {
    const all = await sessionIdsOf({});

    expect(all.totalCount).toBe(4);
    expect(all.edges[0]!.node.session.id).toBe(past);
    expect(all.edges[1]!.node.session.id).toBe(soon);
  });

  it('filters upcoming and ended', async () => {
    const upcoming = await sessionIdsOf({ upcoming: true });
    const ended = await sessionIdsOf({ upcoming: false });

    expect(upcoming.totalCount).toBe(3);
    expect(upcoming.edges.map((edge) => edge.node.session.id)).not.toContain(
      past,
    );
    expect(ended.totalCount).toBe(1);
    expect(ended.edges[0]!.node.session.id).toBe(past);
  });

  it('pages with a cursor', async () => {
    const first = await sessionIdsOf({ upcoming: true, first: 2 });
    const second = await sessionIdsOf({
      upcoming: true,
      first: 2,
      after: first.pageInfo.endCursor,
    });

    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(second.edges).toHaveLength(1);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(second.totalCount).toBe(3);
    expect(
      [...first.edges, ...second.edges].map((e) => e.node.session.id),
    ).toEqual([soon, later, expect.any(String)]);
  });

  it('rejects a cursor of another list', async () => {
    const all = await sessionIdsOf({ first: 1 });

    const response = await api.graphql(
      MY_REGISTRATIONS,
      { upcoming: true, after: all.pageInfo.endCursor },
      { cookie: learner.cookie },
    );

    expect(response.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it.each(['not a time', '2026-02-30T10:00:00.000000Z'])(
    'rejects a cursor key %j',
    async (key) => {
      const forged = encodeCursor(
        { key, id: '6f1c2d2e-8b1a-4c57-9d62-0b8f0f6f3a11' },
        cursorScope(['myRegistrations', null]),
      );

      const response = await api.graphql(
        MY_REGISTRATIONS,
        { after: forged },
        { cookie: learner.cookie },
      );

      expect(response.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
      expect(response.errors![0]!.extensions!.field).toBe('after');
    },
  );

  it.each([0, 101])('rejects first %i', async (first) => {
    const response = await api.graphql(
      MY_REGISTRATIONS,
      { first },
      { cookie: learner.cookie },
    );

    expect(response.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.extensions!.field).toBe('first');
  });
});
