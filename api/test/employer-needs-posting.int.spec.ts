import {
  addMember,
  createOrganisation,
  createUser,
  type TestUser,
} from './support/accounts.js';
import { clearListings } from './support/factories.js';
import {
  type GraphqlResponse,
  startTestApp,
  type TestApp,
} from './support/test-app.js';

const FIELDS = `id title description escoSkillUris placeName radiusKm
  openings closesOn applyUrl status isOpen location { latitude longitude }
  skills { id } employer { id name }`;

const CREATE = `mutation ($input: CreateSkillNeedInput!) {
  createSkillNeed(input: $input) { ${FIELDS} }
}`;

const UPDATE = `mutation ($input: UpdateSkillNeedInput!) {
  updateSkillNeed(input: $input) { ${FIELDS} }
}`;

const NEED = `query ($id: ID!) { skillNeed(id: $id) { id title isOpen } }`;

const SEARCH = `query ($near: NearInput, $radiusKm: Float, $bbox: BoundingBoxInput,
    $filter: SkillNeedFilterInput, $first: Int, $after: String) {
  skillNeeds(near: $near, radiusKm: $radiusKm, bbox: $bbox, filter: $filter,
             first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { distanceKm node { id title } }
  }
}`;

const MARKERS = `query ($bbox: BoundingBoxInput, $filter: SkillNeedFilterInput) {
  skillNeedMarkers(bbox: $bbox, filter: $filter) {
    id title latitude longitude skillIds employerName
  }
}`;

const KATOOMBA = { latitude: -33.7125, longitude: 150.3119 };
const DAY = 86_400_000;

interface Need {
  id: string;
  title: string;
  description: string;
  escoSkillUris: string[];
  placeName: string | null;
  radiusKm: number;
  openings: number;
  closesOn: string;
  applyUrl: string;
  status: string;
  isOpen: boolean;
  location: { latitude: number; longitude: number };
  skills: { id: string }[];
}

let api: TestApp;
let employerId: string;
let owner: TestUser;
let editor: TestUser;
let awarder: TestUser;
let outsider: TestUser;

function daysFromToday(days: number): string {
  return new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
}

function validNeed(overrides: Record<string, unknown> = {}) {
  return {
    employerId,
    title: 'Apprentice electricians',
    description: 'Two-year apprenticeship with **TAFE** study days.',
    skillIds: ['numeracy', 'critical-thinking', 'numeracy'],
    escoSkillUris: [
      'http://data.europa.eu/esco/skill/0A2B9C3D-1111-4222-8333-444455556666',
    ],
    location: KATOOMBA,
    radiusKm: 25,
    openings: 3,
    closesOn: daysFromToday(30),
    applyUrl: 'https://jobs.example.org/electricians',
    ...overrides,
  };
}

function post(user: TestUser, overrides: Record<string, unknown> = {}) {
  return api.graphql<{ createSkillNeed: Need }>(
    CREATE,
    { input: validNeed(overrides) },
    { cookie: user.cookie },
  );
}

async function postOk(overrides: Record<string, unknown> = {}) {
  const response = await post(owner, overrides);
  if (response.errors !== undefined) {
    throw new Error(`createSkillNeed failed: ${response.errors[0]!.message}`);
  }

  return response.data!.createSkillNeed;
}

function errorOf(response: GraphqlResponse<unknown>) {
  const error = response.errors?.[0];

  return {
    code: error?.extensions?.code,
    field: error?.extensions?.field,
    message: error?.message ?? '',
  };
}

beforeAll(async () => {
  api = await startTestApp();
  await clearListings(api.dataSource);
  employerId = await createOrganisation(api.dataSource, 'employer', {
    name: 'Mountain Sparks Electrical',
    verified: true,
  });
  owner = await createUser(api.dataSource, { name: 'Olive Owner' });
  editor = await createUser(api.dataSource, { name: 'Eddie Editor' });
  awarder = await createUser(api.dataSource, { name: 'Abe Awarder' });
  outsider = await createUser(api.dataSource, { name: 'Otto Outsider' });
  await addMember(api.dataSource, employerId, owner.id, 'owner');
  await addMember(api.dataSource, employerId, editor.id, 'editor');
  await addMember(api.dataSource, employerId, awarder.id, 'awarder');
});

