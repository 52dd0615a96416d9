import { addMember, createUser, type TestUser } from './support/accounts.js';
import { clearListings, createProvider } from './support/factories.js';
import { readOutbox } from './support/outbox.js';
import {
  type GraphqlResponse,
  startTestApp,
  type TestApp,
} from './support/test-app.js';

interface Listing {
  id: string;
  status: string;
  capacity: number | null;
  sessions: { id: string; startsAt: string; endsAt: string }[];
}

const FIELDS = 'id status capacity sessions { id startsAt endsAt }';

const CREATE = `mutation ($input: CreateOpportunityInput!) {
  createOpportunity(input: $input) { ${FIELDS} }
}`;

const UPDATE = `mutation ($input: UpdateOpportunityInput!) {
  updateOpportunity(input: $input) { ${FIELDS} }
}`;

const ARCHIVE = `mutation ($id: ID!) {
  archiveOpportunity(input: { opportunityId: $id }) { id status }
}`;

const DAY = 86_400_000;
const HOUR = 3_600_000;

let api: TestApp;
let providerId: string;
let owner: TestUser;

interface SessionInput {
  id?: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
}

function startsIn(days: number, hours = 2): SessionInput {
  const startsAt = new Date(Date.now() + days * DAY);

  return {
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + hours * HOUR).toISOString(),
    timeZone: 'Australia/Sydney',
  };
}

function startsAt(iso: string, hours = 2): SessionInput {
  return {
    startsAt: new Date(iso).toISOString(),
    endsAt: new Date(new Date(iso).getTime() + hours * HOUR).toISOString(),
    timeZone: 'Australia/Sydney',
  };
}

function kept(session: Listing['sessions'][number]): SessionInput {
  return {
    id: session.id,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    timeZone: 'Australia/Sydney',
  };
}

function listingInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Wentworth Falls film club',
    summary: 'Make a short film over two evenings with local mentors.',
    description: 'Bring a phone that records video.',
    kind: 'WORKSHOP',
    mode: 'ONLINE',
    location: null,
    venueName: null,
    venueAddress: null,
    costMinor: null,
    currency: null,
    minAge: null,
    maxAge: null,
    capacity: 10,
    sdgs: [4],
    skills: ['creativity'],
    sessions: [startsIn(7)],
    ...overrides,
  };
}

async function create(overrides: Record<string, unknown> = {}) {
  return api.graphql<{ createOpportunity: Listing }>(
    CREATE,
    { input: { organisationId: providerId, listing: listingInput(overrides) } },
    { cookie: owner.cookie },
  );
}

async function createListing(
  overrides: Record<string, unknown> = {},
): Promise<Listing> {
  const response = await create(overrides);
  expect(response.errors).toBeUndefined();

  return response.data!.createOpportunity;
}

async function update(
  listing: Listing,
  overrides: Record<string, unknown>,
): Promise<GraphqlResponse<{ updateOpportunity: Listing }>> {
  return api.graphql<{ updateOpportunity: Listing }>(
    UPDATE,
    { input: { opportunityId: listing.id, listing: listingInput(overrides) } },
    { cookie: owner.cookie },
  );
}

/** Inserts a registration row directly, as registering needs a published listing. */
async function addRegistration(
  sessionId: string,
  status: 'registered' | 'waitlisted' | 'withdrawn',
  email?: string,
): Promise<TestUser> {
  const learner = await createUser(api.dataSource, { email });
  await api.dataSource.query(
    `INSERT INTO registrations (session_id, user_id, status, withdrawn_at,
       created_at)
     VALUES ($1, $2, $3, CASE WHEN $4 THEN now() END, clock_timestamp())`,
    [sessionId, learner.id, status, status === 'withdrawn'],
  );

  return learner;
}

/** Moves a stored session into the past, as time passing would. */
async function moveIntoPast(sessionId: string, daysAgo = 3): Promise<string> {
  const startsAt = new Date(Date.now() - daysAgo * DAY);
  await api.dataSource.query(
    `UPDATE opportunity_sessions SET starts_at = $2, ends_at = $3
      WHERE id = $1`,
    [sessionId, startsAt, new Date(startsAt.getTime() + 2 * HOUR)],
  );

  return startsAt.toISOString();
}

