import {
  addMember,
  createOrganisation,
  createUser,
  type TestUser,
} from './support/accounts.js';
import { clearListings, createProvider } from './support/factories.js';
import {
  type GraphqlResponse,
  startTestApp,
  type TestApp,
} from './support/test-app.js';

interface Listing {
  id: string;
  status: string;
  title: string;
  capacity: number | null;
  viewerCanEdit: boolean;
  place: { name: string } | null;
  sessions: { id: string; startsAt: string; endsAt: string }[];
}

const FIELDS = `id status title capacity viewerCanEdit place { name }
  sessions { id startsAt endsAt }`;

const CREATE = `mutation Create($input: CreateOpportunityInput!) {
  createOpportunity(input: $input) { ${FIELDS} }
}`;

const UPDATE = `mutation Update($input: UpdateOpportunityInput!) {
  updateOpportunity(input: $input) { ${FIELDS} }
}`;

const SUBMIT = `mutation Submit($id: ID!) {
  submitOpportunity(input: { opportunityId: $id }) { id status }
}`;

const AUDIT_LOG = `query Audit($id: ID!) {
  opportunity(id: $id) {
    auditLog { id action actorName changes createdAt }
  }
}`;

const KATOOMBA = { latitude: -33.7125, longitude: 150.3119 };
const DAY = 86_400_000;

let api: TestApp;
let providerId: string;
let owner: TestUser;
let editor: TestUser;
let awarder: TestUser;
let outsider: TestUser;
let otherOwner: TestUser;

function startsIn(days: number, hours = 2) {
  const startsAt = new Date(Date.now() + days * DAY);

  return {
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + hours * 3_600_000).toISOString(),
    timeZone: 'Australia/Sydney',
  };
}

function listingInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Katoomba coding club',
    summary: 'Build a small game over a weekend with mentors.',
    description: 'Bring a laptop if you have one.',
    kind: 'WORKSHOP',
    mode: 'IN_PERSON',
    location: KATOOMBA,
    venueName: 'Katoomba Library',
    venueAddress: '30 Parke St, Katoomba NSW 2780',
    costMinor: null,
    currency: null,
    minAge: 16,
    maxAge: 24,
    capacity: 12,
    sdgs: [4, 9],
    skills: ['ict-literacy', 'creativity'],
    sessions: [startsIn(7)],
    ...overrides,
  };
}

async function create(
  user: TestUser | null,
  overrides: Record<string, unknown> = {},
) {
  return api.graphql<{ createOpportunity: Listing }>(
    CREATE,
    { input: { organisationId: providerId, listing: listingInput(overrides) } },
    user === null ? {} : { cookie: user.cookie },
  );
}

async function createAsOwner(
  overrides: Record<string, unknown> = {},
): Promise<Listing> {
  const response = await create(owner, overrides);
  expect(response.errors).toBeUndefined();

  return response.data!.createOpportunity;
}

async function countListings(): Promise<number> {
  const [row]: { count: number }[] = await api.dataSource.query(
    'SELECT count(*)::int AS count FROM opportunities',
  );

  return row!.count;
}

beforeAll(async () => {
  api = await startTestApp();
  await clearListings(api.dataSource);
  providerId = await createProvider(api.dataSource, 'Mountains Youth Hub');
  owner = await createUser(api.dataSource, { name: 'Olivia Owner' });
  editor = await createUser(api.dataSource, { name: 'Eddie Editor' });
  awarder = await createUser(api.dataSource, { name: 'Ava Awarder' });
  outsider = await createUser(api.dataSource, { name: 'Oscar Outsider' });
  otherOwner = await createUser(api.dataSource, { name: 'Nina Neighbour' });
  await addMember(api.dataSource, providerId, owner.id, 'owner');
  await addMember(api.dataSource, providerId, editor.id, 'editor');
  await addMember(api.dataSource, providerId, awarder.id, 'awarder');
  const otherProvider = await createOrganisation(api.dataSource, 'provider');
  await addMember(api.dataSource, otherProvider, otherOwner.id, 'owner');
});