afterAll(async () => {
  await clearListings(api.dataSource);
  await api.close();
});

describe('createSkillNeed', () => {
  it('stores a valid need', async () => {
    const need = await postOk();

    expect(need.title).toBe('Apprentice electricians');
    expect(need.skills.map((skill) => skill.id)).toEqual([
      'numeracy',
      'critical-thinking',
    ]);
    expect(need.escoSkillUris).toEqual([
      'http://data.europa.eu/esco/skill/0a2b9c3d-1111-4222-8333-444455556666',
    ]);
    expect(need.radiusKm).toBe(25);
    expect(need.status).toBe('OPEN');
    expect(need.isOpen).toBe(true);
    expect(need.placeName).toBe('Katoomba');
    expect(need.location).toEqual(KATOOMBA);
  });

  it('takes a place id for the location', async () => {
    const [place]: { id: number; name: string }[] = await api.dataSource.query(
      `SELECT id, name FROM places WHERE name = 'Leura' AND country_code = 'AU'`,
    );
    const need = await postOk({ location: { placeId: String(place!.id) } });

    expect(need.placeName).toBe('Leura');
  });

  it('records an audit entry', async () => {
    const need = await postOk({ title: 'Audited need' });
    const entries: { action: string; actor_id: string }[] =
      await api.dataSource.query(
        `SELECT action, actor_id FROM audit_log
          WHERE subject_type = 'skill_need' AND subject_id = $1`,
        [need.id],
      );

    expect(entries).toEqual([{ action: 'create', actor_id: owner.id }]);
  });

  it('allows editors', async () => {
    const response = await post(editor);

    expect(response.errors).toBeUndefined();
  });

  it.each([
    ['awarder', () => awarder],
    ['non-member', () => outsider],
  ])('forbidden for %s', async (_name, user) => {
    const response = await post(user());

    expect(errorOf(response).code).toBe('FORBIDDEN');
    expect(errorOf(response).message).toMatch(/owner or an editor/);
  });

  it('forbidden for a provider organisation', async () => {
    const providerId = await createOrganisation(api.dataSource, 'provider', {
      name: 'Valley Youth Hub',
      verified: true,
    });
    await addMember(api.dataSource, providerId, owner.id, 'owner');

    const response = await post(owner, { employerId: providerId });

    expect(errorOf(response).code).toBe('FORBIDDEN');
    expect(errorOf(response).message).toBe(
      'Valley Youth Hub is a provider, not an employer; only employer organisations post skill needs.',
    );
  });

  it('forbidden until verified', async () => {
    const unverified = await createOrganisation(api.dataSource, 'employer', {
      name: 'New Bakery',
    });
    await addMember(api.dataSource, unverified, owner.id, 'owner');

    const response = await post(owner, { employerId: unverified });

    expect(errorOf(response).code).toBe('FORBIDDEN');
    expect(errorOf(response).message).toMatch(
      /^New Bakery is awaiting verification; a platform administrator must verify the organisation/,
    );
    expect(response.errors![0]!.extensions!.reason).toBe(
      'ORGANISATION_NOT_VERIFIED',
    );
  });

  it('unauthenticated when signed out', async () => {
    const response = await api.graphql(CREATE, { input: validNeed() });

    expect(errorOf(response).code).toBe('UNAUTHENTICATED');
  });
});