async function storedStart(sessionId: string): Promise<string> {
  const [row]: { starts_at: Date }[] = await api.dataSource.query(
    'SELECT starts_at FROM opportunity_sessions WHERE id = $1',
    [sessionId],
  );

  return row!.starts_at.toISOString();
}

async function registrationsOf(sessionId: string) {
  const rows: { user_id: string; status: string; withdrawn: boolean }[] =
    await api.dataSource.query(
      `SELECT user_id, status, withdrawn_at IS NOT NULL AS withdrawn
         FROM registrations WHERE session_id = $1 ORDER BY created_at, id`,
      [sessionId],
    );

  return rows;
}

async function mailTo(email: string) {
  return (await readOutbox(api.outboxDir)).filter(
    (message) => message.to === email,
  );
}

function expectBadStart(
  response: GraphqlResponse<unknown>,
  field: string,
): void {
  const error = response.errors?.[0];
  expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(error?.extensions?.field).toBe(field);
  expect(error?.message).toContain('must start later than now');
  expect(response.data).toBeNull();
}

beforeAll(async () => {
  api = await startTestApp();
  await clearListings(api.dataSource);
  providerId = await createProvider(api.dataSource, 'Leura Arts Collective');
  owner = await createUser(api.dataSource, { name: 'Olive Owner' });
  await addMember(api.dataSource, providerId, owner.id, 'owner');
});

afterAll(async () => {
  await api.close();
});

describe('createOpportunity session times', () => {
  it.each([
    ['a session in 2020', [startsAt('2020-01-01T09:00:00Z')], 0],
    ['a session a minute ago', [startsIn(-1 / 1440)], 0],
    ['a past second session', [startsIn(7), startsIn(-2)], 1],
  ])('rejects %s', async (_name, sessions, index) => {
    const response = await create({ sessions });
    expectBadStart(response, `input.listing.sessions.${index}.startsAt`);
  });

  it('accepts a session starting soon', async () => {
    const response = await create({ sessions: [startsIn(1 / 24)] });
    expect(response.errors).toBeUndefined();
  });
});

describe('updateOpportunity session times', () => {
  it('rejects moving a booked session into the past', async () => {
    const listing = await createListing();
    const session = listing.sessions[0]!;
    await addRegistration(session.id, 'registered');

    const response = await update(listing, {
      sessions: [{ ...startsAt('2020-01-01T09:00:00Z'), id: session.id }],
    });

    expectBadStart(response, 'input.listing.sessions.0.startsAt');
    expect(await storedStart(session.id)).toBe(session.startsAt);
  });

  it('rejects a new session in the past', async () => {
    const listing = await createListing();
    const response = await update(listing, {
      sessions: [kept(listing.sessions[0]!), startsIn(-1)],
    });
    expectBadStart(response, 'input.listing.sessions.1.startsAt');
  });

  it('keeps an unchanged past session', async () => {
    const listing = await createListing({
      sessions: [startsIn(5), startsIn(9)],
    });
    const past = listing.sessions[0]!;
    const pastStart = await moveIntoPast(past.id);
    await addRegistration(past.id, 'registered');

    const response = await update(listing, {
      title: 'Wentworth Falls film night',
      sessions: [
        { ...kept(past), ...startsAt(pastStart) },
        kept(listing.sessions[1]!),
      ],
    });

    expect(response.errors).toBeUndefined();
    expect(response.data!.updateOpportunity.sessions[0]!.startsAt).toBe(
      pastStart,
    );
  });

  it('rejects a new end for a past session', async () => {
    const listing = await createListing();
    const past = listing.sessions[0]!;
    const pastStart = await moveIntoPast(past.id);

    const response = await update(listing, {
      sessions: [{ ...kept(past), ...startsAt(pastStart, 3) }],
    });

    expectBadStart(response, 'input.listing.sessions.0.startsAt');
  });

  it('e-mails active learners the new time', async () => {
    const listing = await createListing({ title: 'Leura clay studio' });
    const session = listing.sessions[0]!;
    const registered = await addRegistration(session.id, 'registered');
    const waiting = await addRegistration(session.id, 'waitlisted');
    const withdrawn = await addRegistration(session.id, 'withdrawn');
    // 09:30 in Sydney, which is UTC+11 on 1 March (daylight saving time).
    const moved = startsAt(
      `${new Date().getUTCFullYear() + 1}-03-01T22:30:00Z`,
    );

    const response = await update(listing, {
      title: 'Leura clay studio',
      sessions: [{ ...moved, id: session.id }],
    });

    expect(response.errors).toBeUndefined();
    expect(response.data!.updateOpportunity.sessions[0]!.startsAt).toBe(
      moved.startsAt,
    );
    for (const learner of [registered, waiting]) {
      const mail = await mailTo(learner.email);
      expect(mail).toHaveLength(1);
      expect(mail[0]!.subject).toBe('New time for Leura clay studio');
      expect(mail[0]!.text).toContain('9:30 am');
      expect(mail[0]!.text).toContain('2 March');
      expect(mail[0]!.text).toContain('Australia/Sydney');
    }
    expect(await mailTo(withdrawn.email)).toHaveLength(0);
  });

  it('sends nothing when times stay', async () => {
    const listing = await createListing();
    const learner = await addRegistration(
      listing.sessions[0]!.id,
      'registered',
    );

    const response = await update(listing, {
      title: 'Wentworth Falls film club, season two',
      sessions: [kept(listing.sessions[0]!)],
    });

    expect(response.errors).toBeUndefined();
    expect(await mailTo(learner.email)).toHaveLength(0);
  });
});