afterAll(async () => {
  await clearListings(api.dataSource);
  await api.close();
});

describe('createOpportunity access', () => {
  it('saves an owner listing as a draft', async () => {
    const listing = await createAsOwner();
    expect(listing.status).toBe('DRAFT');
    expect(listing.title).toBe('Katoomba coding club');
    expect(listing.capacity).toBe(12);
    expect(listing.viewerCanEdit).toBe(true);
    expect(listing.sessions).toHaveLength(1);
  });

  it('records the nearest gazetteer place', async () => {
    const listing = await createAsOwner();
    expect(listing.place?.name).toBe('Katoomba');
  });

  it('leaves the place empty far from any town', async () => {
    const listing = await createAsOwner({
      location: { latitude: -40, longitude: 160 },
    });
    expect(listing.place).toBeNull();
  });

  it('saves an editor listing as a draft', async () => {
    const response = await create(editor);
    expect(response.errors).toBeUndefined();
    expect(response.data!.createOpportunity.status).toBe('DRAFT');
  });

  it.each([
    ['an awarder', () => awarder],
    ['an outsider', () => outsider],
    ['an owner of another organisation', () => otherOwner],
  ])('rejects %s as FORBIDDEN', async (_name, user) => {
    const before = await countListings();
    const response = await create(user());
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(response.data).toBeNull();
    expect(await countListings()).toBe(before);
  });

  it('rejects an anonymous request as UNAUTHENTICATED', async () => {
    const before = await countListings();
    const response = await create(null);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.data).toBeNull();
    expect(await countListings()).toBe(before);
  });

  it('rejects a council as the provider', async () => {
    const councilId = await createOrganisation(api.dataSource, 'council');
    await addMember(api.dataSource, councilId, owner.id, 'owner');
    const response = await api.graphql(
      CREATE,
      { input: { organisationId: councilId, listing: listingInput() } },
      { cookie: owner.cookie },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.field).toBe(
      'input.organisationId',
    );
  });
});

describe('createOpportunity validation', () => {
  const endsBeforeStarts = {
    ...startsIn(7),
    endsAt: new Date(Date.now() + 6 * DAY).toISOString(),
  };

  it.each([
    [
      'a latitude above 90',
      { location: { latitude: 95, longitude: 150.3 } },
      'input.listing.location.latitude',
    ],
    [
      'swapped coordinates',
      { location: { latitude: 150.3119, longitude: -33.7125 } },
      'input.listing.location.latitude',
    ],
    ['unknown SDG 18', { sdgs: [4, 18] }, 'input.listing.sdgs'],
    ['an unknown skill', { skills: ['juggling'] }, 'input.listing.skills'],
    [
      'an end before the start',
      { sessions: [endsBeforeStarts] },
      'input.listing.sessions.0.endsAt',
    ],
    [
      'a bad time zone',
      { sessions: [startsIn(7), { ...startsIn(8), timeZone: 'Sydney' }] },
      'input.listing.sessions.1.timeZone',
    ],
    [
      'a cost without a currency',
      { costMinor: 1500, currency: null },
      'input.listing.currency',
    ],
    [
      'an online listing with a location',
      { mode: 'ONLINE', venueName: null, venueAddress: null },
      'input.listing.location',
    ],
    ['a short title', { title: 'ab' }, 'input.listing.title'],
    [
      'a title of only U+202E',
      { title: '\u202E\u202E\u202E' },
      'input.listing.title',
    ],
    [
      'a title with U+2066',
      { title: 'Coding \u2066club' },
      'input.listing.title',
    ],
    [
      'a summary without letters',
      { summary: '\u200B'.repeat(12) },
      'input.listing.summary',
    ],
    [
      'a session id on a new listing',
      { sessions: [{ ...startsIn(7), id: crypto.randomUUID() }] },
      'input.listing.sessions.0.id',
    ],
  ])('reports %s', async (_name, overrides, field) => {
    const before = await countListings();
    const response = await create(owner, overrides);
    const error = response.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.field).toBe(field);
    expect(error?.extensions?.problems).toContainEqual({
      field,
      message: error?.message,
    });
    expect(response.data).toBeNull();
    expect(await countListings()).toBe(before);
  });

  it('lists every problem at once', async () => {
    const response = await create(owner, {
      title: 'ab',
      sdgs: [18],
      costMinor: 1500,
    });
    const problems = response.errors?.[0]?.extensions?.problems as {
      field: string;
    }[];
    expect(problems.map((problem) => problem.field)).toEqual([
      'input.listing.title',
      'input.listing.currency',
      'input.listing.sdgs',
    ]);
  });

  it('rejects an invalid organisation id', async () => {
    const response = await api.graphql(
      CREATE,
      { input: { organisationId: 'not-a-uuid', listing: listingInput() } },
      { cookie: owner.cookie },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.field).toBe(
      'input.organisationId',
    );
  });
});