describe('createSkillNeed validation', () => {
  const cases: [string, Record<string, unknown>, string, RegExp][] = [
    [
      'short title',
      { title: 'ab' },
      'input.title',
      /title is 2 characters long; it must be 3 to 120/,
    ],
    [
      'long title',
      { title: 'x'.repeat(121) },
      'input.title',
      /121 characters long; it must be 3 to 120/,
    ],
    [
      'title control',
      { title: 'Line\u0007bell' },
      'input.title',
      /control character U\+0007/,
    ],
    [
      'long description',
      { description: 'y'.repeat(5001) },
      'input.description',
      /5001 characters long; the maximum is 5000/,
    ],
    [
      'no skills',
      { skillIds: [] },
      'input.skillIds',
      /has 0 skills; choose 1 to 8/,
    ],
    [
      'nine skills',
      {
        skillIds: [
          'literacy',
          'numeracy',
          'scientific-literacy',
          'ict-literacy',
          'financial-literacy',
          'cultural-civic-literacy',
          'critical-thinking',
          'creativity',
          'communication',
        ],
      },
      'input.skillIds',
      /has 9 skills; choose 1 to 8/,
    ],
    [
      'unknown skill',
      { skillIds: ['juggling'] },
      'input.skillIds',
      /"juggling", which is not a skill id/,
    ],
    [
      'bad ESCO URI',
      { escoSkillUris: ['http://data.europa.eu/esco/occupation/1'] },
      'input.escoSkillUris',
      /is not an ESCO skill URI/,
    ],
    [
      'eleven ESCO URIs',
      {
        escoSkillUris: Array.from(
          { length: 11 },
          (_, i) =>
            `http://data.europa.eu/esco/skill/00000000-0000-4000-8000-0000000000${String(i).padStart(2, '0')}`,
        ),
      },
      'input.escoSkillUris',
      /has 11 URIs; the maximum is 10/,
    ],
    [
      'radius too small',
      { radiusKm: 4.9 },
      'input.radiusKm',
      /radiusKm is 4.9; expected a number of kilometres from 5 to 200/,
    ],
    [
      'radius too large',
      { radiusKm: 201 },
      'input.radiusKm',
      /radiusKm is 201/,
    ],
    [
      'no openings',
      { openings: 0 },
      'input.openings',
      /openings is 0; expected a whole number from 1 to 10000/,
    ],
    [
      'too many openings',
      { openings: 10_001 },
      'input.openings',
      /openings is 10001/,
    ],
    [
      'bad date',
      { closesOn: '2027-02-30' },
      'input.closesOn',
      /closesOn "2027-02-30" is not a date/,
    ],
    [
      'past date',
      { closesOn: daysFromToday(-1) },
      'input.closesOn',
      /is in the past; choose today/,
    ],
    [
      'far date',
      { closesOn: daysFromToday(800) },
      'input.closesOn',
      /more than 2 years ahead/,
    ],
    [
      'javascript link',
      { applyUrl: 'javascript:alert(1)' },
      'input.applyUrl',
      /is not an https:\/\/ link or a mailto: address/,
    ],
    [
      'http link',
      { applyUrl: 'http://jobs.example.org/' },
      'input.applyUrl',
      /is not an https:\/\/ link/,
    ],
    [
      'link control',
      { applyUrl: 'https://jobs.example.org/\napply' },
      'input.applyUrl',
      /control character U\+000A/,
    ],
    [
      'mailto without address',
      { applyUrl: 'mailto:nobody' },
      'input.applyUrl',
      /is not an https:\/\/ link or a mailto: address/,
    ],
    [
      'location both',
      { location: { ...KATOOMBA, placeId: '2158177' } },
      'input.location',
      /^input\.location has both placeId and coordinates/,
    ],
    [
      'latitude out of range',
      { location: { latitude: 91, longitude: 150 } },
      'input.location',
      /^input\.location\.latitude is 91/,
    ],
    [
      'unknown place',
      { location: { placeId: '999999999' } },
      'input.location',
      /^input\.location\.placeId "999999999" is not a known place/,
    ],
  ];

  it.each(cases)('rejects %s', async (_name, overrides, field, message) => {
    const response = await post(owner, overrides);
    const error = errorOf(response);

    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
  });

  it('accepts a mailto address', async () => {
    const response = await post(owner, {
      applyUrl: 'mailto:jobs@example.org?subject=Apprenticeship',
    });

    expect(response.errors).toBeUndefined();
  });

  it('lists every problem at once', async () => {
    const response = await post(owner, { title: 'x', openings: 0 });
    const problems = response.errors![0]!.extensions!.problems as {
      field: string;
    }[];

    expect(problems.map((problem) => problem.field)).toEqual([
      'input.title',
      'input.openings',
    ]);
  });
});