describe('updateOpportunity capacity', () => {
  it('rejects a capacity below those registered', async () => {
    const listing = await createListing({
      sessions: [startsIn(7), startsIn(14)],
    });
    const busiest = listing.sessions[1]!;
    await addRegistration(listing.sessions[0]!.id, 'registered');
    await addRegistration(busiest.id, 'registered');
    await addRegistration(busiest.id, 'registered');

    const response = await update(listing, {
      capacity: 1,
      sessions: listing.sessions.map(kept),
    });

    const error = response.errors?.[0];
    expect(error?.extensions?.code).toBe('CONFLICT');
    expect(error?.extensions?.field).toBe('input.listing.capacity');
    expect(error?.message).toContain('2 learners registered');
    expect(error?.message).toContain(busiest.startsAt);
    const [row]: { capacity: number }[] = await api.dataSource.query(
      'SELECT capacity FROM opportunities WHERE id = $1',
      [listing.id],
    );
    expect(row!.capacity).toBe(10);
  });

  it('accepts a capacity equal to those registered', async () => {
    const listing = await createListing();
    await addRegistration(listing.sessions[0]!.id, 'registered');
    await addRegistration(listing.sessions[0]!.id, 'registered');

    const response = await update(listing, {
      capacity: 2,
      sessions: listing.sessions.map(kept),
    });

    expect(response.errors).toBeUndefined();
    expect(response.data!.updateOpportunity.capacity).toBe(2);
  });

  it('ignores registrations of past sessions', async () => {
    const listing = await createListing({
      sessions: [startsIn(4), startsIn(8)],
    });
    const past = listing.sessions[0]!;
    const pastStart = await moveIntoPast(past.id);
    await addRegistration(past.id, 'registered');
    await addRegistration(past.id, 'registered');

    const response = await update(listing, {
      capacity: 1,
      sessions: [
        { ...kept(past), ...startsAt(pastStart) },
        kept(listing.sessions[1]!),
      ],
    });

    expect(response.errors).toBeUndefined();
  });
});

