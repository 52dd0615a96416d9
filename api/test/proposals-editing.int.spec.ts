import { createUser, type TestUser } from './support/accounts.js';
import { clearListings } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const FIELDS = `id kind title description status placeName sdgNumbers skillIds
  authorFirstName viewerIsAuthor location { latitude longitude }`;

const CREATE = `mutation ($input: CreateProposalInput!) {
  createProposal(input: $input) { ${FIELDS} }
}`;

const UPDATE = `mutation ($input: UpdateProposalInput!) {
  updateProposal(input: $input) { ${FIELDS} }
}`;

const WITHDRAW = `mutation ($id: ID!) {
  withdrawProposal(input: { proposalId: $id }) { id status }
}`;

/** A point in Katoomba, given more precisely than the API keeps. */
const KATOOMBA = { latitude: -33.712_468, longitude: 150.311_936 };

interface Proposal {
  id: string;
  title: string;
  description: string;
  status: string;
  placeName: string | null;
  sdgNumbers: number[];
  skillIds: string[];
  authorFirstName: string;
  viewerIsAuthor: boolean;
  location: { latitude: number; longitude: number };
}

let api: TestApp;
let author: TestUser;

function fields(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'OPPORTUNITY',
    title: 'Repair café for bikes',
    description: 'Learn to fix **bikes** with mechanics on Saturdays.',
    location: KATOOMBA,
    sdgs: [11, 4, 4],
    skills: ['creativity', 'collaboration'],
    ...overrides,
  };
}

async function propose(user: TestUser, overrides = {}) {
  return api.graphql<{ createProposal: Proposal }>(
    CREATE,
    { input: { proposal: fields(overrides) } },
    { cookie: user.cookie },
  );
}

beforeAll(async () => {
  api = await startTestApp();
  await clearListings(api.dataSource);
  author = await createUser(api.dataSource, { name: 'Mia  Jane Citizen' });
});

afterAll(async () => {
  await api.close();
});