describe('updateSkillNeed', () => {
  it('changes given fields and records them', async () => {
    const need = await postOk();
    const response = await api.graphql<{ updateSkillNeed: Need }>(
      UPDATE,
      { input: { id: need.id, openings: 5, radiusKm: 40 } },
      { cookie: editor.cookie },
    );

    expect(response.errors).toBeUndefined();
    expect(response.data!.updateSkillNeed.openings).toBe(5);
    expect(response.data!.updateSkillNeed.radiusKm).toBe(40);
    expect(response.data!.updateSkillNeed.title).toBe(need.title);
    const [entry]: { changes: Record<string, unknown> }[] =
      await api.dataSource.query(
        `SELECT changes FROM audit_log
          WHERE subject_id = $1 AND action = 'update'`,
        [need.id],
      );
    expect(entry!.changes).toEqual({
      openings: { from: 3, to: 5 },
      radiusMetres: { from: 25_000, to: 40_000 },
    });
  });

  it('closes early and reopens', async () => {
    const need = await postOk();
    const closed = await api.graphql<{ updateSkillNeed: Need }>(
      UPDATE,
      { input: { id: need.id, status: 'CLOSED' } },
      { cookie: owner.cookie },
    );
    const reopened = await api.graphql<{ updateSkillNeed: Need }>(
      UPDATE,
      { input: { id: need.id, status: 'OPEN' } },
      { cookie: owner.cookie },
    );

    expect(closed.data!.updateSkillNeed.isOpen).toBe(false);
    expect(reopened.data!.updateSkillNeed.isOpen).toBe(true);
  });

  it('rejects reopening with a past closing day', async () => {
    const need = await postOk();
    await api.dataSource.query(
      `UPDATE skill_needs SET status = 'closed', closes_on = current_date - 3
        WHERE id = $1`,
      [need.id],
    );

    const response = await api.graphql(
      UPDATE,
      { input: { id: need.id, status: 'OPEN' } },
      { cookie: owner.cookie },
    );

    expect(errorOf(response).code).toBe('BAD_USER_INPUT');
    expect(errorOf(response).field).toBe('input.closesOn');
    expect(errorOf(response).message).toMatch(/cannot be reopened/);
  });

  it('reopens with a new closing day', async () => {
    const need = await postOk();
    await api.dataSource.query(
      `UPDATE skill_needs SET status = 'closed', closes_on = current_date - 3
        WHERE id = $1`,
      [need.id],
    );

    const response = await api.graphql<{ updateSkillNeed: Need }>(
      UPDATE,
      { input: { id: need.id, status: 'OPEN', closesOn: daysFromToday(10) } },
      { cookie: owner.cookie },
    );

    expect(response.errors).toBeUndefined();
    expect(response.data!.updateSkillNeed.isOpen).toBe(true);
  });

  it('forbidden for another employer', async () => {
    const need = await postOk();
    const otherId = await createOrganisation(api.dataSource, 'employer', {
      verified: true,
    });
    const other = await createUser(api.dataSource);
    await addMember(api.dataSource, otherId, other.id, 'owner');

    const response = await api.graphql(
      UPDATE,
      { input: { id: need.id, title: 'Taken over' } },
      { cookie: other.cookie },
    );

    expect(errorOf(response).code).toBe('FORBIDDEN');
  });

  it('not found for an unknown id', async () => {
    const response = await api.graphql(
      UPDATE,
      { input: { id: '0b6f8e1c-4d1a-4f57-9e62-3a8f0f6f3a77', title: 'Nope' } },
      { cookie: owner.cookie },
    );

    expect(errorOf(response).code).toBe('NOT_FOUND');
  });
});