describe('archiveOpportunity registrations', () => {
  async function archive(listing: Listing) {
    const response = await api.graphql<{
      archiveOpportunity: { status: string };
    }>(ARCHIVE, { id: listing.id }, { cookie: owner.cookie });
    expect(response.errors).toBeUndefined();
    expect(response.data!.archiveOpportunity.status).toBe('ARCHIVED');
  }

  it('withdraws upcoming registrations and e-mails them', async () => {
    const listing = await createListing({
      title: 'Katoomba street art walk',
      sessions: [startsIn(5), startsIn(10)],
    });
    const [past, upcoming] = listing.sessions;
    await moveIntoPast(past!.id);
    const attended = await addRegistration(past!.id, 'registered');
    const registered = await addRegistration(upcoming!.id, 'registered');
    const waiting = await addRegistration(upcoming!.id, 'waitlisted');

    await archive(listing);

    expect(await registrationsOf(upcoming!.id)).toEqual([
      { user_id: registered.id, status: 'withdrawn', withdrawn: true },
      { user_id: waiting.id, status: 'withdrawn', withdrawn: true },
    ]);
    expect(await registrationsOf(past!.id)).toEqual([
      { user_id: attended.id, status: 'registered', withdrawn: false },
    ]);
    for (const learner of [registered, waiting]) {
      const mail = await mailTo(learner.email);
      expect(mail).toHaveLength(1);
      expect(mail[0]!.subject).toBe('Cancelled: Katoomba street art walk');
      expect(mail[0]!.text).toContain('cancelled');
    }
    expect(await mailTo(attended.email)).toHaveLength(0);
  });

  it('records the withdrawals in the audit entry', async () => {
    const listing = await createListing();
    await addRegistration(listing.sessions[0]!.id, 'registered');
    await addRegistration(listing.sessions[0]!.id, 'waitlisted');
    await addRegistration(listing.sessions[0]!.id, 'withdrawn');

    await archive(listing);

    const [entry]: { changes: Record<string, unknown> }[] =
      await api.dataSource.query(
        `SELECT changes FROM audit_log
          WHERE subject_id = $1 AND action = 'archive'`,
        [listing.id],
      );
    expect(entry!.changes).toEqual({
      status: { from: 'draft', to: 'archived' },
      activeRegistrations: { from: 2, to: 0 },
    });
  });

  it('records no withdrawals when none were active', async () => {
    const listing = await createListing();

    await archive(listing);

    const [entry]: { changes: Record<string, unknown> }[] =
      await api.dataSource.query(
        `SELECT changes FROM audit_log
          WHERE subject_id = $1 AND action = 'archive'`,
        [listing.id],
      );
    expect(entry!.changes).toEqual({
      status: { from: 'draft', to: 'archived' },
    });
  });
});

describe('rejecting a listing with registrations', () => {
  const REJECT = `mutation ($input: RejectOpportunityInput!) {
    rejectOpportunity(input: $input) { status }
  }`;

  it('withdraws upcoming registrations and e-mails them', async () => {
    const admin = await createUser(api.dataSource, { isAdmin: true });
    const listing = await createListing({ title: 'Leura life drawing' });
    const registered = await addRegistration(
      listing.sessions[0]!.id,
      'registered',
    );
    // A published listing goes back to review when its provider loses
    // the approval that covered it, with its registrations kept.
    await api.dataSource.query(
      `UPDATE opportunities SET status = 'pending' WHERE id = $1`,
      [listing.id],
    );

    const response = await api.graphql<{
      rejectOpportunity: { status: string };
    }>(
      REJECT,
      { input: { opportunityId: listing.id, reason: 'The venue has closed.' } },
      { cookie: admin.cookie },
    );

    expect(response.errors).toBeUndefined();
    expect(response.data!.rejectOpportunity.status).toBe('REJECTED');
    expect(await registrationsOf(listing.sessions[0]!.id)).toEqual([
      { user_id: registered.id, status: 'withdrawn', withdrawn: true },
    ]);
    const mail = await mailTo(registered.email);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe('Cancelled: Leura life drawing');
    expect(mail[0]!.text).toContain('no longer listed');
    const [entry]: { changes: Record<string, unknown> }[] =
      await api.dataSource.query(
        `SELECT changes FROM audit_log
          WHERE subject_id = $1 AND action = 'reject'`,
        [listing.id],
      );
    expect(entry!.changes).toMatchObject({
      activeRegistrations: { from: 1, to: 0 },
    });
  });
});

describe('registered learner reading the listing', () => {
  const READ = 'query ($id: ID!) { opportunity(id: $id) { id status } }';

  it('sees a listing back in review', async () => {
    const listing = await createListing();
    const learner = await addRegistration(
      listing.sessions[0]!.id,
      'registered',
    );
    const stranger = await createUser(api.dataSource);
    await api.dataSource.query(
      `UPDATE opportunities SET status = 'pending' WHERE id = $1`,
      [listing.id],
    );
    const read = (cookie: string) =>
      api.graphql<{ opportunity: { id: string; status: string } | null }>(
        READ,
        { id: listing.id },
        { cookie },
      );

    const forLearner = await read(learner.cookie);
    const forStranger = await read(stranger.cookie);

    expect(forLearner.data!.opportunity).toEqual({
      id: listing.id,
      status: 'PENDING',
    });
    expect(forStranger.data!.opportunity).toBeNull();
  });
});
