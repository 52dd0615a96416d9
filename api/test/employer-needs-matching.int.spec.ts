import {
  addMember,
  createOrganisation,
  createUser,
  type TestUser,
} from './support/accounts.js';
import { insertAchievement } from './support/authorisation/credential-cases.js';
import { issueTo } from './support/backpack.js';
import { clearListings, createOpportunity } from './support/factories.js';
import { haversineKm } from './support/great-circle.js';
import { buildPathway, clearPathways } from './support/pathways.js';
import {
  type GraphqlResponse,
  startTestApp,
  type TestApp,
} from './support/test-app.js';

const KATOOMBA: [number, number] = [-33.7125, 150.3119];
const LEURA: [number, number] = [-33.7167, 150.3333];
const BLACKHEATH: [number, number] = [-33.6333, 150.2833];
const WENTWORTH_FALLS: [number, number] = [-33.7093, 150.3756];
const PENRITH: [number, number] = [-33.7511, 150.6942];

const MATCHES = `query ($id: ID!, $first: Int, $after: String) {
  skillNeed(id: $id) {
    matches(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          kind distanceKm coveredSkills { id }
          opportunity { title } pathway { title }
        }
      }
    }
  }
}`;

const COUNT = `query ($id: ID!) {
  skillNeed(id: $id) { learnerCount { value suppressed } }
}`;

const CONTACTS = `query ($id: ID!, $first: Int, $after: String) {
  skillNeed(id: $id) {
    contacts(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id name email isMinor area consentedAt coveredSkills { id }
          badges { name issuerName issuedAt skills { id } }
        }
      }
    }
  }
}`;

interface MatchView {
  kind: string;
  distanceKm: number;
  coveredSkills: { id: string }[];
  opportunity: { title: string } | null;
  pathway: { title: string } | null;
}

interface ContactView {
  id: string;
  name: string;
  isMinor: boolean;
  area: string | null;
  coveredSkills: { id: string }[];
  badges: { name: string; issuerName: string; skills: { id: string }[] }[];
}

let api: TestApp;
let providerId: string;
let employerId: string;
let otherEmployerId: string;
let employerOwner: TestUser;
let employerAwarder: TestUser;
let otherOwner: TestUser;
let admin: TestUser;
let needId: string;
let placeIds: Map<string, number>;

function errorCode(response: GraphqlResponse<unknown>) {
  return response.errors?.[0]?.extensions?.code;
}

async function listing(
  title: string,
  at: [number, number],
  skills: string[],
  options: { status?: string; achievementId?: string } = {},
) {
  const id = await createOpportunity(api.dataSource, {
    title,
    providerId,
    at,
    skills,
    status: options.status ?? 'published',
  });
  if (options.achievementId !== undefined) {
    await api.dataSource.query(
      'UPDATE opportunities SET achievement_id = $2 WHERE id = $1',
      [id, options.achievementId],
    );
  }
}

/**
 * Creates a learner with a home place and employer contact on, holding a
 * valid badge aligned to `skills` unless `skills` is empty.
 */
async function learner(
  name: string,
  home: string | null,
  skills: string[],
  options: {
    birthYear?: number;
    shareLocation?: boolean;
    contact?: boolean;
  } = {},
): Promise<TestUser> {
  const user = await createUser(api.dataSource, {
    name,
    birthYear: options.birthYear ?? 1995,
  });
  await api.dataSource.query(
    `UPDATE users SET home_place_id = $2, employer_contact = $3,
            share_location = $4
      WHERE id = $1`,
    [
      user.id,
      home === null ? null : placeIds.get(home)!,
      options.contact ?? true,
      options.shareLocation ?? false,
    ],
  );
  if (skills.length > 0) {
    await issueTo(api, providerId, user, { name: `${name} badge`, skills });
  }

  return user;
}

async function consent(user: TestUser, employer: string): Promise<void> {
  const response = await api.graphql(
    `mutation ($id: ID!) { allowEmployerContact(employerId: $id) { createdAt } }`,
    { id: employer },
    { cookie: user.cookie },
  );
  if (response.errors !== undefined) {
    throw new Error(
      `allowEmployerContact failed: ${response.errors[0]!.message}`,
    );
  }
}