describe('creating a proposal', () => {
  it('stores the rounded point and nearest place', async () => {
    const response = await propose(author);

    expect(response.errors).toBeUndefined();
    const proposal = response.data!.createProposal;
    expect(proposal.location).toEqual({
      latitude: -33.712,
      longitude: 150.312,
    });
    expect(proposal.placeName).toBe('Katoomba');
    expect(proposal.sdgNumbers).toEqual([4, 11]);
    expect(proposal.skillIds).toEqual(['collaboration', 'creativity']);
    expect(proposal.status).toBe('OPEN');
    expect(proposal.authorFirstName).toBe('Mia');
    expect(proposal.viewerIsAuthor).toBe(true);
  });

  it('keeps no finer point in the table', async () => {
    const { id } = (await propose(author)).data!.createProposal;
    const [row] = await api.dataSource.query(
      `SELECT ST_X(location::geometry) AS x, ST_Y(location::geometry) AS y
         FROM proposals WHERE id = $1`,
      [id],
    );

    expect(row.x).toBe(150.312);
    expect(row.y).toBe(-33.712);
  });

  it('takes a gazetteer place instead of a point', async () => {
    const [place] = await api.dataSource.query(
      `SELECT id::text, ST_Y(location::geometry) AS lat FROM places
        WHERE name = 'Katoomba' LIMIT 1`,
    );
    const response = await propose(author, {
      location: null,
      placeId: place.id,
    });

    expect(response.errors).toBeUndefined();
    const proposal = response.data!.createProposal;
    expect(proposal.placeName).toBe('Katoomba');
    expect(proposal.location.latitude).toBe(
      Math.round(place.lat * 1000) / 1000,
    );
  });

  it('is refused when signed out', async () => {
    const response = await api.graphql(CREATE, {
      input: { proposal: fields() },
    });

    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.each([
    [
      'title',
      { title: 'Hi' },
      'title is 2 characters long; it must be 3 to 120.',
    ],
    [
      'description',
      { description: 'x'.repeat(4001) },
      'description is 4001 characters long; the maximum is 4000.',
    ],
    [
      'sdgs',
      { sdgs: [4, 18] },
      'sdgs contains 18, which is not an SDG number; use numbers from 1 to 17.',
    ],
    [
      'skills',
      { skills: ['juggling'] },
      'skills contains "juggling", which is not a skill id; choose ids from the skills query.',
    ],
    [
      'location.latitude',
      { location: { latitude: 91, longitude: 150 } },
      'Latitude 91 is out of range; it must be from -90 to 90.',
    ],
    [
      'location',
      { location: null },
      'The place is missing; pick a point on the map or choose a place.',
    ],
    [
      'placeId',
      { location: null, placeId: '999999999' },
      'placeId "999999999" is not a known place; choose a place from the places query.',
    ],
  ])('rejects a bad %s', async (field, overrides, message) => {
    const response = await propose(author, overrides);

    const error = response.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toBe(message);
    expect(error?.extensions?.field).toBe(`input.proposal.${field}`);
  });

  it('lists every problem at once', async () => {
    const response = await propose(author, { title: ' ', sdgs: [0] });

    const problems = response.errors?.[0]?.extensions?.problems as {
      field: string;
    }[];
    expect(problems.map((problem) => problem.field)).toEqual([
      'input.proposal.title',
      'input.proposal.sdgs',
    ]);
  });
});

describe('editing and withdrawing', () => {
  // A new author for each case keeps them under the hourly limit.
  beforeEach(async () => {
    author = await createUser(api.dataSource, { name: 'Mia Citizen' });
  });

  it('lets the author replace the proposal', async () => {
    const { id } = (await propose(author)).data!.createProposal;
    const response = await api.graphql<{ updateProposal: Proposal }>(
      UPDATE,
      {
        input: {
          proposalId: id,
          proposal: fields({ title: 'Bike repair evenings', sdgs: [13] }),
        },
      },
      { cookie: author.cookie },
    );

    expect(response.errors).toBeUndefined();
    expect(response.data!.updateProposal.title).toBe('Bike repair evenings');
    expect(response.data!.updateProposal.sdgNumbers).toEqual([13]);
    const audit = await api.dataSource.query(
      `SELECT action FROM audit_log WHERE subject_id = $1 ORDER BY id`,
      [id],
    );
    expect(audit.map((entry: { action: string }) => entry.action)).toEqual([
      'create',
      'update',
    ]);
  });

  it('refuses edits by someone else', async () => {
    const { id } = (await propose(author)).data!.createProposal;
    const other = await createUser(api.dataSource);
    const response = await api.graphql(
      UPDATE,
      { input: { proposalId: id, proposal: fields({ title: 'Mine now' }) } },
      { cookie: other.cookie },
    );

    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('validates edits like new proposals', async () => {
    const { id } = (await propose(author)).data!.createProposal;
    const response = await api.graphql(
      UPDATE,
      { input: { proposalId: id, proposal: fields({ skills: ['x', 'y'] }) } },
      { cookie: author.cookie },
    );

    expect(response.errors?.[0]?.message).toBe(
      'skills contains "x", "y", which are not skill ids; choose ids from the skills query.',
    );
  });

  it('withdraws once and then refuses changes', async () => {
    const { id } = (await propose(author)).data!.createProposal;
    const other = await createUser(api.dataSource);
    const refused = await api.graphql(
      WITHDRAW,
      { id },
      { cookie: other.cookie },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const withdrawn = await api.graphql<{
      withdrawProposal: { status: string };
    }>(WITHDRAW, { id }, { cookie: author.cookie });
    expect(withdrawn.data?.withdrawProposal.status).toBe('WITHDRAWN');

    const again = await api.graphql(
      WITHDRAW,
      { id },
      { cookie: author.cookie },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('names an invalid id', async () => {
    const response = await api.graphql(
      WITHDRAW,
      { id: 'not-an-id' },
      { cookie: author.cookie },
    );

    expect(response.errors?.[0]?.message).toBe(
      'input.proposalId "not-an-id" is not a valid id; expected a UUID.',
    );
  });
});

describe('rate limits', () => {
  it('allows 5 proposals an hour', async () => {
    const busy = await createUser(api.dataSource);
    for (let index = 0; index < 5; index += 1) {
      const response = await propose(busy, { title: `Idea number ${index}` });
      expect(response.errors).toBeUndefined();
    }
    const sixth = await propose(busy);

    const error = sixth.errors?.[0];
    expect(error?.extensions?.code).toBe('RATE_LIMITED');
    expect(error?.message).toMatch(
      /^Too many proposals; each person may make 5 an hour\. Try again in \d+ minutes\.$/,
    );
    expect(error?.extensions?.retryAfterSeconds).toBeGreaterThan(3500);
  });

  it('allows 20 proposals a day', async () => {
    const busy = await createUser(api.dataSource);
    // Four full hourly windows, aged past the hour, fill the daily window.
    await api.dataSource.query(
      `INSERT INTO sign_in_throttles (key, failures, last_failure_at)
       VALUES ($1, 20, now() - interval '5 hours')`,
      [`codesign:proposal:86400:${busy.id}`],
    );
    const response = await propose(busy);

    expect(response.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(response.errors?.[0]?.message).toContain('20 a day');
  });

  it('counts a daily rejection in no window', async () => {
    const busy = await createUser(api.dataSource);
    await fillWindow(`codesign:proposal:86400:${busy.id}`, 20, '5 hours');

    const response = await propose(busy);

    expect(response.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(await windowCount(`codesign:proposal:3600:${busy.id}`)).toBeNull();
    expect(await windowCount(`codesign:proposal:86400:${busy.id}`)).toBe(20);
  });

  it('counts an hourly rejection in no window', async () => {
    const busy = await createUser(api.dataSource);
    await fillWindow(`codesign:proposal:3600:${busy.id}`, 5, '10 minutes');
    await fillWindow(`codesign:proposal:86400:${busy.id}`, 7, '10 minutes');

    const response = await propose(busy);

    expect(response.errors?.[0]?.message).toContain('5 an hour');
    expect(await windowCount(`codesign:proposal:3600:${busy.id}`)).toBe(5);
    expect(await windowCount(`codesign:proposal:86400:${busy.id}`)).toBe(7);
  });

  it('accepts again once the full window ends', async () => {
    const busy = await createUser(api.dataSource);
    await fillWindow(`codesign:proposal:86400:${busy.id}`, 20, '23 hours');
    for (let index = 0; index < 6; index += 1) {
      const refused = await propose(busy);
      expect(refused.errors?.[0]?.message).toContain('20 a day');
    }
    await api.dataSource.query(
      `UPDATE sign_in_throttles SET last_failure_at = now() - interval '25 hours'
        WHERE key = $1`,
      [`codesign:proposal:86400:${busy.id}`],
    );

    const accepted = await propose(busy);

    expect(accepted.errors).toBeUndefined();
    expect(await windowCount(`codesign:proposal:3600:${busy.id}`)).toBe(1);
    expect(await windowCount(`codesign:proposal:86400:${busy.id}`)).toBe(1);
  });
});

/** Stores a window of `count` requests that started `age` ago. */
async function fillWindow(key: string, count: number, age: string) {
  await api.dataSource.query(
    `INSERT INTO sign_in_throttles (key, failures, last_failure_at)
     VALUES ($1, $2, now() - $3::interval)`,
    [key, count, age],
  );
}

/** Returns the count of the window stored under `key`, or null. */
async function windowCount(key: string): Promise<number | null> {
  const rows: { failures: number }[] = await api.dataSource.query(
    'SELECT failures FROM sign_in_throttles WHERE key = $1',
    [key],
  );

  return rows[0]?.failures ?? null;
}