describe('skillNeed visibility', () => {
  let closedId: string;
  let pastId: string;
  let openId: string;

  beforeAll(async () => {
    openId = (await postOk({ title: 'Visible need' })).id;
    closedId = (await postOk({ title: 'Closed need' })).id;
    pastId = (await postOk({ title: 'Past need' })).id;
    await api.dataSource.query(
      `UPDATE skill_needs SET status = 'closed' WHERE id = $1`,
      [closedId],
    );
    await api.dataSource.query(
      `UPDATE skill_needs SET closes_on = current_date - 1 WHERE id = $1`,
      [pastId],
    );
  });

  it('open need is public', async () => {
    const response = await api.graphql<{ skillNeed: { title: string } }>(NEED, {
      id: openId,
    });

    expect(response.data!.skillNeed.title).toBe('Visible need');
  });

  it.each([
    ['closed', () => closedId],
    ['past', () => pastId],
  ])('%s need hidden from the public', async (_name, id) => {
    const anonymous = await api.graphql(NEED, { id: id() });
    const learner = await api.graphql(
      NEED,
      { id: id() },
      {
        cookie: outsider.cookie,
      },
    );

    expect(errorOf(anonymous).code).toBe('NOT_FOUND');
    expect(errorOf(learner).code).toBe('NOT_FOUND');
  });

  it.each([
    ['closed', () => closedId],
    ['past', () => pastId],
  ])('%s need visible to members and admins', async (_name, id) => {
    const admin = await createUser(api.dataSource, { isAdmin: true });
    for (const user of [awarder, admin]) {
      const response = await api.graphql<{ skillNeed: { isOpen: boolean } }>(
        NEED,
        { id: id() },
        { cookie: user.cookie },
      );

      expect(response.data!.skillNeed.isOpen).toBe(false);
    }
  });

  it('rejects a malformed id', async () => {
    const response = await api.graphql(NEED, { id: 'not-a-uuid' });

    expect(errorOf(response).code).toBe('BAD_USER_INPUT');
  });
});

