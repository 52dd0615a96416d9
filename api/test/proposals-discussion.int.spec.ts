import {
  addMember,
  createOrganisation,
  createUser,
  type TestUser,
} from './support/accounts.js';
import { clearListings } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const CREATE = `mutation ($input: CreateProposalInput!) {
  createProposal(input: $input) { id }
}`;

const SUPPORT = `mutation ($id: ID!) {
  supportProposal(input: { proposalId: $id }) { supportCount viewerSupports }
}`;

const UNSUPPORT = `mutation ($id: ID!) {
  removeProposalSupport(input: { proposalId: $id }) { supportCount viewerSupports }
}`;

const COMMENT = `mutation ($input: CommentOnProposalInput!) {
  commentOnProposal(input: $input) {
    id body authorFirstName organisationName organisationKind viewerIsAuthor
  }
}`;

const CONVERT = `mutation ($input: ConvertProposalToListingInput!) {
  convertProposalToListing(input: $input) {
    id title description status providerId: id location { latitude longitude }
    venueName proposal { id title status }
  }
}`;

const DETAIL = `query ($id: ID!) {
  proposal(id: $id) {
    status supportCount commentCount
    listings { opportunityId title status organisationName }
    comments(first: 2) {
      edges { node { body organisationName } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

let api: TestApp;
let author: TestUser;
let providerEditor: TestUser;
let providerAwarder: TestUser;
let councilOwner: TestUser;
let providerId: string;
let councilId: string;

/** Proposes as the author, whose proposal limit these tests do not check. */
async function propose(): Promise<string> {
  await api.dataSource.query(
    "DELETE FROM sign_in_throttles WHERE key LIKE 'codesign:proposal:%'",
  );
  const response = await api.graphql<{ createProposal: { id: string } }>(
    CREATE,
    {
      input: {
        proposal: {
          kind: 'OPPORTUNITY',
          title: 'Night-time astronomy club',
          description:
            'Look at the stars from the escarpment.\n\nWith telescopes.',
          location: { latitude: -33.7125, longitude: 150.3119 },
          sdgs: [4],
          skills: ['curiosity'],
        },
      },
    },
    { cookie: author.cookie },
  );
  if (response.errors) throw new Error(JSON.stringify(response.errors));

  return response.data!.createProposal.id;
}

beforeAll(async () => {
  api = await startTestApp();
  const ds = api.dataSource;
  await clearListings(ds);
  providerId = await createOrganisation(ds, 'provider', {
    name: 'Blue Mountains Youth',
  });
  councilId = await createOrganisation(ds, 'council', { name: 'City Council' });
  author = await createUser(ds, { name: 'Ana Lee' });
  providerEditor = await createUser(ds, { name: 'Eddie Ed' });
  providerAwarder = await createUser(ds, { name: 'Wanda Aw' });
  councilOwner = await createUser(ds, { name: 'Cora Co' });
  await addMember(ds, providerId, providerEditor.id, 'editor');
  await addMember(ds, providerId, providerAwarder.id, 'awarder');
  await addMember(ds, councilId, councilOwner.id, 'owner');
});

afterAll(async () => {
  await api.close();
});

describe('supporting', () => {
  it('counts one support per person', async () => {
    const id = await propose();
    const supporter = await createUser(api.dataSource);
    const first = await api.graphql<{ supportProposal: object }>(
      SUPPORT,
      { id },
      { cookie: supporter.cookie },
    );
    const second = await api.graphql<{ supportProposal: object }>(
      SUPPORT,
      { id },
      { cookie: supporter.cookie },
    );

    expect(first.data?.supportProposal).toEqual({
      supportCount: 1,
      viewerSupports: true,
    });
    expect(second.data?.supportProposal).toEqual({
      supportCount: 1,
      viewerSupports: true,
    });

    const removed = await api.graphql<{ removeProposalSupport: object }>(
      UNSUPPORT,
      { id },
      { cookie: supporter.cookie },
    );
    expect(removed.data?.removeProposalSupport).toEqual({
      supportCount: 0,
      viewerSupports: false,
    });
  });

  it('trips the hourly limit at 61 supports', async () => {
    const id = await propose();
    const supporter = await createUser(api.dataSource);
    await api.dataSource.query(
      `INSERT INTO sign_in_throttles (key, failures, last_failure_at)
       VALUES ($1, 60, now())`,
      [`codesign:support:3600:${supporter.id}`],
    );
    const response = await api.graphql(
      SUPPORT,
      { id },
      { cookie: supporter.cookie },
    );

    expect(response.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(response.errors?.[0]?.message).toMatch(
      /Try again in \d+ minutes\.$/,
    );
  });
});

describe('comments', () => {
  it('adds personal comments and pages them', async () => {
    const id = await propose();
    const commenter = await createUser(api.dataSource, { name: 'Sam Ray' });
    for (const body of ['Yes please!', 'Count me in', 'Me too']) {
      const response = await api.graphql<{
        commentOnProposal: { authorFirstName: string };
      }>(
        COMMENT,
        { input: { proposalId: id, body } },
        { cookie: commenter.cookie },
      );
      expect(response.data?.commentOnProposal.authorFirstName).toBe('Sam');
    }
    const detail = await api.graphql<{
      proposal: {
        commentCount: number;
        comments: {
          edges: { node: { body: string } }[];
          pageInfo: { hasNextPage: boolean };
        };
      };
    }>(DETAIL, { id });

    expect(detail.data?.proposal.commentCount).toBe(3);
    expect(
      detail.data?.proposal.comments.edges.map((edge) => edge.node.body),
    ).toEqual(['Yes please!', 'Count me in']);
    expect(detail.data?.proposal.comments.pageInfo.hasNextPage).toBe(true);
  });

  it.each([
    ['', 'input.body is 0 characters long; it must be 1 to 2000.'],
    [
      'x'.repeat(2001),
      'input.body is 2001 characters long; it must be 1 to 2000.',
    ],
  ])('rejects the body %#', async (body, message) => {
    const id = await propose();
    const response = await api.graphql(
      COMMENT,
      { input: { proposalId: id, body } },
      { cookie: author.cookie },
    );

    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toBe(message);
  });

  it('marks replies with the organisation', async () => {
    const id = await propose();
    const response = await api.graphql<{
      commentOnProposal: { organisationName: string; organisationKind: string };
    }>(
      COMMENT,
      {
        input: {
          proposalId: id,
          body: 'We can host this.',
          organisationId: councilId,
        },
      },
      { cookie: councilOwner.cookie },
    );

    expect(response.errors).toBeUndefined();
    expect(response.data?.commentOnProposal).toMatchObject({
      organisationName: 'City Council',
      organisationKind: 'COUNCIL',
    });
  });

  it('refuses replies for an organisation by non-members', async () => {
    const id = await propose();
    const outsider = await createUser(api.dataSource);
    for (const user of [outsider, providerAwarder]) {
      const response = await api.graphql(
        COMMENT,
        {
          input: {
            proposalId: id,
            body: 'Fake reply',
            organisationId: providerId,
          },
        },
        { cookie: user.cookie },
      );
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const [row] = await api.dataSource.query(
      'SELECT count(*)::int AS count FROM proposal_comments WHERE proposal_id = $1',
      [id],
    );
    expect(row.count).toBe(0);
  });

  it('trips the hourly limit at 31 comments', async () => {
    const id = await propose();
    const chatty = await createUser(api.dataSource);
    await api.dataSource.query(
      `INSERT INTO sign_in_throttles (key, failures, last_failure_at)
       VALUES ($1, 30, now())`,
      [`codesign:comment:3600:${chatty.id}`],
    );
    const response = await api.graphql(
      COMMENT,
      { input: { proposalId: id, body: 'One more' } },
      { cookie: chatty.cookie },
    );

    expect(response.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});

describe('turning a proposal into a listing', () => {
  it('creates a draft that credits the proposal', async () => {
    const id = await propose();
    const response = await api.graphql<{
      convertProposalToListing: {
        id: string;
        title: string;
        description: string;
        status: string;
        venueName: string;
        location: { latitude: number; longitude: number };
        proposal: { id: string; status: string };
      };
    }>(
      CONVERT,
      { input: { proposalId: id, organisationId: providerId, kind: 'EVENT' } },
      { cookie: providerEditor.cookie },
    );

    expect(response.errors).toBeUndefined();
    const draft = response.data!.convertProposalToListing;
    expect(draft.status).toBe('DRAFT');
    expect(draft.title).toBe('Night-time astronomy club');
    expect(draft.description).toContain('With telescopes.');
    expect(draft.location).toEqual({ latitude: -33.712, longitude: 150.312 });
    expect(draft.venueName).toBe('Katoomba');
    expect(draft.proposal).toMatchObject({ id, status: 'TAKEN_UP' });

    const [tags] = await api.dataSource.query(
      `SELECT (SELECT array_agg(sdg_number) FROM opportunity_sdgs WHERE opportunity_id = $1) AS sdgs,
              (SELECT array_agg(skill_id) FROM opportunity_skills WHERE opportunity_id = $1) AS skills`,
      [draft.id],
    );
    expect(tags).toEqual({ sdgs: [4], skills: ['curiosity'] });

    const detail = await api.graphql<{
      proposal: { listings: { opportunityId: string; status: string }[] };
    }>(DETAIL, { id });
    expect(detail.data?.proposal.listings).toEqual([
      {
        opportunityId: draft.id,
        title: 'Night-time astronomy club',
        status: 'DRAFT',
        organisationName: 'Blue Mountains Youth',
      },
    ]);
  });

  it.each([
    ['an awarder', () => providerAwarder],
    ['a council owner', () => councilOwner],
    ['the author', () => author],
  ])('refuses %s', async (_name, user) => {
    const id = await propose();
    const response = await api.graphql(
      CONVERT,
      { input: { proposalId: id, organisationId: providerId, kind: 'EVENT' } },
      { cookie: user().cookie },
    );

    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [row] = await api.dataSource.query(
      'SELECT status FROM proposals WHERE id = $1',
      [id],
    );
    expect(row.status).toBe('open');
  });

  it('leaves no draft when crediting fails', async () => {
    const id = await propose();
    const ds = api.dataSource;
    const countDrafts = async () =>
      Number(
        (
          await ds.query(
            'SELECT count(*)::int AS count FROM opportunities WHERE provider_id = $1',
            [providerId],
          )
        )[0].count,
      );
    const draftsBefore = await countDrafts();
    // A trigger makes the insert of the credit fail inside the database.
    await ds.query(
      `CREATE FUNCTION fail_proposal_link() RETURNS trigger LANGUAGE plpgsql
       AS $$ BEGIN RAISE EXCEPTION 'credit insert failed on purpose'; END $$`,
    );
    await ds.query(
      `CREATE TRIGGER fail_proposal_link BEFORE INSERT ON proposal_listings
       FOR EACH ROW WHEN (NEW.proposal_id = '${id}')
       EXECUTE FUNCTION fail_proposal_link()`,
    );
    let response: Awaited<ReturnType<typeof api.graphql>>;
    try {
      response = await api.graphql(
        CONVERT,
        {
          input: { proposalId: id, organisationId: providerId, kind: 'EVENT' },
        },
        { cookie: providerEditor.cookie },
      );
    } finally {
      await ds.query('DROP TRIGGER fail_proposal_link ON proposal_listings');
      await ds.query('DROP FUNCTION fail_proposal_link()');
    }

    expect(response.errors?.[0]?.extensions?.code).toBe(
      'INTERNAL_SERVER_ERROR',
    );
    expect(response.errors?.[0]?.message).not.toContain('on purpose');
    expect(await countDrafts()).toBe(draftsBefore);
    const [proposal] = await ds.query(
      'SELECT status FROM proposals WHERE id = $1',
      [id],
    );
    expect(proposal.status).toBe('open');
    const audits = await ds.query(
      "SELECT count(*)::int AS count FROM audit_log WHERE subject_id = $1 AND action = 'convert'",
      [id],
    );
    expect(audits[0].count).toBe(0);
  });

  it('refuses a council as the listing organisation', async () => {
    const id = await propose();
    const response = await api.graphql(
      CONVERT,
      { input: { proposalId: id, organisationId: councilId, kind: 'EVENT' } },
      { cookie: councilOwner.cookie },
    );

    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