async function learnerCount(): Promise<{
  value: number | null;
  suppressed: boolean;
}> {
  const response = await api.graphql<{
    skillNeed: { learnerCount: { value: number | null; suppressed: boolean } };
  }>(COUNT, { id: needId }, { cookie: employerOwner.cookie });
  expect(response.errors).toBeUndefined();

  return response.data!.skillNeed.learnerCount;
}

beforeAll(async () => {
  api = await startTestApp();
  await clearPathways(api.dataSource);
  await clearListings(api.dataSource);
  const rows: { id: number; name: string }[] = await api.dataSource.query(
    `SELECT DISTINCT ON (name) id, name FROM places
      WHERE country_code = 'AU'
        AND name IN ('Katoomba', 'Leura', 'Sydney', 'Blackheath')
      ORDER BY name, population DESC`,
  );
  placeIds = new Map(rows.map((row) => [row.name, row.id]));
  providerId = await createOrganisation(api.dataSource, 'provider', {
    name: 'Blue Mountains Youth Hub',
    verified: true,
  });
  employerId = await createOrganisation(api.dataSource, 'employer', {
    name: 'Cliffside Builders',
    verified: true,
  });
  otherEmployerId = await createOrganisation(api.dataSource, 'employer', {
    name: 'Valley Cafe',
    verified: true,
  });
  employerOwner = await createUser(api.dataSource, { name: 'Erin Owner' });
  employerAwarder = await createUser(api.dataSource, { name: 'Ezra Awarder' });
  otherOwner = await createUser(api.dataSource, { name: 'Vic Owner' });
  admin = await createUser(api.dataSource, { isAdmin: true });
  await addMember(api.dataSource, employerId, employerOwner.id, 'owner');
  await addMember(api.dataSource, employerId, employerAwarder.id, 'awarder');
  await addMember(api.dataSource, otherEmployerId, otherOwner.id, 'owner');
  const [row]: { id: string }[] = await api.dataSource.query(
    `INSERT INTO skill_needs (employer_id, title, skill_ids, location,
       radius_m, openings, closes_on, apply_url)
     VALUES ($1, 'Site assistants', '{collaboration,numeracy}',
       ST_SetSRID(ST_MakePoint($2, $3), 4326)::geography, 30000, 4,
       current_date + 30, 'https://jobs.example.org/site')
     RETURNING id`,
    [employerId, KATOOMBA[1], KATOOMBA[0]],
  );
  needId = row!.id;
});

afterAll(async () => {
  await clearPathways(api.dataSource);
  await clearListings(api.dataSource);
  await api.close();
});

