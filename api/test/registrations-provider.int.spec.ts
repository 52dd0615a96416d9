import { addMember, createUser, type TestUser } from './support/accounts.js';
import {
  clearListings,
  createOpportunity,
  createProvider,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const HOUR = 3600_000;
const UNKNOWN_ID = '6f1c2d2e-8b1a-4c57-9d62-0b8f0f6f3a11';

const SESSION_REGISTRATIONS = `query ($sessionId: ID!, $status: RegistrationStatus,
    $first: Int, $after: String) {
  sessionRegistrations(sessionId: $sessionId, status: $status, first: $first,
      after: $after) {
    totalCount
    edges { node { id status waitlistPosition attendance
      learner { id name email } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const MARK = `mutation ($input: MarkAttendanceInput!) {
  markAttendance(input: $input) { id attendance status }
}`;

const MARK_ALL = `mutation ($input: MarkAllAttendanceInput!) {
  markAllAttendance(input: $input)
}`;

interface ListData {
  sessionRegistrations: {
    totalCount: number;
    edges: {
      node: {
        id: string;
        status: string;
        waitlistPosition: number | null;
        attendance: string | null;
        learner: { id: string; name: string; email: string };
      };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

let api: TestApp;
let providerId: string;
const staff = {} as Record<
  'owner' | 'editor' | 'awarder' | 'outsider' | 'admin' | 'otherOwner',
  TestUser
>;

/** A capacity-2 session with three learners: two registered, one waitlisted. */
async function sessionWithLearners(
  title: string,
  startsAt: Date,
): Promise<{ sessionId: string; learners: TestUser[]; ids: string[] }> {
  const opportunityId = await createOpportunity(api.dataSource, {
    title,
    providerId,
    sessions: [startsAt],
  });
  await api.dataSource.query(
    'UPDATE opportunities SET capacity = 2 WHERE id = $1',
    [opportunityId],
  );
  const [session]: { id: string }[] = await api.dataSource.query(
    'SELECT id FROM opportunity_sessions WHERE opportunity_id = $1',
    [opportunityId],
  );
  const learners: TestUser[] = [];
  const ids: string[] = [];
  for (const [index, status] of [
    'registered',
    'registered',
    'waitlisted',
  ].entries()) {
    const learner = await createUser(api.dataSource, {
      name: `Learner ${index + 1}`,
    });
    // Inserted directly so that sessions in the past can have learners.
    const [row]: { id: string }[] = await api.dataSource.query(
      `INSERT INTO registrations (session_id, user_id, status, created_at)
       VALUES ($1, $2, $3, clock_timestamp()) RETURNING id`,
      [session!.id, learner.id, status],
    );
    learners.push(learner);
    ids.push(row!.id);
  }

  return { sessionId: session!.id, learners, ids };
}

function listAs(user: TestUser | null, variables: Record<string, unknown>) {
  return api.graphql<ListData>(SESSION_REGISTRATIONS, variables, {
    cookie: user?.cookie,
  });
}

beforeAll(async () => {
  api = await startTestApp();
  await clearListings(api.dataSource);
  providerId = await createProvider(api.dataSource, 'Blackheath Makerspace');
  const otherProvider = await createProvider(api.dataSource, 'Other Club');
  for (const role of ['owner', 'editor', 'awarder'] as const) {
    staff[role] = await createUser(api.dataSource);
    await addMember(api.dataSource, providerId, staff[role].id, role);
  }
  staff.outsider = await createUser(api.dataSource);
  staff.admin = await createUser(api.dataSource, { isAdmin: true });
  staff.otherOwner = await createUser(api.dataSource);
  await addMember(api.dataSource, otherProvider, staff.otherOwner.id, 'owner');
});

afterAll(async () => {
  await api.close();
});

describe('sessionRegistrations', () => {
  let sessionId: string;
  let learners: TestUser[];
  let ids: string[];

  beforeAll(async () => {
    ({ sessionId, learners, ids } = await sessionWithLearners(
      'Laser cutting',
      new Date(Date.now() + 24 * HOUR),
    ));
  });

  it.each(['owner', 'editor', 'awarder', 'admin'] as const)(
    'lists for the %s',
    async (role) => {
      const response = await listAs(staff[role], { sessionId });

      expect(response.errors).toBeUndefined();
      const list = response.data!.sessionRegistrations;
      expect(list.totalCount).toBe(3);
      expect(list.edges.map((edge) => edge.node.id)).toEqual(ids);
      expect(list.edges.map((edge) => edge.node.waitlistPosition)).toEqual([
        null,
        null,
        1,
      ]);
      expect(list.edges[0]!.node.learner).toEqual({
        id: learners[0]!.id,
        name: 'Learner 1',
        email: learners[0]!.email,
      });
    },
  );

  it.each(['outsider', 'otherOwner'] as const)(
    'forbids the %s with no data',
    async (role) => {
      const response = await listAs(staff[role], { sessionId });

      expect(response.data).toBeNull();
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    },
  );

  it('forbids a registered learner', async () => {
    const response = await listAs(learners[0]!, { sessionId });

    expect(response.data).toBeNull();
    expect(response.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('answers an unknown id like a forbidden one', async () => {
    const known = await listAs(staff.outsider, { sessionId });
    const unknownToOutsider = await listAs(staff.outsider, {
      sessionId: UNKNOWN_ID,
    });
    const unknownToOwner = await listAs(staff.owner, {
      sessionId: UNKNOWN_ID,
    });

    expect(unknownToOutsider.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(unknownToOutsider.errors![0]!.message).toBe(
      known.errors![0]!.message,
    );
    expect(unknownToOwner.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(unknownToOwner.errors![0]!.message).toBe(known.errors![0]!.message);
  });

  it('tells an admin an unknown id is not found', async () => {
    const response = await listAs(staff.admin, { sessionId: UNKNOWN_ID });

    expect(response.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });

  it('requires a signed-in viewer', async () => {
    const response = await listAs(null, { sessionId });

    expect(response.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('filters by status', async () => {
    const response = await listAs(staff.owner, {
      sessionId,
      status: 'WAITLISTED',
    });

    expect(response.data!.sessionRegistrations.totalCount).toBe(1);
    expect(response.data!.sessionRegistrations.edges[0]!.node.id).toBe(ids[2]);
  });

  it('pages with a cursor', async () => {
    const first = await listAs(staff.owner, { sessionId, first: 2 });
    const second = await listAs(staff.owner, {
      sessionId,
      first: 2,
      after: first.data!.sessionRegistrations.pageInfo.endCursor,
    });

    expect(first.data!.sessionRegistrations.pageInfo.hasNextPage).toBe(true);
    expect(
      second.data!.sessionRegistrations.edges.map((edge) => edge.node.id),
    ).toEqual([ids[2]]);
    expect(second.data!.sessionRegistrations.pageInfo.hasNextPage).toBe(false);
  });

  it('shows withdrawals only when asked', async () => {
    const { sessionId: withdrawnSession, ids: withdrawnIds } =
      await sessionWithLearners(
        'Soldering basics',
        new Date(Date.now() + 24 * HOUR),
      );
    await api.dataSource.query(
      `UPDATE registrations SET status = 'withdrawn', withdrawn_at = now()
        WHERE id = $1`,
      [withdrawnIds[1]],
    );

    const active = await listAs(staff.owner, { sessionId: withdrawnSession });
    const withdrawn = await listAs(staff.owner, {
      sessionId: withdrawnSession,
      status: 'WITHDRAWN',
    });

    expect(active.data!.sessionRegistrations.totalCount).toBe(2);
    expect(
      withdrawn.data!.sessionRegistrations.edges.map((edge) => edge.node.id),
    ).toEqual([withdrawnIds[1]]);
  });
});

describe('markAttendance', () => {
  let started: { sessionId: string; learners: TestUser[]; ids: string[] };
  let future: { sessionId: string; learners: TestUser[]; ids: string[] };

  beforeAll(async () => {
    started = await sessionWithLearners(
      '3D printing',
      new Date(Date.now() - HOUR),
    );
    future = await sessionWithLearners(
      'Arduino night',
      new Date(Date.now() + 24 * HOUR),
    );
  });

  function mark(user: TestUser, registrationId: string, attendance: string) {
    return api.graphql<{
      markAttendance: { id: string; attendance: string; status: string };
    }>(
      MARK,
      { input: { registrationId, attendance } },
      { cookie: user.cookie },
    );
  }

  it('marks one learner and audits it', async () => {
    const response = await mark(staff.awarder, started.ids[0]!, 'ATTENDED');

    expect(response.errors).toBeUndefined();
    expect(response.data!.markAttendance.attendance).toBe('ATTENDED');
    const [row]: {
      attendance: string;
      attendance_marked_at: Date | null;
      attendance_marked_by_id: string;
    }[] = await api.dataSource.query(
      `SELECT attendance, attendance_marked_at, attendance_marked_by_id
         FROM registrations WHERE id = $1`,
      [started.ids[0]],
    );
    expect(row!.attendance).toBe('attended');
    expect(row!.attendance_marked_at).not.toBeNull();
    expect(row!.attendance_marked_by_id).toBe(staff.awarder.id);
    const audit: {
      actor_id: string;
      organisation_id: string;
      action: string;
      changes: unknown;
    }[] = await api.dataSource.query(
      `SELECT actor_id, organisation_id, action, changes FROM audit_log
        WHERE subject_type = 'registration' AND subject_id = $1`,
      [started.ids[0]],
    );
    expect(audit).toEqual([
      {
        actor_id: staff.awarder.id,
        organisation_id: providerId,
        action: 'attendance.mark',
        changes: { attendance: { from: null, to: 'attended' } },
      },
    ]);
  });

  it('changes a mark', async () => {
    await mark(staff.owner, started.ids[1]!, 'ATTENDED');

    const response = await mark(staff.owner, started.ids[1]!, 'ABSENT');

    expect(response.data!.markAttendance.attendance).toBe('ABSENT');
    const audit: { changes: unknown }[] = await api.dataSource.query(
      `SELECT changes FROM audit_log
        WHERE subject_type = 'registration' AND subject_id = $1
        ORDER BY id DESC LIMIT 1`,
      [started.ids[1]],
    );
    expect(audit[0]!.changes).toEqual({
      attendance: { from: 'attended', to: 'absent' },
    });
  });

  it('lets an admin mark', async () => {
    const response = await mark(staff.admin, started.ids[0]!, 'ATTENDED');

    expect(response.errors).toBeUndefined();
  });

  it('rejects a waitlisted learner', async () => {
    const response = await mark(staff.owner, started.ids[2]!, 'ATTENDED');

    expect(response.errors![0]!.extensions!.code).toBe('CONFLICT');
  });

  it('rejects a session before check-in opens', async () => {
    const response = await mark(staff.owner, future.ids[0]!, 'ATTENDED');

    expect(response.data).toBeNull();
    expect(response.errors![0]!.extensions!.code).toBe('CONFLICT');
    expect(response.errors![0]!.message).toMatch(/an hour before it starts/);
  });

  it.each(['editor', 'outsider', 'otherOwner'] as const)(
    'forbids the %s',
    async (role) => {
      const response = await mark(staff[role], started.ids[0]!, 'ABSENT');

      expect(response.data).toBeNull();
      expect(response.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    },
  );

  it('forbids the learner', async () => {
    const response = await mark(
      started.learners[0]!,
      started.ids[0]!,
      'ATTENDED',
    );

    expect(response.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('answers an unknown id like a forbidden one', async () => {
    const response = await mark(staff.owner, UNKNOWN_ID, 'ATTENDED');

    expect(response.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});

describe('markAllAttendance', () => {
  function markAll(user: TestUser, sessionId: string, attendance: string) {
    return api.graphql<{ markAllAttendance: number }>(
      MARK_ALL,
      { input: { sessionId, attendance } },
      { cookie: user.cookie },
    );
  }

  it('marks every registered learner', async () => {
    const { sessionId, ids } = await sessionWithLearners(
      'Sewing machine basics',
      new Date(Date.now() - HOUR),
    );

    const response = await markAll(staff.owner, sessionId, 'ATTENDED');

    expect(response.errors).toBeUndefined();
    expect(response.data!.markAllAttendance).toBe(2);
    const rows: { id: string; attendance: string | null }[] =
      await api.dataSource.query(
        `SELECT id, attendance FROM registrations WHERE session_id = $1
          ORDER BY created_at`,
        [sessionId],
      );
    expect(rows).toEqual([
      { id: ids[0], attendance: 'attended' },
      { id: ids[1], attendance: 'attended' },
      { id: ids[2], attendance: null },
    ]);
    const audit: { action: string; actor_id: string; changes: unknown }[] =
      await api.dataSource.query(
        `SELECT action, actor_id, changes FROM audit_log
          WHERE subject_type = 'session' AND subject_id = $1`,
        [sessionId],
      );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.action).toBe('attendance.mark_all');
    expect(audit[0]!.actor_id).toBe(staff.owner.id);
    expect(audit[0]!.changes).toEqual({
      attendance: { to: 'attended' },
      registrationIds: expect.arrayContaining([ids[0], ids[1]]),
    });
  });

  it('marks at check-in before the start', async () => {
    const { sessionId } = await sessionWithLearners(
      'Check-in bulk',
      new Date(Date.now() + HOUR / 2),
    );

    const response = await markAll(staff.awarder, sessionId, 'ATTENDED');

    expect(response.errors).toBeUndefined();
    expect(response.data!.markAllAttendance).toBe(2);
  });

  it('rejects a session before check-in opens', async () => {
    const { sessionId } = await sessionWithLearners(
      'Future bulk',
      new Date(Date.now() + 2 * HOUR),
    );

    const response = await markAll(staff.awarder, sessionId, 'ATTENDED');

    expect(response.errors![0]!.extensions!.code).toBe('CONFLICT');
    const [row]: { marked: number }[] = await api.dataSource.query(
      `SELECT count(*)::int AS marked FROM registrations
        WHERE session_id = $1 AND attendance IS NOT NULL`,
      [sessionId],
    );
    expect(row!.marked).toBe(0);
  });

  it.each(['editor', 'outsider'] as const)('forbids the %s', async (role) => {
    const { sessionId } = await sessionWithLearners(
      `Bulk forbidden ${role}`,
      new Date(Date.now() - HOUR),
    );

    const response = await markAll(staff[role], sessionId, 'ABSENT');

    expect(response.data).toBeNull();
    expect(response.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('forbids a learner', async () => {
    const { sessionId, learners } = await sessionWithLearners(
      'Bulk by learner',
      new Date(Date.now() - HOUR),
    );

    const response = await markAll(learners[0]!, sessionId, 'ATTENDED');

    expect(response.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});

describe('Registration.learner', () => {
  it('is shown to the learner', async () => {
    const { learners } = await sessionWithLearners(
      'Learner view',
      new Date(Date.now() + 24 * HOUR),
    );

    const response = await api.graphql<{
      myRegistrations: { edges: { node: { learner: { id: string } } }[] };
    }>(
      '{ myRegistrations { edges { node { learner { id } } } } }',
      {},
      { cookie: learners[0]!.cookie },
    );

    expect(response.errors).toBeUndefined();
    expect(response.data!.myRegistrations.edges[0]!.node.learner.id).toBe(
      learners[0]!.id,
    );
  });
});