describe('updateOpportunity sessions', () => {
  it('keeps, changes, adds and deletes sessions', async () => {
    const listing = await createAsOwner({
      sessions: [startsIn(7), startsIn(14), startsIn(21)],
    });
    const [first, second, third] = listing.sessions;

    const moved = startsIn(15, 3);
    const added = startsIn(28);
    const response = await api.graphql<{ updateOpportunity: Listing }>(
      UPDATE,
      {
        input: {
          opportunityId: listing.id,
          listing: listingInput({
            sessions: [
              { ...pick(first!), id: first!.id },
              { ...moved, id: second!.id },
              added,
            ],
          }),
        },
      },
      { cookie: editor.cookie },
    );

    expect(response.errors).toBeUndefined();
    const sessions = response.data!.updateOpportunity.sessions;
    expect(sessions.map((session) => session.startsAt)).toEqual([
      first!.startsAt,
      moved.startsAt,
      added.startsAt,
    ]);
    expect(sessions[0]!.id).toBe(first!.id);
    expect(sessions[1]!.id).toBe(second!.id);
    expect(sessions[1]!.endsAt).toBe(moved.endsAt);
    expect(sessions.map((session) => session.id)).not.toContain(third!.id);
  });

  it('refuses to delete a session with registrations', async () => {
    const listing = await createAsOwner({
      sessions: [startsIn(7), startsIn(14)],
    });
    const booked = listing.sessions[1]!;
    const learner = await createUser(api.dataSource, { name: 'Lee Learner' });
    await api.dataSource.query(
      `INSERT INTO registrations (session_id, user_id, status)
       VALUES ($1, $2, 'registered')`,
      [booked.id, learner.id],
    );

    const response = await api.graphql(
      UPDATE,
      {
        input: {
          opportunityId: listing.id,
          listing: listingInput({
            title: 'Renamed club',
            sessions: [
              { ...pick(listing.sessions[0]!), id: listing.sessions[0]!.id },
            ],
          }),
        },
      },
      { cookie: owner.cookie },
    );
    const error = response.errors?.[0];
    expect(error?.extensions?.code).toBe('CONFLICT');
    expect(error?.extensions?.field).toBe('input.listing.sessions');
    expect(error?.message).toContain(booked.startsAt);
    expect(error?.message).toContain('1 registration');
    const rows: { title: string; sessions: number }[] =
      await api.dataSource.query(
        `SELECT title, (SELECT count(*)::int FROM opportunity_sessions s
                         WHERE s.opportunity_id = o.id) AS sessions
           FROM opportunities o WHERE id = $1`,
        [listing.id],
      );
    expect(rows[0]).toEqual({ title: 'Katoomba coding club', sessions: 2 });
  });

  it('deletes a session whose registrations were withdrawn', async () => {
    const listing = await createAsOwner({ sessions: [startsIn(7)] });
    const learner = await createUser(api.dataSource);
    await api.dataSource.query(
      `INSERT INTO registrations (session_id, user_id, status, withdrawn_at)
       VALUES ($1, $2, 'withdrawn', now())`,
      [listing.sessions[0]!.id, learner.id],
    );
    const response = await api.graphql<{ updateOpportunity: Listing }>(
      UPDATE,
      {
        input: {
          opportunityId: listing.id,
          listing: listingInput({ sessions: [] }),
        },
      },
      { cookie: owner.cookie },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.updateOpportunity.sessions).toEqual([]);
  });

  it('rejects a session of another listing', async () => {
    const other = await createAsOwner();
    const listing = await createAsOwner();
    const response = await api.graphql(
      UPDATE,
      {
        input: {
          opportunityId: listing.id,
          listing: listingInput({
            sessions: [{ ...startsIn(7), id: other.sessions[0]!.id }],
          }),
        },
      },
      { cookie: owner.cookie },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.field).toBe(
      'input.listing.sessions.0.id',
    );
  });

  it('rejects an awarder', async () => {
    const listing = await createAsOwner();
    const response = await api.graphql(
      UPDATE,
      { input: { opportunityId: listing.id, listing: listingInput() } },
      { cookie: awarder.cookie },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(response.data).toBeNull();
  });

  it('treats an unknown id as foreign', async () => {
    const response = await api.graphql(
      UPDATE,
      {
        input: {
          opportunityId: crypto.randomUUID(),
          listing: listingInput(),
        },
      },
      { cookie: owner.cookie },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('audit log', () => {
  interface AuditData {
    opportunity: {
      auditLog: {
        action: string;
        actorName: string | null;
        changes: string;
        createdAt: string;
      }[];
    } | null;
  }

  it('records create, update and submit with actors and diffs', async () => {
    const listing = await createAsOwner();
    await api.graphql(
      UPDATE,
      {
        input: {
          opportunityId: listing.id,
          listing: listingInput({
            title: 'Katoomba game jam',
            capacity: 15,
            sessions: [
              { ...pick(listing.sessions[0]!), id: listing.sessions[0]!.id },
            ],
          }),
        },
      },
      { cookie: editor.cookie },
    );
    await api.graphql(SUBMIT, { id: listing.id }, { cookie: owner.cookie });

    const response = await api.graphql<AuditData>(
      AUDIT_LOG,
      { id: listing.id },
      { cookie: awarder.cookie },
    );
    expect(response.errors).toBeUndefined();
    const entries = response.data!.opportunity!.auditLog;
    expect(entries.map((entry) => entry.action)).toEqual([
      'submit',
      'update',
      'create',
    ]);
    expect(entries.map((entry) => entry.actorName)).toEqual([
      'Olivia Owner',
      'Eddie Editor',
      'Olivia Owner',
    ]);
    expect(JSON.parse(entries[1]!.changes)).toEqual({
      title: { from: 'Katoomba coding club', to: 'Katoomba game jam' },
      capacity: { from: 12, to: 15 },
    });
    expect(JSON.parse(entries[0]!.changes)).toEqual({
      status: { from: 'draft', to: 'pending' },
    });
    const created = JSON.parse(entries[2]!.changes) as Record<
      string,
      { from: unknown; to: unknown }
    >;
    expect(created.title).toEqual({ from: null, to: 'Katoomba coding club' });
    expect(created.status).toEqual({ from: null, to: 'draft' });
  });

  it('skips an update that changes nothing', async () => {
    const listing = await createAsOwner({ sessions: [] });
    await api.graphql(
      UPDATE,
      {
        input: {
          opportunityId: listing.id,
          listing: listingInput({ sessions: [] }),
        },
      },
      { cookie: owner.cookie },
    );
    const response = await api.graphql<AuditData>(
      AUDIT_LOG,
      { id: listing.id },
      { cookie: owner.cookie },
    );
    expect(
      response.data!.opportunity!.auditLog.map((entry) => entry.action),
    ).toEqual(['create']);
  });

  it('shows no name once the actor is deleted', async () => {
    const departing = await createUser(api.dataSource, { name: 'Dana' });
    await addMember(api.dataSource, providerId, departing.id, 'editor');
    const response = await create(departing);
    const id = response.data!.createOpportunity.id;
    await api.dataSource.query('DELETE FROM users WHERE id = $1', [
      departing.id,
    ]);
    const log = await api.graphql<AuditData>(
      AUDIT_LOG,
      { id },
      { cookie: owner.cookie },
    );
    expect(log.data!.opportunity!.auditLog[0]!.actorName).toBeNull();
  });

  it('is FORBIDDEN to an outsider', async () => {
    const listing = await createAsOwner();
    await api.dataSource.query(
      "UPDATE opportunities SET status = 'published' WHERE id = $1",
      [listing.id],
    );
    const response = await api.graphql<AuditData>(
      AUDIT_LOG,
      { id: listing.id },
      { cookie: outsider.cookie },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(response.data?.opportunity ?? null).toBeNull();
  });
});

describe('organisationOpportunities', () => {
  const LIST = `query List($id: ID!, $status: OpportunityStatus, $first: Int, $after: String) {
    organisationOpportunities(organisationId: $id, status: $status, first: $first, after: $after) {
      totalCount
      edges { cursor node { id status updatedAt } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

  interface ListData {
    organisationOpportunities: {
      totalCount: number;
      edges: { node: { id: string; status: string; updatedAt: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  }

  it('pages through every listing, newest update first', async () => {
    const ids: string[] = [];
    const totals: number[] = [];
    let after: string | null = null;
    do {
      const response: GraphqlResponse<ListData> = await api.graphql<ListData>(
        LIST,
        { id: providerId, first: 3, after },
        { cookie: awarder.cookie },
      );
      expect(response.errors).toBeUndefined();
      const page = response.data!.organisationOpportunities;
      totals.push(page.totalCount);
      ids.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after !== null);

    const rows: { id: string }[] = await api.dataSource.query(
      `SELECT id FROM opportunities WHERE provider_id = $1
        ORDER BY updated_at DESC, id DESC`,
      [providerId],
    );
    expect(ids).toEqual(rows.map((row) => row.id));
    expect(new Set(totals)).toEqual(new Set([rows.length]));
  });

  it('filters by status', async () => {
    const response = await api.graphql<ListData>(
      LIST,
      { id: providerId, status: 'PENDING' },
      { cookie: owner.cookie },
    );
    const statuses = response.data!.organisationOpportunities.edges.map(
      (edge) => edge.node.status,
    );
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['PENDING']));
  });

  it('is FORBIDDEN to an outsider', async () => {
    const response = await api.graphql<ListData>(
      LIST,
      { id: providerId },
      { cookie: outsider.cookie },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(response.data).toBeNull();
  });

  it('rejects a page size above 100', async () => {
    const response = await api.graphql<ListData>(
      LIST,
      { id: providerId, first: 101 },
      { cookie: owner.cookie },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('nearestPlace', () => {
  const NEAREST = `query Nearest($latitude: Float!, $longitude: Float!) {
    nearestPlace(latitude: $latitude, longitude: $longitude) { name countryCode }
  }`;

  it('finds the town at a venue', async () => {
    const response = await api.graphql<{
      nearestPlace: { name: string; countryCode: string } | null;
    }>(NEAREST, KATOOMBA);
    expect(response.data!.nearestPlace).toEqual({
      name: 'Katoomba',
      countryCode: 'AU',
    });
  });

  it('returns null more than 50 km from any place', async () => {
    const response = await api.graphql<{ nearestPlace: null }>(NEAREST, {
      latitude: -40,
      longitude: 160,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.nearestPlace).toBeNull();
  });

  it.each([
    ['latitude', { latitude: 91, longitude: 150 }],
    ['longitude', { latitude: -33, longitude: 181 }],
  ])('rejects an out-of-range %s', async (field, variables) => {
    const response = await api.graphql(NEAREST, variables);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.field).toBe(field);
  });
});

function pick(session: { startsAt: string; endsAt: string }) {
  return {
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    timeZone: 'Australia/Sydney',
  };
}