describe('matches', () => {
  beforeAll(async () => {
    const builder = await createUser(api.dataSource);
    await addMember(api.dataSource, providerId, builder.id, 'owner');
    const badge = (skills: string[]) =>
      insertAchievement(api.dataSource, providerId, { skills });
    const teamwork = await badge(['collaboration']);
    const counting = await badge(['numeracy']);
    const goal = await badge([]);
    await listing('Katoomba hall maths', KATOOMBA, ['numeracy']);
    await listing('Leura teamwork', LEURA, ['collaboration'], {
      achievementId: teamwork,
    });
    await listing('Blackheath camp', BLACKHEATH, ['collaboration', 'numeracy']);
    await listing('Wentworth Falls art', WENTWORTH_FALLS, ['creativity']);
    await listing('Penrith maths', PENRITH, ['numeracy'], {
      achievementId: counting,
    });
    await listing('Leura draft', LEURA, ['numeracy'], { status: 'draft' });
    const pathway = (
      title: string,
      skillIds: string[],
      stepBadge: string,
      publish = true,
    ) =>
      buildPathway(
        api,
        builder,
        {
          organisationId: providerId,
          goalAchievementId: goal,
          steps: [{ options: [{ achievementId: stepBadge }] }],
          ...{ title, skillIds },
        },
        publish,
      );
    await pathway('Builder pathway', ['collaboration', 'numeracy'], teamwork);
    await pathway('Counting far away', ['numeracy'], counting);
    await pathway('Draft pathway', ['numeracy'], teamwork, false);
    await pathway('Art pathway', ['creativity'], teamwork);
  });

  it('ranks by covered skills then distance', async () => {
    const response = await api.graphql<{
      skillNeed: {
        matches: { totalCount: number; edges: { node: MatchView }[] };
      };
    }>(MATCHES, { id: needId }, { cookie: employerOwner.cookie });

    expect(response.errors).toBeUndefined();
    const nodes = response.data!.skillNeed.matches.edges.map(
      (edge) => edge.node,
    );
    expect(
      nodes.map((node) => [
        node.kind,
        node.opportunity?.title ?? node.pathway?.title,
        node.coveredSkills.map((skill) => skill.id),
      ]),
    ).toEqual([
      ['PATHWAY', 'Builder pathway', ['numeracy', 'collaboration']],
      ['OPPORTUNITY', 'Blackheath camp', ['numeracy', 'collaboration']],
      ['OPPORTUNITY', 'Katoomba hall maths', ['numeracy']],
      ['OPPORTUNITY', 'Leura teamwork', ['collaboration']],
    ]);
    expect(response.data!.skillNeed.matches.totalCount).toBe(4);
    const expected = [LEURA, BLACKHEATH, KATOOMBA, LEURA].map((point) =>
      haversineKm(KATOOMBA, point),
    );
    nodes.forEach((node, index) => {
      expect(node.distanceKm).toBeCloseTo(expected[index]!, 2);
    });
  });

  it('pages through the same order', async () => {
    const titles: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page += 1) {
      const response: GraphqlResponse<{
        skillNeed: {
          matches: {
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
            edges: { node: MatchView }[];
          };
        };
      }> = await api.graphql(
        MATCHES,
        { id: needId, first: 3, after },
        { cookie: employerAwarder.cookie },
      );
      const { matches } = response.data!.skillNeed;
      titles.push(
        ...matches.edges.map(
          (edge) => edge.node.opportunity?.title ?? edge.node.pathway!.title,
        ),
      );
      after = matches.pageInfo.endCursor;
      if (!matches.pageInfo.hasNextPage) break;
    }

    expect(titles).toEqual([
      'Builder pathway',
      'Blackheath camp',
      'Katoomba hall maths',
      'Leura teamwork',
    ]);
  });

  it('admins may see them', async () => {
    const response = await api.graphql(
      MATCHES,
      { id: needId },
      {
        cookie: admin.cookie,
      },
    );

    expect(response.errors).toBeUndefined();
  });

  it.each([
    ['another employer', () => otherOwner],
    ['a learner', () => createLearnerCookie()],
  ])('forbidden for %s', async (_name, user) => {
    const viewer = await user();
    const matches = await api.graphql(
      MATCHES,
      { id: needId },
      {
        cookie: viewer.cookie,
      },
    );
    const count = await api.graphql(
      COUNT,
      { id: needId },
      {
        cookie: viewer.cookie,
      },
    );
    const contacts = await api.graphql(
      CONTACTS,
      { id: needId },
      {
        cookie: viewer.cookie,
      },
    );

    expect(errorCode(matches)).toBe('FORBIDDEN');
    expect(errorCode(count)).toBe('FORBIDDEN');
    expect(errorCode(contacts)).toBe('FORBIDDEN');
  });

  it('unauthenticated when signed out', async () => {
    const response = await api.graphql(COUNT, { id: needId });

    expect(errorCode(response)).toBe('UNAUTHENTICATED');
  });
});

async function createLearnerCookie(): Promise<TestUser> {
  return createUser(api.dataSource, { name: 'Lou Learner' });
}

