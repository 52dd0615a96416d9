import {
  addMember,
  createOrganisation,
  createUser,
  squareArea,
  type TestUser,
} from './support/accounts.js';
import {
  clearListings,
  createOpportunity as insertOpportunity,
  createProvider,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Listing {
  id: string;
  status: string;
  publishedAt: string | null;
  moderationNote: string | null;
}

const FIELDS = 'id status publishedAt moderationNote';

const CREATE = `mutation Create($input: CreateOpportunityInput!) {
  createOpportunity(input: $input) { ${FIELDS} }
}`;

const UPDATE = `mutation Update($input: UpdateOpportunityInput!) {
  updateOpportunity(input: $input) { ${FIELDS} }
}`;

const SUBMIT = `mutation Submit($id: ID!) {
  submitOpportunity(input: { opportunityId: $id }) { ${FIELDS} }
}`;

const ARCHIVE = `mutation Archive($id: ID!) {
  archiveOpportunity(input: { opportunityId: $id }) { ${FIELDS} }
}`;

const APPROVE = `mutation Approve($id: ID!) {
  approveOpportunity(input: { opportunityId: $id }) { ${FIELDS} }
}`;

const REJECT = `mutation Reject($id: ID!, $reason: String!) {
  rejectOpportunity(input: { opportunityId: $id, reason: $reason }) { ${FIELDS} }
}`;

const QUEUE = `query Queue($councilId: ID!, $first: Int, $after: String) {
  moderationQueue(councilId: $councilId, first: $first, after: $after) {
    totalCount
    edges { cursor node { id title status } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const OPPORTUNITY = `query One($id: ID!) {
  opportunity(id: $id) { id status moderationNote viewerCanEdit }
}`;

/** Venues inside the Blue Mountains council's area. */
const KATOOMBA = { latitude: -33.7125, longitude: 150.3119 };
const LEURA = { latitude: -33.7167, longitude: 150.3333 };
/** A venue inside the Parramatta council's area only. */
const PARRAMATTA = { latitude: -33.815, longitude: 151.0011 };

let api: TestApp;
let mountainsCouncil: string;
let parramattaCouncil: string;
/** A provider that the Blue Mountains council approved. */
let approvedProvider: string;
let unapprovedProvider: string;
let approvedOwner: TestUser;
let unapprovedOwner: TestUser;
let councilEditor: TestUser;
let councilAwarder: TestUser;
let otherCouncilEditor: TestUser;
let admin: TestUser;
let outsider: TestUser;

function listingInput(overrides: Record<string, unknown> = {}) {
  const startsAt = new Date(Date.now() + 7 * 86_400_000);

  return {
    title: 'Bushwalk first aid',
    summary: 'Learn first aid for walks in the bush with a paramedic.',
    description: '',
    kind: 'COURSE',
    mode: 'IN_PERSON',
    location: KATOOMBA,
    venueName: 'Katoomba Scout Hall',
    venueAddress: null,
    costMinor: 2000,
    currency: 'AUD',
    minAge: 16,
    maxAge: null,
    capacity: null,
    sdgs: [3],
    skills: ['initiative'],
    sessions: [
      {
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(),
        timeZone: 'Australia/Sydney',
      },
    ],
    ...overrides,
  };
}

async function mutate(
  query: string,
  variables: Record<string, unknown>,
  user: TestUser,
) {
  return api.graphql<Record<string, Listing>>(query, variables, {
    cookie: user.cookie,
  });
}

/** Creates a draft through the API and returns its id. */
async function draft(
  owner: TestUser,
  organisationId: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const response = await mutate(
    CREATE,
    { input: { organisationId, listing: listingInput(overrides) } },
    owner,
  );
  expect(response.errors).toBeUndefined();

  return response.data!.createOpportunity!.id;
}

/** Creates and submits a listing and returns its id and new status. */
async function submitted(
  owner: TestUser,
  organisationId: string,
  overrides: Record<string, unknown> = {},
): Promise<Listing> {
  const id = await draft(owner, organisationId, overrides);
  const response = await mutate(SUBMIT, { id }, owner);
  expect(response.errors).toBeUndefined();

  return response.data!.submitOpportunity!;
}

async function queueIds(councilId: string, user: TestUser): Promise<string[]> {
  const response = await api.graphql<{
    moderationQueue: { edges: { node: { id: string } }[] };
  }>(QUEUE, { councilId, first: 100 }, { cookie: user.cookie });
  expect(response.errors).toBeUndefined();

  return response.data!.moderationQueue.edges.map((edge) => edge.node.id);
}

async function visibleTo(id: string, user: TestUser | null) {
  const response = await api.graphql<{
    opportunity: {
      status: string;
      moderationNote: string | null;
      viewerCanEdit: boolean;
    } | null;
  }>(OPPORTUNITY, { id }, user === null ? {} : { cookie: user.cookie });
  expect(response.errors).toBeUndefined();

  return response.data!.opportunity;
}

beforeAll(async () => {
  api = await startTestApp();
  const ds = api.dataSource;
  await clearListings(ds);
  mountainsCouncil = await createOrganisation(ds, 'council', {
    name: 'Blue Mountains City Council',
    area: squareArea([-33.7, 150.35], 0.3),
  });
  parramattaCouncil = await createOrganisation(ds, 'council', {
    name: 'City of Parramatta',
    area: squareArea([-33.81, 151.0], 0.1),
  });
  approvedProvider = await createProvider(ds, 'Mountains Youth Hub');
  unapprovedProvider = await createProvider(ds, 'New Skills Co');
  await ds.query(
    'INSERT INTO provider_approvals (provider_id, council_id) VALUES ($1, $2)',
    [approvedProvider, mountainsCouncil],
  );
  approvedOwner = await createUser(ds, { name: 'Pat Provider' });
  unapprovedOwner = await createUser(ds, { name: 'Quinn Provider' });
  councilEditor = await createUser(ds, { name: 'Casey Council' });
  councilAwarder = await createUser(ds, { name: 'Ari Awarder' });
  otherCouncilEditor = await createUser(ds, { name: 'Robin Parramatta' });
  admin = await createUser(ds, { name: 'Alex Admin', isAdmin: true });
  outsider = await createUser(ds, { name: 'Oscar Outsider' });
  await addMember(ds, approvedProvider, approvedOwner.id, 'owner');
  await addMember(ds, unapprovedProvider, unapprovedOwner.id, 'owner');
  await addMember(ds, mountainsCouncil, councilEditor.id, 'editor');
  await addMember(ds, mountainsCouncil, councilAwarder.id, 'awarder');
  await addMember(ds, parramattaCouncil, otherCouncilEditor.id, 'editor');
});

afterAll(async () => {
  await clearListings(api.dataSource);
  await api.close();
});

describe('submitOpportunity', () => {
  it('publishes an approved provider inside the council area', async () => {
    const listing = await submitted(approvedOwner, approvedProvider);
    expect(listing.status).toBe('PUBLISHED');
    expect(listing.publishedAt).not.toBeNull();
  });

  it('holds an approved provider outside the area', async () => {
    const listing = await submitted(approvedOwner, approvedProvider, {
      location: PARRAMATTA,
    });
    expect(listing.status).toBe('PENDING');
    expect(listing.publishedAt).toBeNull();
  });

  it('holds a provider without approval', async () => {
    const listing = await submitted(unapprovedOwner, unapprovedProvider);
    expect(listing.status).toBe('PENDING');
  });

  it('publishes an online listing of an approved provider', async () => {
    const listing = await submitted(approvedOwner, approvedProvider, {
      mode: 'ONLINE',
      location: null,
      venueName: null,
    });
    expect(listing.status).toBe('PUBLISHED');
  });

  it('holds an online listing of an unapproved provider', async () => {
    const listing = await submitted(unapprovedOwner, unapprovedProvider, {
      mode: 'ONLINE',
      location: null,
      venueName: null,
    });
    expect(listing.status).toBe('PENDING');
  });

  it('rejects submitting a published listing', async () => {
    const listing = await submitted(approvedOwner, approvedProvider);
    const response = await mutate(SUBMIT, { id: listing.id }, approvedOwner);
    expect(response.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(response.errors?.[0]?.message).toContain('published');
  });

  it('checks the saved listing again', async () => {
    const id = await draft(unapprovedOwner, unapprovedProvider);
    await api.dataSource.query(
      "UPDATE opportunities SET title = 'ab' WHERE id = $1",
      [id],
    );
    const response = await mutate(SUBMIT, { id }, unapprovedOwner);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.field).toBe('input.listing.title');
  });

  it('rejects a member of another provider', async () => {
    const id = await draft(unapprovedOwner, unapprovedProvider);
    const response = await mutate(SUBMIT, { id }, approvedOwner);
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(response.data).toBeNull();
  });
});

describe('moderationQueue', () => {
  it('lists only pending listings inside the area, oldest first', async () => {
    const inside = await submitted(unapprovedOwner, unapprovedProvider, {
      title: 'Inside, first',
    });
    const later = await submitted(unapprovedOwner, unapprovedProvider, {
      title: 'Inside, second',
      location: LEURA,
    });
    const outside = await submitted(unapprovedOwner, unapprovedProvider, {
      location: PARRAMATTA,
    });
    const published = await submitted(approvedOwner, approvedProvider);
    const online = await submitted(unapprovedOwner, unapprovedProvider, {
      mode: 'ONLINE',
      location: null,
      venueName: null,
    });
    const drafted = await draft(unapprovedOwner, unapprovedProvider);

    const ids = await queueIds(mountainsCouncil, councilEditor);
    expect(ids).toContain(inside.id);
    expect(ids.indexOf(inside.id)).toBeLessThan(ids.indexOf(later.id));
    for (const hidden of [outside.id, published.id, online.id, drafted]) {
      expect(ids).not.toContain(hidden);
    }
    expect(await queueIds(parramattaCouncil, otherCouncilEditor)).toContain(
      outside.id,
    );
  });

  it('pages with a cursor', async () => {
    const all = await queueIds(mountainsCouncil, councilEditor);
    const first = await api.graphql<{
      moderationQueue: {
        totalCount: number;
        edges: { node: { id: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(
      QUEUE,
      { councilId: mountainsCouncil, first: 1 },
      { cookie: councilEditor.cookie },
    );
    const page = first.data!.moderationQueue;
    expect(page.totalCount).toBe(all.length);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await api.graphql<{
      moderationQueue: { edges: { node: { id: string } }[] };
    }>(
      QUEUE,
      {
        councilId: mountainsCouncil,
        first: 100,
        after: page.pageInfo.endCursor,
      },
      { cookie: councilEditor.cookie },
    );
    expect([
      page.edges[0]!.node.id,
      ...next.data!.moderationQueue.edges.map((edge) => edge.node.id),
    ]).toEqual(all);
  });

  it('shows admins any council queue', async () => {
    expect(await queueIds(mountainsCouncil, admin)).toEqual(
      await queueIds(mountainsCouncil, councilEditor),
    );
  });

  it.each([
    ['an awarder of the council', () => councilAwarder],
    ['an editor of another council', () => otherCouncilEditor],
    ['a provider owner', () => unapprovedOwner],
  ])('is FORBIDDEN to %s', async (_name, user) => {
    const response = await api.graphql(
      QUEUE,
      { councilId: mountainsCouncil },
      { cookie: user().cookie },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(response.data).toBeNull();
  });
});

describe('approveOpportunity and rejectOpportunity', () => {
  it('lets a council editor approve a listing in its area', async () => {
    const pending = await submitted(unapprovedOwner, unapprovedProvider);
    const response = await mutate(APPROVE, { id: pending.id }, councilEditor);
    expect(response.errors).toBeUndefined();
    expect(response.data!.approveOpportunity!.status).toBe('PUBLISHED');
    expect(response.data!.approveOpportunity!.publishedAt).not.toBeNull();
    const [row]: { reviewed_by_id: string; reviewed_at: Date | null }[] =
      await api.dataSource.query(
        'SELECT reviewed_by_id, reviewed_at FROM opportunities WHERE id = $1',
        [pending.id],
      );
    expect(row!.reviewed_by_id).toBe(councilEditor.id);
    expect(row!.reviewed_at).not.toBeNull();
    expect(await queueIds(mountainsCouncil, councilEditor)).not.toContain(
      pending.id,
    );
  });

  it.each([
    ['an awarder of the council', () => councilAwarder],
    ['an editor of another council', () => otherCouncilEditor],
    ['the provider owner', () => unapprovedOwner],
  ])('refuses approval by %s', async (_name, user) => {
    const pending = await submitted(unapprovedOwner, unapprovedProvider);
    const approve = await mutate(APPROVE, { id: pending.id }, user());
    expect(approve.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(approve.data).toBeNull();
    const reject = await mutate(
      REJECT,
      { id: pending.id, reason: 'Not in our area.' },
      user(),
    );
    expect(reject.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await visibleTo(pending.id, unapprovedOwner))?.status).toBe(
      'PENDING',
    );
  });

  it('leaves online listings to admins', async () => {
    const online = await submitted(unapprovedOwner, unapprovedProvider, {
      mode: 'ONLINE',
      location: null,
      venueName: null,
    });
    const byCouncil = await mutate(APPROVE, { id: online.id }, councilEditor);
    expect(byCouncil.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byAdmin = await mutate(APPROVE, { id: online.id }, admin);
    expect(byAdmin.errors).toBeUndefined();
    expect(byAdmin.data!.approveOpportunity!.status).toBe('PUBLISHED');
  });

  it('rejects approving a published listing', async () => {
    const published = await submitted(approvedOwner, approvedProvider);
    const response = await mutate(APPROVE, { id: published.id }, councilEditor);
    expect(response.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(response.errors?.[0]?.message).toContain('published');
  });

  it('shows the rejection reason to the provider', async () => {
    const pending = await submitted(unapprovedOwner, unapprovedProvider);
    const reason = 'Add the age range and the cost of materials.';
    const response = await mutate(
      REJECT,
      { id: pending.id, reason: `  ${reason} ` },
      councilEditor,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.rejectOpportunity!.status).toBe('REJECTED');
    const seen = await visibleTo(pending.id, unapprovedOwner);
    expect(seen?.status).toBe('REJECTED');
    expect(seen?.moderationNote).toBe(reason);
  });

  it('sends a resubmitted listing back to the queue', async () => {
    const pending = await submitted(unapprovedOwner, unapprovedProvider);
    await mutate(
      REJECT,
      { id: pending.id, reason: 'Name the venue.' },
      councilEditor,
    );
    const again = await mutate(SUBMIT, { id: pending.id }, unapprovedOwner);
    expect(again.data!.submitOpportunity!.status).toBe('PENDING');
    expect(await queueIds(mountainsCouncil, councilEditor)).toContain(
      pending.id,
    );
  });

  it.each([
    ['too short', 'No.'],
    ['too long', 'x'.repeat(1001)],
    ['blank', '        '],
  ])('rejects a reason that is %s', async (_name, reason) => {
    const pending = await submitted(unapprovedOwner, unapprovedProvider);
    const response = await mutate(
      REJECT,
      { id: pending.id, reason },
      councilEditor,
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.field).toBe('input.reason');
  });

  it('records the review in the audit log', async () => {
    const pending = await submitted(unapprovedOwner, unapprovedProvider);
    await mutate(
      REJECT,
      { id: pending.id, reason: 'Add a session date.' },
      councilEditor,
    );
    const response = await api.graphql<{
      opportunity: {
        auditLog: { action: string; actorName: string; changes: string }[];
      };
    }>(
      'query ($id: ID!) { opportunity(id: $id) { auditLog { action actorName changes } } }',
      { id: pending.id },
      { cookie: unapprovedOwner.cookie },
    );
    const [latest] = response.data!.opportunity.auditLog;
    expect(latest!.action).toBe('reject');
    expect(latest!.actorName).toBe('Casey Council');
    expect(JSON.parse(latest!.changes)).toEqual({
      status: { from: 'pending', to: 'rejected' },
      reason: 'Add a session date.',
    });
  });
});

describe('editing a published listing', () => {
  it('stays published after a move inside the approved area', async () => {
    const listing = await submitted(approvedOwner, approvedProvider);
    const response = await mutate(
      UPDATE,
      {
        input: {
          opportunityId: listing.id,
          listing: listingInput({ location: LEURA, sessions: [] }),
        },
      },
      approvedOwner,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.updateOpportunity!.status).toBe('PUBLISHED');
  });

  it('goes back to pending after a move outside it', async () => {
    const listing = await submitted(approvedOwner, approvedProvider);
    const response = await mutate(
      UPDATE,
      {
        input: {
          opportunityId: listing.id,
          listing: listingInput({ location: PARRAMATTA, sessions: [] }),
        },
      },
      approvedOwner,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.updateOpportunity!.status).toBe('PENDING');
    expect(await queueIds(parramattaCouncil, otherCouncilEditor)).toContain(
      listing.id,
    );
    const [row]: { changes: { status: unknown } }[] =
      await api.dataSource.query(
        `SELECT changes FROM audit_log
          WHERE subject_id = $1 AND action = 'update'`,
        [listing.id],
      );
    expect(row!.changes.status).toEqual({ from: 'published', to: 'pending' });
  });

  it('archives a listing from any status', async () => {
    const listing = await submitted(approvedOwner, approvedProvider);
    const response = await mutate(ARCHIVE, { id: listing.id }, approvedOwner);
    expect(response.data!.archiveOpportunity!.status).toBe('ARCHIVED');
    const again = await mutate(ARCHIVE, { id: listing.id }, approvedOwner);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const edit = await mutate(
      UPDATE,
      { input: { opportunityId: listing.id, listing: listingInput() } },
      approvedOwner,
    );
    expect(edit.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});

describe('visibility', () => {
  const SEARCH = `query Search($near: NearInput) {
    opportunities(near: $near, radiusKm: 50, first: 100) {
      totalCount
      edges { node { id status } }
    }
    opportunityMarkers(near: $near, radiusKm: 50) { markers { id } }
  }`;

  interface SearchData {
    opportunities: {
      totalCount: number;
      edges: { node: { id: string; status: string } }[];
    };
    opportunityMarkers: { markers: { id: string }[] };
  }

  it('keeps unpublished listings out of public search', async () => {
    const drafted = await draft(approvedOwner, approvedProvider);
    const pending = await submitted(unapprovedOwner, unapprovedProvider);
    const published = await submitted(approvedOwner, approvedProvider);
    const response = await api.graphql<SearchData>(SEARCH, { near: KATOOMBA });
    expect(response.errors).toBeUndefined();
    const found = response.data!.opportunities.edges.map((edge) => edge.node);
    const markers = response.data!.opportunityMarkers.markers.map(
      (marker) => marker.id,
    );
    expect(found.map((node) => node.id)).toContain(published.id);
    expect(markers).toContain(published.id);
    for (const hidden of [drafted, pending.id]) {
      expect(found.map((node) => node.id)).not.toContain(hidden);
      expect(markers).not.toContain(hidden);
    }
    expect(new Set(found.map((node) => node.status))).toEqual(
      new Set(['PUBLISHED']),
    );
  });

  it('hides a draft from everyone but members and admins', async () => {
    const id = await draft(approvedOwner, approvedProvider);
    expect(await visibleTo(id, null)).toBeNull();
    expect(await visibleTo(id, outsider)).toBeNull();
    expect(await visibleTo(id, councilEditor)).toBeNull();
    expect((await visibleTo(id, approvedOwner))?.status).toBe('DRAFT');
    expect((await visibleTo(id, admin))?.status).toBe('DRAFT');
  });

  it('shows a pending listing to moderators of its area', async () => {
    const pending = await submitted(unapprovedOwner, unapprovedProvider);
    expect((await visibleTo(pending.id, councilEditor))?.status).toBe(
      'PENDING',
    );
    expect(await visibleTo(pending.id, otherCouncilEditor)).toBeNull();
    expect(await visibleTo(pending.id, councilAwarder)).toBeNull();
  });

  it('returns hidden listings like unknown ids', async () => {
    const id = await draft(approvedOwner, approvedProvider);
    const hidden = await api.graphql(OPPORTUNITY, { id });
    const unknown = await api.graphql(OPPORTUNITY, {
      id: crypto.randomUUID(),
    });
    expect(hidden).toEqual(unknown);
  });

  it('tells each viewer whether they may edit', async () => {
    const listing = await submitted(approvedOwner, approvedProvider);
    expect((await visibleTo(listing.id, approvedOwner))?.viewerCanEdit).toBe(
      true,
    );
    expect((await visibleTo(listing.id, null))?.viewerCanEdit).toBe(false);
    expect((await visibleTo(listing.id, councilEditor))?.viewerCanEdit).toBe(
      false,
    );
  });
});

describe('unverified council', () => {
  const CREATE_ORGANISATION = `mutation ($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) { id }
  }`;
  const SET_AREA = `mutation ($input: SetCouncilAreaInput!) {
    setCouncilArea(input: $input) { id }
  }`;
  const APPROVE_PROVIDER = `mutation ($input: ApproveProviderInput!) {
    approveProvider(input: $input) { createdAt }
  }`;
  const AWAITING = /is awaiting verification by the platform administrators/;

  let council: string;
  let councilOwner: TestUser;
  /** A provider owned by the council's owner, approved by that council. */
  let ownProvider: string;

  /** Creates an organisation through the API, as anyone may. */
  async function createThroughApi(user: TestUser, name: string, kind: string) {
    const response = await api.graphql<{ createOrganisation: { id: string } }>(
      CREATE_ORGANISATION,
      { input: { name, kind } },
      { cookie: user.cookie },
    );
    expect(response.errors).toBeUndefined();

    return response.data!.createOrganisation.id;
  }

  function errorOf(response: { errors?: { extensions?: object }[] }) {
    expect(response.errors).toHaveLength(1);

    return response.errors![0] as {
      message: string;
      extensions?: { code?: string; reason?: string };
    };
  }

  beforeAll(async () => {
    councilOwner = await createUser(api.dataSource, { name: 'Sam Signup' });
    council = await createThroughApi(councilOwner, 'Katoomba Town', 'COUNCIL');
    const area = await api.graphql(
      SET_AREA,
      {
        input: {
          organisationId: council,
          geoJson: JSON.stringify(squareArea([-33.71, 150.31], 0.05)),
        },
      },
      { cookie: councilOwner.cookie },
    );
    expect(area.errors).toBeUndefined();
    ownProvider = await createThroughApi(
      councilOwner,
      'Sam’s Workshops',
      'PROVIDER',
    );
    // Approvals stored before verification was required, or made by an
    // admin for the council, must still not count.
    await api.dataSource.query(
      'INSERT INTO provider_approvals (provider_id, council_id) VALUES ($1, $2)',
      [ownProvider, council],
    );
  });

  it('cannot approve its own provider', async () => {
    const otherProvider = await createThroughApi(
      councilOwner,
      'Sam’s Second Club',
      'PROVIDER',
    );
    const response = await api.graphql(
      APPROVE_PROVIDER,
      { input: { councilId: council, providerId: otherProvider } },
      { cookie: councilOwner.cookie },
    );
    const error = errorOf(response);

    expect(error.extensions?.code).toBe('FORBIDDEN');
    expect(error.extensions?.reason).toBe('ORGANISATION_NOT_VERIFIED');
    expect(error.message).toMatch(/^Katoomba Town is awaiting verification/);
  });

  it('does not publish its provider directly', async () => {
    const listing = await submitted(councilOwner, ownProvider);

    expect(listing.status).toBe('PENDING');
    expect(listing.publishedAt).toBeNull();
  });

  it('does not publish online listings directly', async () => {
    const listing = await submitted(councilOwner, ownProvider, {
      mode: 'ONLINE',
      location: null,
      venueName: null,
    });

    expect(listing.status).toBe('PENDING');
  });

  it('has no moderation queue', async () => {
    const response = await api.graphql(
      QUEUE,
      { councilId: council },
      { cookie: councilOwner.cookie },
    );
    const error = errorOf(response);

    expect(error.extensions?.code).toBe('FORBIDDEN');
    expect(error.message).toMatch(AWAITING);
    expect(response.data).toBeNull();
  });

  it('cannot approve a listing in its area', async () => {
    const pending = await submitted(councilOwner, ownProvider);
    const response = await mutate(APPROVE, { id: pending.id }, councilOwner);
    const error = errorOf(response);

    expect(error.extensions?.code).toBe('FORBIDDEN');
    expect(error.message).toMatch(AWAITING);
    expect((await visibleTo(pending.id, councilOwner))?.status).toBe('PENDING');
  });

  it('cannot reject a listing in its area', async () => {
    const pending = await submitted(unapprovedOwner, unapprovedProvider);
    const response = await mutate(
      REJECT,
      { id: pending.id, reason: 'Not in our town.' },
      councilOwner,
    );

    expect(errorOf(response).extensions?.code).toBe('FORBIDDEN');
    expect(errorOf(response).message).toMatch(AWAITING);
    expect((await visibleTo(pending.id, admin))?.status).toBe('PENDING');
  });

  it('leaves its listings to other moderators', async () => {
    const pending = await submitted(councilOwner, ownProvider);
    const response = await mutate(APPROVE, { id: pending.id }, councilEditor);

    expect(response.errors).toBeUndefined();
    expect(response.data!.approveOpportunity!.status).toBe('PUBLISHED');
  });

  it('cannot read pending listings in its area', async () => {
    const provider = await createProvider(api.dataSource, 'Leura Crafts');
    const pendingId = await insertOpportunity(api.dataSource, {
      title: 'Pending pottery',
      at: [-33.712, 150.311],
      providerId: provider,
      status: 'pending',
    });
    const read = () =>
      api.graphql<{ opportunity: { id: string } | null }>(
        'query ($id: ID!) { opportunity(id: $id) { id } }',
        { id: pendingId },
        { cookie: councilOwner.cookie },
      );

    const before = await read();
    await api.dataSource.query(
      'UPDATE organisations SET verified_at = now() WHERE id = $1',
      [council],
    );
    const after = await read();
    await api.dataSource.query(
      'UPDATE organisations SET verified_at = NULL WHERE id = $1',
      [council],
    );

    expect(before.data!.opportunity).toBeNull();
    expect(after.data!.opportunity).toEqual({ id: pendingId });
  });

  it('moderates once verified', async () => {
    const pending = await submitted(unapprovedOwner, unapprovedProvider);
    await api.dataSource.query(
      'UPDATE organisations SET verified_at = now() WHERE id = $1',
      [council],
    );
    try {
      const response = await mutate(APPROVE, { id: pending.id }, councilOwner);
      expect(response.errors).toBeUndefined();
      expect(response.data!.approveOpportunity!.status).toBe('PUBLISHED');
      const listing = await submitted(councilOwner, ownProvider);
      expect(listing.status).toBe('PUBLISHED');
    } finally {
      await api.dataSource.query(
        'UPDATE organisations SET verified_at = NULL WHERE id = $1',
        [council],
      );
    }
  });
});

describe('unverified e-mail address', () => {
  it('cannot submit a listing', async () => {
    const owner = await createUser(api.dataSource, { verified: false });
    await addMember(api.dataSource, unapprovedProvider, owner.id, 'editor');
    const id = await draft(owner, unapprovedProvider);
    const response = await mutate(SUBMIT, { id }, owner);

    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(response.errors?.[0]?.extensions?.reason).toBe('EMAIL_NOT_VERIFIED');
    expect(response.errors?.[0]?.message).toBe(
      'Verify your e-mail address before submitting a listing; use the link we sent, or request a new one from your account page.',
    );
    expect((await visibleTo(id, owner))?.status).toBe('DRAFT');
  });

  it.each([
    ['approving', APPROVE, {}],
    ['rejecting', REJECT, { reason: 'Add the start time.' }],
  ])('%s a listing refused', async (action, document, extra) => {
    const editor = await createUser(api.dataSource, { verified: false });
    await addMember(api.dataSource, mountainsCouncil, editor.id, 'editor');
    const pending = await submitted(unapprovedOwner, unapprovedProvider);
    const response = await mutate(
      document,
      { id: pending.id, ...extra },
      editor,
    );

    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(response.errors?.[0]?.message).toContain(
      `Verify your e-mail address before ${action} a listing`,
    );
    expect((await visibleTo(pending.id, admin))?.status).toBe('PENDING');
  });
});
