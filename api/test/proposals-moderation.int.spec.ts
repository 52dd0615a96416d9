import {
  addMember,
  createOrganisation,
  createUser,
  squareArea,
  type TestUser,
} from './support/accounts.js';
import { clearListings } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const KATOOMBA = { latitude: -33.7125, longitude: 150.3119 };

const HIDE = `mutation ($id: ID!, $reason: String!) {
  hideProposal(input: { proposalId: $id, reason: $reason }) {
    id hidden hiddenReason
  }
}`;

const UNHIDE = `mutation ($id: ID!, $reason: String!) {
  unhideProposal(input: { proposalId: $id, reason: $reason }) { id hidden }
}`;

const HIDE_COMMENT = `mutation ($id: ID!, $reason: String!) {
  hideProposalComment(input: { commentId: $id, reason: $reason }) {
    id hidden hiddenReason
  }
}`;

const DETAIL = `query ($id: ID!) {
  proposal(id: $id) {
    id hidden hiddenReason viewerCanModerate
    comments { edges { node { body hidden hiddenReason } } }
  }
}`;

const MAP = `query ($bbox: BoundingBoxInput, $filter: ProposalFilterInput,
    $first: Int, $after: String) {
  proposals(bbox: $bbox, filter: $filter, first: $first, after: $after) {
    edges { node { id title } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const REPORT = `mutation ($input: ReportProposalInput!) {
  reportProposal(input: $input) { id reason commentId }
}`;

const REPORTS = `query {
  proposalReports { edges { node { id proposalId commentId reason contentHidden } } }
}`;

let api: TestApp;
let author: TestUser;
let stranger: TestUser;
let councilEditor: TestUser;
let farCouncilOwner: TestUser;
let admin: TestUser;

async function propose(
  title: string,
  location = KATOOMBA,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  await api.dataSource.query(
    "DELETE FROM sign_in_throttles WHERE key LIKE 'codesign:%'",
  );
  const response = await api.graphql<{ createProposal: { id: string } }>(
    `mutation ($input: CreateProposalInput!) { createProposal(input: $input) { id } }`,
    {
      input: {
        proposal: {
          kind: 'PATHWAY',
          title,
          description: '',
          location,
          sdgs: [],
          skills: [],
          ...overrides,
        },
      },
    },
    { cookie: author.cookie },
  );
  if (response.errors) throw new Error(JSON.stringify(response.errors));

  return response.data!.createProposal.id;
}

async function comment(proposalId: string, body: string): Promise<string> {
  const response = await api.graphql<{ commentOnProposal: { id: string } }>(
    `mutation ($input: CommentOnProposalInput!) {
      commentOnProposal(input: $input) { id }
    }`,
    { input: { proposalId, body } },
    { cookie: author.cookie },
  );

  return response.data!.commentOnProposal.id;
}

function detail(id: string, user?: TestUser) {
  return api.graphql<{
    proposal: {
      hidden: boolean;
      hiddenReason: string | null;
      viewerCanModerate: boolean;
      comments: { edges: { node: { body: string; hidden: boolean } }[] };
    } | null;
  }>(DETAIL, { id }, { cookie: user?.cookie });
}

async function mapTitles(
  variables: Record<string, unknown>,
  user?: TestUser,
): Promise<string[]> {
  const response = await api.graphql<{
    proposals: { edges: { node: { title: string } }[] };
  }>(MAP, variables, { cookie: user?.cookie });
  if (response.errors) throw new Error(JSON.stringify(response.errors));

  return response.data!.proposals.edges.map((edge) => edge.node.title).sort();
}

beforeAll(async () => {
  api = await startTestApp();
  const ds = api.dataSource;
  await clearListings(ds);
  await ds.query('DELETE FROM proposals');
  const councilId = await createOrganisation(ds, 'council', {
    name: 'Blue Mountains Council',
    area: squareArea([-33.71, 150.31], 0.5),
  });
  const farCouncilId = await createOrganisation(ds, 'council', {
    name: 'Wagga Council',
    area: squareArea([-35.12, 147.37], 0.3),
  });
  author = await createUser(ds, { name: 'Ari Author' });
  stranger = await createUser(ds, { name: 'Sol Stranger' });
  councilEditor = await createUser(ds, { name: 'Cal Editor' });
  farCouncilOwner = await createUser(ds, { name: 'Dana Far' });
  admin = await createUser(ds, { name: 'Ada Admin', isAdmin: true });
  await addMember(ds, councilId, councilEditor.id, 'editor');
  await addMember(ds, farCouncilId, farCouncilOwner.id, 'owner');
});

afterAll(async () => {
  await api.close();
});

describe('hiding proposals', () => {
  it('refuses a council outside the area', async () => {
    const id = await propose('Skate park workshop');
    const response = await api.graphql(
      HIDE,
      { id, reason: 'Off topic here' },
      { cookie: farCouncilOwner.cookie },
    );

    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await detail(id)).data?.proposal?.hidden).toBe(false);
  });

  it('shows hidden proposals to author and moderators only', async () => {
    const id = await propose('Hidden idea');
    const hidden = await api.graphql<{
      hideProposal: { hidden: boolean; hiddenReason: string };
    }>(
      HIDE,
      { id, reason: 'Contains a phone number' },
      {
        cookie: councilEditor.cookie,
      },
    );
    expect(hidden.data?.hideProposal).toMatchObject({
      hidden: true,
      hiddenReason: 'Contains a phone number',
    });

    expect((await detail(id)).data?.proposal).toBeNull();
    expect((await detail(id, stranger)).data?.proposal).toBeNull();
    expect((await detail(id, author)).data?.proposal).toMatchObject({
      hidden: true,
      hiddenReason: 'Contains a phone number',
      viewerCanModerate: false,
    });
    expect((await detail(id, councilEditor)).data?.proposal).toMatchObject({
      hidden: true,
      viewerCanModerate: true,
    });
    expect((await detail(id, admin)).data?.proposal?.hidden).toBe(true);

    const box = { west: 150, south: -34, east: 151, north: -33 };
    expect(await mapTitles({ bbox: box }, stranger)).not.toContain(
      'Hidden idea',
    );
    expect(await mapTitles({ bbox: box }, author)).toContain('Hidden idea');
    expect(await mapTitles({ bbox: box }, councilEditor)).toContain(
      'Hidden idea',
    );
  });

  it('keeps the reason in the audit log', async () => {
    const id = await propose('Audited idea');
    await api.graphql(
      HIDE,
      { id, reason: 'Spam link' },
      { cookie: admin.cookie },
    );
    await api.graphql(
      UNHIDE,
      { id, reason: 'Link removed' },
      { cookie: admin.cookie },
    );
    const entries = await api.dataSource.query(
      `SELECT action, changes->>'reason' AS reason FROM audit_log
        WHERE subject_type = 'proposal' AND subject_id = $1 AND action LIKE '%hide'
        ORDER BY id`,
      [id],
    );

    expect(entries).toEqual([
      { action: 'hide', reason: 'Spam link' },
      { action: 'unhide', reason: 'Link removed' },
    ]);
    expect((await detail(id, stranger)).data?.proposal?.hidden).toBe(false);
  });

  it('names a reason that is too short', async () => {
    const id = await propose('Short reason idea');
    const response = await api.graphql(
      HIDE,
      { id, reason: 'no' },
      { cookie: admin.cookie },
    );

    expect(response.errors?.[0]?.message).toBe(
      'input.reason is 2 characters long; it must be 5 to 1000.',
    );
  });
});

describe('hiding comments', () => {
  it('hides a comment from everyone else', async () => {
    const id = await propose('Commented idea');
    const commentId = await comment(id, 'Call me on 0400 000 000');
    const far = await api.graphql(
      HIDE_COMMENT,
      { id: commentId, reason: 'Personal details' },
      { cookie: farCouncilOwner.cookie },
    );
    expect(far.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const hidden = await api.graphql(
      HIDE_COMMENT,
      { id: commentId, reason: 'Personal details' },
      { cookie: councilEditor.cookie },
    );
    expect(hidden.errors).toBeUndefined();

    const bodies = async (user?: TestUser) =>
      (await detail(id, user)).data!.proposal!.comments.edges.map(
        (edge) => edge.node,
      );
    expect(await bodies(stranger)).toEqual([]);
    expect(await bodies()).toEqual([]);
    expect(await bodies(author)).toEqual([
      {
        body: 'Call me on 0400 000 000',
        hidden: true,
        hiddenReason: 'Personal details',
      },
    ]);
    expect(await bodies(councilEditor)).toHaveLength(1);
  });
});

describe('reports', () => {
  it('lists reports for moderators and resolves them on hiding', async () => {
    const id = await propose('Reported idea');
    const commentId = await comment(id, 'Rude words');
    const reported = await api.graphql(
      REPORT,
      { input: { proposalId: id, reason: 'This is an advert' } },
      { cookie: stranger.cookie },
    );
    expect(reported.errors).toBeUndefined();
    const twice = await api.graphql(
      REPORT,
      { input: { proposalId: id, reason: 'This is an advert' } },
      { cookie: stranger.cookie },
    );
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await api.graphql(
      REPORT,
      { input: { proposalId: id, commentId, reason: 'Rude comment' } },
      { cookie: stranger.cookie },
    );

    const reasons = async (user: TestUser) => {
      const response = await api.graphql<{
        proposalReports: {
          edges: { node: { proposalId: string; reason: string } }[];
        };
      }>(REPORTS, {}, { cookie: user.cookie });

      return response
        .data!.proposalReports.edges.filter(
          (edge) => edge.node.proposalId === id,
        )
        .map((edge) => edge.node.reason);
    };
    expect(await reasons(councilEditor)).toEqual([
      'This is an advert',
      'Rude comment',
    ]);
    expect(await reasons(admin)).toHaveLength(2);
    expect(await reasons(farCouncilOwner)).toEqual([]);
    expect(await reasons(stranger)).toEqual([]);

    await api.graphql(
      HIDE_COMMENT,
      { id: commentId, reason: 'Rude words removed' },
      { cookie: councilEditor.cookie },
    );
    expect(await reasons(councilEditor)).toEqual(['This is an advert']);
  });
});

describe('map search', () => {
  beforeAll(async () => {
    await propose('Suva reef walk', { latitude: -18.14, longitude: 178.44 });
    await propose('Taveuni dateline trail', {
      latitude: -16.8,
      longitude: -179.97,
    });
    await propose(
      'Auckland coding meetup',
      {
        latitude: -36.85,
        longitude: 174.76,
      },
      { kind: 'OPPORTUNITY', sdgs: [9], skills: ['ict-literacy'] },
    );
  });

  it('finds points on both sides of the antimeridian', async () => {
    const titles = await mapTitles({
      bbox: { west: 177, south: -20, east: -179, north: -15 },
    });

    expect(titles).toEqual(['Suva reef walk', 'Taveuni dateline trail']);
  });

  it('keeps an ordinary box to its side', async () => {
    const titles = await mapTitles({
      bbox: { west: 170, south: -40, east: 179, north: -15 },
    });

    expect(titles).toEqual(['Auckland coding meetup', 'Suva reef walk']);
  });

  it('filters by kind, SDG and skill', async () => {
    const box = { west: 170, south: -40, east: -170, north: -10 };
    expect(
      await mapTitles({ bbox: box, filter: { kinds: ['OPPORTUNITY'] } }),
    ).toEqual(['Auckland coding meetup']);
    expect(await mapTitles({ bbox: box, filter: { sdgs: [9] } })).toEqual([
      'Auckland coding meetup',
    ]);
    expect(
      await mapTitles({ bbox: box, filter: { skills: ['creativity'] } }),
    ).toEqual([]);
  });

  it('pages with cursors', async () => {
    const box = { west: 170, south: -40, east: -170, north: -10 };
    const first = await api.graphql<{
      proposals: {
        edges: { node: { title: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(MAP, { bbox: box, first: 2 });
    const page = first.data!.proposals;
    expect(page.edges).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);

    const second = await api.graphql<{
      proposals: {
        edges: { node: { title: string } }[];
        pageInfo: { hasNextPage: boolean };
      };
    }>(MAP, { bbox: box, first: 2, after: page.pageInfo.endCursor });
    expect(second.data!.proposals.edges).toHaveLength(1);
    expect(second.data!.proposals.pageInfo.hasNextPage).toBe(false);
    const all = [...page.edges, ...second.data!.proposals.edges].map(
      (edge) => edge.node.title,
    );
    expect(new Set(all).size).toBe(3);
  });

  it('sorts nearest first around a point', async () => {
    const response = await api.graphql<{
      proposals: { edges: { node: { title: string } }[] };
    }>(
      `query { proposals(near: { latitude: -18, longitude: 178.5 }, radiusKm: 200) {
        edges { node { title } } } }`,
    );

    expect(
      response.data!.proposals.edges.map((edge) => edge.node.title),
    ).toEqual(['Suva reef walk']);
  });

  it('rejects an inverted box', async () => {
    const response = await api.graphql(MAP, {
      bbox: { west: 170, south: -10, east: 179, north: -40 },
    });

    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