describe('learners near the need', () => {
  const adults: TestUser[] = [];
  let minor: TestUser;
  let contactOff: TestUser;

  beforeAll(async () => {
    const thisYear = new Date().getUTCFullYear();
    // Counted: near, contact on, a valid badge aligned to a need skill.
    adults.push(
      await learner('Ada Lovelace', 'Leura', ['collaboration', 'numeracy'], {
        shareLocation: true,
      }),
    );
    adults.push(await learner('Bea Brown', 'Katoomba', ['numeracy']));
    minor = await learner('Mia Jones', 'Katoomba', ['collaboration'], {
      birthYear: thisYear - 17,
      shareLocation: true,
    });
    adults.push(await learner('Cal Green', 'Blackheath', ['collaboration']));
    // Not counted, each for one reason.
    contactOff = await learner('Off Person', 'Katoomba', ['numeracy'], {
      contact: false,
    });
    await learner('Far Away', 'Sydney', ['numeracy']);
    await learner('No Home', null, ['numeracy']);
    await learner('Wrong Skill', 'Katoomba', ['creativity']);
    const revoked = await learner('Revoked Badge', 'Katoomba', []);
    await issueTo(api, providerId, revoked, {
      skills: ['numeracy'],
      status: 'revoked',
    });
    const expired = await learner('Expired Badge', 'Katoomba', []);
    await issueTo(api, providerId, expired, {
      skills: ['numeracy'],
      validUntil: new Date(Date.now() - 86_400_000),
    });
    const future = await learner('Future Badge', 'Katoomba', []);
    await issueTo(api, providerId, future, {
      skills: ['numeracy'],
      validFrom: new Date(Date.now() + 86_400_000),
    });
  });

  it('suppresses a count of four', async () => {
    expect(await learnerCount()).toEqual({ value: null, suppressed: true });
  });

  it('counts five exactly', async () => {
    // The badge goes to a verified extra address, not to the account.
    const viaAddress = await learner('Dee Address', 'Leura', []);
    const address = `dee-${viaAddress.id.slice(0, 8)}@example.net`;
    await api.dataSource.query(
      `INSERT INTO user_emails (user_id, email, verified_at)
       VALUES ($1, $2, now())`,
      [viaAddress.id, address],
    );
    const credentialId = await issueTo(api, providerId, viaAddress, {
      skills: ['collaboration'],
    });
    await api.dataSource.query(
      `UPDATE credentials SET recipient_user_id = NULL, recipient_email = $2
        WHERE id = $1`,
      [credentialId, address],
    );
    adults.push(viaAddress);

    expect(await learnerCount()).toEqual({ value: 5, suppressed: false });
  });

  it('lists consenting learners only', async () => {
    const [ada, bea, cal] = adults;
    await consent(cal!, employerId);
    await consent(minor, employerId);
    await consent(ada!, employerId);
    await consent(bea!, otherEmployerId);
    // A consent stays stored when the setting goes off, but hides them.
    await api.dataSource.query(
      'UPDATE users SET employer_contact = true WHERE id = $1',
      [contactOff.id],
    );
    await consent(contactOff, employerId);
    await api.dataSource.query(
      'UPDATE users SET employer_contact = false WHERE id = $1',
      [contactOff.id],
    );

    const response = await api.graphql<{
      skillNeed: {
        contacts: { totalCount: number; edges: { node: ContactView }[] };
      };
    }>(CONTACTS, { id: needId }, { cookie: employerOwner.cookie });

    expect(response.errors).toBeUndefined();
    const nodes = response.data!.skillNeed.contacts.edges.map(
      (edge) => edge.node,
    );
    expect(nodes.map((node) => node.name)).toEqual([
      'Ada Lovelace',
      'Cal Green',
      'Mia',
    ]);
    expect(response.data!.skillNeed.contacts.totalCount).toBe(3);
    expect(nodes.map((node) => node.area)).toEqual(['Leura', null, null]);
    expect(nodes.map((node) => node.isMinor)).toEqual([false, false, true]);
    expect(nodes[0]!.coveredSkills.map((skill) => skill.id)).toEqual([
      'numeracy',
      'collaboration',
    ]);
    expect(nodes[0]!.badges).toEqual([
      {
        name: 'Ada Lovelace badge',
        issuerName: 'Blue Mountains Youth Hub',
        issuedAt: expect.any(String),
        skills: [{ id: 'numeracy' }, { id: 'collaboration' }],
      },
    ]);
    const stored: { count: number }[] = await api.dataSource.query(
      'SELECT count(*)::int AS count FROM employer_contact_consents WHERE user_id = $1',
      [contactOff.id],
    );
    expect(stored[0]!.count).toBe(1);
  });

  it('never returns a coordinate of a learner', async () => {
    const response = await api.graphql(
      `query ($id: ID!) {
        skillNeed(id: $id) {
          contacts { edges { node { id name area } } }
          learnerCount { value }
        }
      }`,
      { id: needId },
      { cookie: employerOwner.cookie },
    );
    const text = JSON.stringify(response);

    expect(response.errors).toBeUndefined();
    for (const [latitude, longitude] of [KATOOMBA, LEURA, BLACKHEATH]) {
      expect(text).not.toContain(String(latitude).slice(0, 6));
      expect(text).not.toContain(String(longitude).slice(0, 6));
    }
    expect(text).not.toMatch(/latitude|longitude/);
  });

  it('pages contacts in order', async () => {
    const first = await api.graphql<{
      skillNeed: {
        contacts: {
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: ContactView }[];
        };
      };
    }>(CONTACTS, { id: needId, first: 2 }, { cookie: employerOwner.cookie });
    const second = await api.graphql<{
      skillNeed: { contacts: { edges: { node: ContactView }[] } };
    }>(
      CONTACTS,
      {
        id: needId,
        first: 2,
        after: first.data!.skillNeed.contacts.pageInfo.endCursor,
      },
      { cookie: employerOwner.cookie },
    );

    expect(first.data!.skillNeed.contacts.pageInfo.hasNextPage).toBe(true);
    expect(
      second.data!.skillNeed.contacts.edges.map((edge) => edge.node.name),
    ).toEqual(['Mia']);
  });

  it('other employer sees only its own consents', async () => {
    const [row]: { id: string }[] = await api.dataSource.query(
      `INSERT INTO skill_needs (employer_id, title, skill_ids, location,
         radius_m, openings, closes_on, apply_url)
       VALUES ($1, 'Baristas', '{numeracy}',
         ST_SetSRID(ST_MakePoint($2, $3), 4326)::geography, 30000, 1,
         current_date + 10, 'mailto:jobs@example.org')
       RETURNING id`,
      [otherEmployerId, KATOOMBA[1], KATOOMBA[0]],
    );

    const response = await api.graphql<{
      skillNeed: { contacts: { edges: { node: ContactView }[] } };
    }>(CONTACTS, { id: row!.id }, { cookie: otherOwner.cookie });

    expect(
      response.data!.skillNeed.contacts.edges.map((edge) => edge.node.name),
    ).toEqual(['Bea Brown']);
  });

  it('hides a learner who turns contact off', async () => {
    const [ada] = adults;
    await api.graphql(
      `mutation { updateProfile(input: { employerContact: false }) { id } }`,
      {},
      { cookie: ada!.cookie },
    );

    const count = await learnerCount();
    const response = await api.graphql<{
      skillNeed: { contacts: { edges: { node: ContactView }[] } };
    }>(CONTACTS, { id: needId }, { cookie: employerOwner.cookie });

    expect(count).toEqual({ value: null, suppressed: true });
    expect(
      response.data!.skillNeed.contacts.edges.map((edge) => edge.node.name),
    ).toEqual(['Cal Green', 'Mia']);
  });
});