describe('skillNeeds search', () => {
  let searchEmployer: string;

  beforeAll(async () => {
    await api.dataSource.query('DELETE FROM skill_needs');
    searchEmployer = await createOrganisation(api.dataSource, 'employer', {
      name: 'Search Co',
      verified: true,
    });
    await addMember(api.dataSource, searchEmployer, owner.id, 'owner');
    const places: [string, [number, number], string[], number][] = [
      ['Katoomba bakers', [-33.7125, 150.3119], ['creativity'], 40],
      ['Leura gardeners', [-33.7167, 150.3333], ['collaboration'], 10],
      ['Blackheath rangers', [-33.6333, 150.2833], ['initiative'], 20],
      ['Sydney coders', [-33.8688, 151.2093], ['ict-literacy'], 5],
      ['Suva boat builders', [-18.1416, 178.4419], ['persistence'], 15],
      ['Taveuni guides', [-16.85, -179.95], ['leadership'], 25],
    ];
    for (const [title, [latitude, longitude], skillIds, days] of places) {
      await postOk({
        employerId: searchEmployer,
        title,
        description: `${title} wanted for seasonal work.`,
        location: { latitude, longitude },
        skillIds,
        closesOn: daysFromToday(days),
      });
    }
    const closed = await postOk({
      employerId: searchEmployer,
      title: 'Katoomba closed',
      location: KATOOMBA,
    });
    await api.dataSource.query(
      `UPDATE skill_needs SET status = 'closed' WHERE id = $1`,
      [closed.id],
    );
  });

  function titlesOf(response: GraphqlResponse<unknown>): string[] {
    expect(response.errors).toBeUndefined();
    const data = response.data as {
      skillNeeds: { edges: { node: { title: string } }[] };
    };

    return data.skillNeeds.edges.map((edge) => edge.node.title);
  }

  it('lists open needs nearest first', async () => {
    const response = await api.graphql<{
      skillNeeds: {
        totalCount: number;
        edges: { distanceKm: number; node: { title: string } }[];
      };
    }>(SEARCH, { near: KATOOMBA, radiusKm: 30 });

    expect(titlesOf(response)).toEqual([
      'Katoomba bakers',
      'Leura gardeners',
      'Blackheath rangers',
    ]);
    expect(response.data!.skillNeeds.totalCount).toBe(3);
    expect(response.data!.skillNeeds.edges[0]!.distanceKm).toBeCloseTo(0, 3);
  });

  it('lists closing soonest first without a point', async () => {
    const response = await api.graphql(SEARCH, {});

    expect(titlesOf(response)).toEqual([
      'Sydney coders',
      'Leura gardeners',
      'Suva boat builders',
      'Blackheath rangers',
      'Taveuni guides',
      'Katoomba bakers',
    ]);
  });

  it('pages with a cursor', async () => {
    const first = await api.graphql<{
      skillNeeds: { pageInfo: { hasNextPage: boolean; endCursor: string } };
    }>(SEARCH, { first: 4 });
    const second = await api.graphql(SEARCH, {
      first: 4,
      after: first.data!.skillNeeds.pageInfo.endCursor,
    });

    expect(first.data!.skillNeeds.pageInfo.hasNextPage).toBe(true);
    expect(titlesOf(second)).toEqual(['Taveuni guides', 'Katoomba bakers']);
  });

  it('filters by skills and text', async () => {
    const bySkill = await api.graphql(SEARCH, {
      filter: { skills: ['collaboration', 'initiative'] },
    });
    const byText = await api.graphql(SEARCH, { filter: { text: 'rangers' } });

    expect(titlesOf(bySkill)).toEqual([
      'Leura gardeners',
      'Blackheath rangers',
    ]);
    expect(titlesOf(byText)).toEqual(['Blackheath rangers']);
  });

  it('finds needs in a bbox across the antimeridian', async () => {
    const response = await api.graphql(SEARCH, {
      bbox: { west: 177, south: -20, east: -179, north: -15 },
    });

    expect(titlesOf(response)).toEqual([
      'Suva boat builders',
      'Taveuni guides',
    ]);
  });

  it('returns markers with employer names', async () => {
    const response = await api.graphql<{
      skillNeedMarkers: {
        title: string;
        employerName: string;
        skillIds: string[];
        longitude: number;
      }[];
    }>(MARKERS, { bbox: { west: 177, south: -20, east: -179, north: -15 } });

    expect(response.errors).toBeUndefined();
    expect(response.data!.skillNeedMarkers).toEqual([
      expect.objectContaining({
        title: 'Suva boat builders',
        employerName: 'Search Co',
        skillIds: ['persistence'],
        longitude: 178.4419,
      }),
      expect.objectContaining({ title: 'Taveuni guides', longitude: -179.95 }),
    ]);
  });

  it.each([
    [{ radiusKm: 30 }, /radiusKm needs near/],
    [{ near: KATOOMBA, radiusKm: 500 }, /radiusKm is 500/],
    [
      { bbox: { west: 10, south: 5, east: 20, north: 1 } },
      /bbox is empty or inverted/,
    ],
    [{ filter: { skills: ['juggling'] } }, /not a skill id/],
    [{ first: 0 }, /first is 0/],
    [{ after: 'bogus' }, /not a valid cursor/],
  ])('rejects %j', async (variables, message) => {
    const response = await api.graphql(SEARCH, variables);

    expect(errorOf(response).code).toBe('BAD_USER_INPUT');
    expect(errorOf(response).message).toMatch(message);
  });

  it('lists every status for members', async () => {
    const response = await api.graphql<{
      organisationSkillNeeds: {
        totalCount: number;
        edges: { node: { title: string; status: string } }[];
      };
    }>(
      `query ($id: ID!) {
        organisationSkillNeeds(organisationId: $id, first: 10) {
          totalCount edges { node { title status } }
        }
      }`,
      { id: searchEmployer },
      { cookie: owner.cookie },
    );

    expect(response.errors).toBeUndefined();
    expect(response.data!.organisationSkillNeeds.totalCount).toBe(7);
    expect(
      response.data!.organisationSkillNeeds.edges.map(
        (edge) => edge.node.status,
      ),
    ).toContain('CLOSED');
  });

  it('forbids organisationSkillNeeds to non-members', async () => {
    const response = await api.graphql(
      `query ($id: ID!) { organisationSkillNeeds(organisationId: $id) { totalCount } }`,
      { id: searchEmployer },
      { cookie: outsider.cookie },
    );

    expect(errorOf(response).code).toBe('FORBIDDEN');
  });
});