describe('contacts wherever the learner lives', () => {
  const UPDATE = `mutation ($input: UpdateSkillNeedInput!) {
    updateSkillNeed(input: $input) { id }
  }`;
  let harbourId: string;
  let harbourOwner: TestUser;
  let harbourNeedId: string;

  async function contactsOf(): Promise<ContactView[]> {
    const response = await api.graphql<{
      skillNeed: {
        contacts: { totalCount: number; edges: { node: ContactView }[] };
      };
    }>(CONTACTS, { id: harbourNeedId }, { cookie: harbourOwner.cookie });
    expect(response.errors).toBeUndefined();
    const { contacts } = response.data!.skillNeed;
    expect(contacts.totalCount).toBe(contacts.edges.length);

    return contacts.edges.map((edge) => edge.node);
  }

  async function harbourCount() {
    const response = await api.graphql<{
      skillNeed: {
        learnerCount: { value: number | null; suppressed: boolean };
      };
    }>(COUNT, { id: harbourNeedId }, { cookie: harbourOwner.cookie });
    expect(response.errors).toBeUndefined();

    return response.data!.skillNeed.learnerCount;
  }

  async function moveNeed(input: Record<string, unknown>): Promise<void> {
    const response = await api.graphql(
      UPDATE,
      { input: { id: harbourNeedId, ...input } },
      { cookie: harbourOwner.cookie },
    );
    expect(response.errors).toBeUndefined();
  }

  beforeAll(async () => {
    harbourId = await createOrganisation(api.dataSource, 'employer', {
      name: 'Harbour Ledgers',
      verified: true,
    });
    harbourOwner = await createUser(api.dataSource, { name: 'Hal Owner' });
    await addMember(api.dataSource, harbourId, harbourOwner.id, 'owner');
    const [row]: { id: string }[] = await api.dataSource.query(
      `INSERT INTO skill_needs (employer_id, title, skill_ids, location,
         radius_m, openings, closes_on, apply_url)
       VALUES ($1, 'Bookkeepers', '{financial-literacy}',
         ST_SetSRID(ST_MakePoint($2, $3), 4326)::geography, 5000, 2,
         current_date + 30, 'https://jobs.example.org/books')
       RETURNING id`,
      [harbourId, KATOOMBA[1], KATOOMBA[0]],
    );
    harbourNeedId = row!.id;
    const thisYear = new Date().getUTCFullYear();
    const skills = ['financial-literacy'];
    const consenting = [
      await learner('Sam Sydney', 'Sydney', skills, { shareLocation: true }),
      await learner('Nia Nohome', null, skills, { shareLocation: true }),
      await learner('Tom Young', 'Katoomba', skills, {
        birthYear: thisYear - 16,
        shareLocation: true,
      }),
      await learner('Pat Private', 'Leura', skills),
      await learner('Una Unmatched', 'Katoomba', ['creativity']),
    ];
    for (const user of consenting) await consent(user, harbourId);
  });

  it('lists consenting learners anywhere', async () => {
    const contacts = await contactsOf();

    expect(contacts.map((contact) => [contact.name, contact.area])).toEqual([
      ['Sam Sydney', 'Sydney'],
      ['Nia Nohome', null],
      ['Tom', null],
      ['Pat Private', null],
    ]);
  });

  it('keeps contacts when the need moves', async () => {
    const before = await contactsOf();
    await moveNeed({
      location: { latitude: PENRITH[0], longitude: PENRITH[1] },
      radiusKm: 5,
    });
    const atPenrith = await contactsOf();
    await moveNeed({
      location: { latitude: BLACKHEATH[0], longitude: BLACKHEATH[1] },
      radiusKm: 200,
    });
    const wide = await contactsOf();
    await moveNeed({
      location: { latitude: KATOOMBA[0], longitude: KATOOMBA[1] },
      radiusKm: 5,
    });

    expect(atPenrith).toEqual(before);
    expect(wide).toEqual(before);
  });

  it('rounds the count down to 5s', async () => {
    // Tom and Pat live within 5 km of Katoomba; four more make six.
    expect(await harbourCount()).toEqual({ value: null, suppressed: true });
    for (const name of ['Ann One', 'Ben Two', 'Cyd Three', 'Dot Four']) {
      await learner(name, 'Katoomba', ['financial-literacy']);
    }

    expect(await harbourCount()).toEqual({ value: 5, suppressed: false });
  });
});
