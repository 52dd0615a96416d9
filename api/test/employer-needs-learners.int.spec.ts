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
const SYDNEY: [number, number] = [-33.8688, 151.2093];

const ALLOW = `mutation ($id: ID!) {
  allowEmployerContact(employerId: $id) { createdAt employer { id name } }
}`;

const WITHDRAW = `mutation ($id: ID!) { withdrawEmployerContact(employerId: $id) }`;

const CONSENTS = `query { myEmployerContactConsents { employer { name } createdAt } }`;

const MY_MATCHES = `query ($near: NearInput, $first: Int, $after: String) {
  mySkillNeedMatches(near: $near, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { distanceKm node { title } }
  }
}`;

const MY_MATCH = `query ($id: ID!) {
  skillNeed(id: $id) {
    myMatch {
      heldSkills { id }
      missingSkills { id }
      pathways { distanceKm addsSkills { id } pathway { title } }
    }
  }
}`;

const PROFILE = `mutation ($input: UpdateProfileInput!) {
  updateProfile(input: $input) { homePlace { id name } }
}`;

let api: TestApp;
let providerId: string;
let employerId: string;
let places: Map<string, number>;

function errorOf(response: GraphqlResponse<unknown>) {
  const error = response.errors?.[0];

  return {
    code: error?.extensions?.code,
    field: error?.extensions?.field,
    message: error?.message ?? '',
  };
}

async function contactable(
  options: { birthYear?: number; home?: string } = {},
): Promise<TestUser> {
  const user = await createUser(api.dataSource, {
    name: 'Kim Learner',
    birthYear: options.birthYear ?? 1998,
  });
  await api.dataSource.query(
    `UPDATE users SET employer_contact = true, home_place_id = $2 WHERE id = $1`,
    [user.id, options.home === undefined ? null : places.get(options.home)!],
  );

  return user;
}

async function insertNeed(
  title: string,
  [latitude, longitude]: [number, number],
  radiusKm: number,
  skills: string[],
  state: 'open' | 'closed' | 'past' = 'open',
): Promise<string> {
  const [row]: { id: string }[] = await api.dataSource.query(
    `INSERT INTO skill_needs (employer_id, title, skill_ids, location,
       radius_m, openings, closes_on, apply_url, status)
     VALUES ($1, $2, $3::text[],
       ST_SetSRID(ST_MakePoint($4, $5), 4326)::geography, $6, 1,
       current_date + CASE WHEN $7 = 'past' THEN -1 ELSE 20 END,
       'https://jobs.example.org/', CASE WHEN $7 = 'closed' THEN 'closed' ELSE 'open' END::skill_need_status)
     RETURNING id`,
    [employerId, title, skills, longitude, latitude, radiusKm * 1000, state],
  );

  return row!.id;
}

beforeAll(async () => {
  api = await startTestApp();
  await clearPathways(api.dataSource);
  await clearListings(api.dataSource);
  const rows: { id: number; name: string }[] = await api.dataSource.query(
    `SELECT DISTINCT ON (name) id, name FROM places
      WHERE country_code = 'AU' AND name IN ('Katoomba', 'Leura')
      ORDER BY name, population DESC`,
  );
  places = new Map(rows.map((row) => [row.name, row.id]));
  providerId = await createOrganisation(api.dataSource, 'provider', {
    name: 'Mountains Learning',
    verified: true,
  });
  employerId = await createOrganisation(api.dataSource, 'employer', {
    name: 'Ridge Engineering',
    verified: true,
  });
});

afterAll(async () => {
  await clearPathways(api.dataSource);
  await clearListings(api.dataSource);
  await api.close();
});

describe('allowEmployerContact', () => {
  it('records a consent once', async () => {
    const learner = await contactable();
    const first = await api.graphql<{
      allowEmployerContact: { createdAt: string; employer: { name: string } };
    }>(ALLOW, { id: employerId }, { cookie: learner.cookie });
    const again = await api.graphql<{
      allowEmployerContact: { createdAt: string };
    }>(ALLOW, { id: employerId }, { cookie: learner.cookie });
    const entries: { action: string }[] = await api.dataSource.query(
      `SELECT action FROM audit_log WHERE subject_id = $1`,
      [learner.id],
    );

    expect(first.errors).toBeUndefined();
    expect(first.data!.allowEmployerContact.employer.name).toBe(
      'Ridge Engineering',
    );
    expect(again.data!.allowEmployerContact.createdAt).toBe(
      first.data!.allowEmployerContact.createdAt,
    );
    expect(entries).toEqual([{ action: 'update' }]);
  });

  it("logs a minor's consent as opt-in", async () => {
    const minor = await contactable({
      birthYear: new Date().getUTCFullYear() - 16,
    });
    await api.graphql(ALLOW, { id: employerId }, { cookie: minor.cookie });
    const entries: { action: string; changes: object }[] =
      await api.dataSource.query(
        `SELECT action, changes FROM audit_log WHERE subject_id = $1`,
        [minor.id],
      );

    expect(entries).toEqual([
      {
        action: 'opt-in',
        changes: { employerContactConsent: { from: null, to: employerId } },
      },
    ]);
  });

  it('rejects while employer contact is off', async () => {
    const learner = await createUser(api.dataSource);
    const response = await api.graphql(
      ALLOW,
      { id: employerId },
      {
        cookie: learner.cookie,
      },
    );
    const stored: unknown[] = await api.dataSource.query(
      'SELECT 1 FROM employer_contact_consents WHERE user_id = $1',
      [learner.id],
    );

    expect(errorOf(response).code).toBe('BAD_USER_INPUT');
    expect(errorOf(response).message).toMatch(
      /turn on "Employers may contact me" in your account settings/,
    );
    expect(stored).toEqual([]);
  });

  it('rejects an organisation that is not an employer', async () => {
    const learner = await contactable();
    const response = await api.graphql(
      ALLOW,
      { id: providerId },
      {
        cookie: learner.cookie,
      },
    );

    expect(errorOf(response).code).toBe('BAD_USER_INPUT');
    expect(errorOf(response).message).toBe(
      'Mountains Learning is a provider, not an employer; consent to contact can be given to employers only.',
    );
  });

  it('rejects an employer awaiting verification', async () => {
    const unverified = await createOrganisation(api.dataSource, 'employer', {
      name: 'Brand New Builders',
    });
    const learner = await contactable();
    const response = await api.graphql(
      ALLOW,
      { id: unverified },
      { cookie: learner.cookie },
    );
    const stored: unknown[] = await api.dataSource.query(
      'SELECT 1 FROM employer_contact_consents WHERE user_id = $1',
      [learner.id],
    );

    expect(errorOf(response)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'employerId',
      message:
        'Brand New Builders is awaiting verification by the platform administrators; consent to contact can be given only to verified employers.',
    });
    expect(stored).toEqual([]);
  });

  it('not found for an unknown employer', async () => {
    const learner = await contactable();
    const response = await api.graphql(
      ALLOW,
      { id: '0b6f8e1c-4d1a-4f57-9e62-3a8f0f6f3a77' },
      { cookie: learner.cookie },
    );

    expect(errorOf(response).code).toBe('NOT_FOUND');
  });
});

describe('withdrawEmployerContact', () => {
  it('deletes the consent and repeats safely', async () => {
    const learner = await contactable();
    await api.graphql(ALLOW, { id: employerId }, { cookie: learner.cookie });
    const listed = await api.graphql<{
      myEmployerContactConsents: { employer: { name: string } }[];
    }>(CONSENTS, {}, { cookie: learner.cookie });
    const first = await api.graphql<{ withdrawEmployerContact: boolean }>(
      WITHDRAW,
      { id: employerId },
      { cookie: learner.cookie },
    );
    const second = await api.graphql<{ withdrawEmployerContact: boolean }>(
      WITHDRAW,
      { id: employerId },
      { cookie: learner.cookie },
    );
    const after = await api.graphql<{
      myEmployerContactConsents: unknown[];
    }>(CONSENTS, {}, { cookie: learner.cookie });

    expect(listed.data!.myEmployerContactConsents).toEqual([
      {
        employer: { name: 'Ridge Engineering' },
        createdAt: expect.any(String),
      },
    ]);
    expect(first.data!.withdrawEmployerContact).toBe(true);
    expect(second.data!.withdrawEmployerContact).toBe(true);
    expect(after.data!.myEmployerContactConsents).toEqual([]);
  });
});

describe('mySkillNeedMatches', () => {
  let learner: TestUser;

  beforeAll(async () => {
    learner = await contactable({ home: 'Katoomba' });
    await issueTo(api, providerId, learner, { skills: ['numeracy'] });
    await issueTo(api, providerId, learner, {
      skills: ['collaboration', 'leadership'],
    });
    await insertNeed('Katoomba both', KATOOMBA, 10, [
      'numeracy',
      'collaboration',
    ]);
    await insertNeed('Leura both plus', LEURA, 10, [
      'numeracy',
      'collaboration',
      'creativity',
      'communication',
    ]);
    await insertNeed('Katoomba counting', KATOOMBA, 5, ['numeracy']);
    await insertNeed('Blackheath counting', BLACKHEATH, 5, ['numeracy']);
    await insertNeed('Leura art', LEURA, 10, ['creativity']);
    await insertNeed('Katoomba closed', KATOOMBA, 10, ['numeracy'], 'closed');
    await insertNeed('Katoomba past', KATOOMBA, 10, ['numeracy'], 'past');
  });

  function titlesOf(response: GraphqlResponse<unknown>): string[] {
    expect(response.errors).toBeUndefined();
    const data = response.data as {
      mySkillNeedMatches: { edges: { node: { title: string } }[] };
    };

    return data.mySkillNeedMatches.edges.map((edge) => edge.node.title);
  }

  it('ranks by held skills then distance from home', async () => {
    const response = await api.graphql<{
      mySkillNeedMatches: {
        totalCount: number;
        edges: { distanceKm: number; node: { title: string } }[];
      };
    }>(MY_MATCHES, {}, { cookie: learner.cookie });

    expect(titlesOf(response)).toEqual([
      'Katoomba both',
      'Leura both plus',
      'Katoomba counting',
    ]);
    expect(response.data!.mySkillNeedMatches.totalCount).toBe(3);
    // Distances run from the gazetteer point of the home place.
    const [home]: { latitude: number; longitude: number }[] =
      await api.dataSource.query(
        `SELECT ST_Y(location::geometry) AS latitude,
                ST_X(location::geometry) AS longitude
           FROM places WHERE id = $1`,
        [places.get('Katoomba')],
      );
    expect(response.data!.mySkillNeedMatches.edges[1]!.distanceKm).toBeCloseTo(
      haversineKm([home!.latitude, home!.longitude], LEURA),
      2,
    );
  });

  it('uses near without storing it', async () => {
    const response = await api.graphql(
      MY_MATCHES,
      { near: { latitude: BLACKHEATH[0], longitude: BLACKHEATH[1] } },
      { cookie: learner.cookie },
    );
    const [user]: { home_place_id: number }[] = await api.dataSource.query(
      'SELECT home_place_id FROM users WHERE id = $1',
      [learner.id],
    );

    // Katoomba is about 9.4 km from Blackheath, inside its 10 km radius.
    expect(titlesOf(response)).toEqual([
      'Katoomba both',
      'Blackheath counting',
    ]);
    expect(user!.home_place_id).toBe(places.get('Katoomba'));
  });

  it('pages in the same order', async () => {
    const first = await api.graphql<{
      mySkillNeedMatches: { pageInfo: { endCursor: string } };
    }>(MY_MATCHES, { first: 2 }, { cookie: learner.cookie });
    const second = await api.graphql(
      MY_MATCHES,
      { first: 2, after: first.data!.mySkillNeedMatches.pageInfo.endCursor },
      { cookie: learner.cookie },
    );

    expect(titlesOf(second)).toEqual(['Katoomba counting']);
  });

  it('needs a home place or near', async () => {
    const homeless = await contactable();
    const response = await api.graphql(
      MY_MATCHES,
      {},
      {
        cookie: homeless.cookie,
      },
    );

    expect(errorOf(response).code).toBe('BAD_USER_INPUT');
    expect(errorOf(response).field).toBe('homePlaceId');
  });

  it('is empty without valid badges', async () => {
    const novice = await contactable({ home: 'Katoomba' });
    const response = await api.graphql(
      MY_MATCHES,
      {},
      {
        cookie: novice.cookie,
      },
    );

    expect(titlesOf(response)).toEqual([]);
  });
});

describe('myMatch', () => {
  let learner: TestUser;
  let needId: string;

  beforeAll(async () => {
    learner = await contactable({ home: 'Leura' });
    await issueTo(api, providerId, learner, {
      skills: ['numeracy', 'collaboration'],
    });
    needId = await insertNeed('Leura workshop crew', LEURA, 10, [
      'numeracy',
      'collaboration',
      'creativity',
      'communication',
    ]);
    const builder = await createUser(api.dataSource);
    await addMember(api.dataSource, providerId, builder.id, 'owner');
    const goal = await insertAchievement(api.dataSource, providerId);
    const pathwayWithBadgeAt = async (
      title: string,
      skillIds: string[],
      at: [number, number],
    ) => {
      const badge = await insertAchievement(api.dataSource, providerId);
      const opportunity = await createOpportunity(api.dataSource, {
        title: `${title} session`,
        providerId,
        at,
        status: 'published',
      });
      await api.dataSource.query(
        'UPDATE opportunities SET achievement_id = $2 WHERE id = $1',
        [opportunity, badge],
      );
      await buildPathway(api, builder, {
        organisationId: providerId,
        goalAchievementId: goal,
        steps: [{ options: [{ achievementId: badge }] }],
        ...{ title, skillIds },
      });
    };
    await pathwayWithBadgeAt('Makers', ['creativity'], LEURA);
    await pathwayWithBadgeAt(
      'Storytellers',
      ['creativity', 'communication'],
      KATOOMBA,
    );
    await pathwayWithBadgeAt('Counting', ['numeracy'], LEURA);
    await pathwayWithBadgeAt('City speakers', ['communication'], SYDNEY);
  });

  it('lists held and missing skills with pathways', async () => {
    const response = await api.graphql<{
      skillNeed: {
        myMatch: {
          heldSkills: { id: string }[];
          missingSkills: { id: string }[];
          pathways: {
            distanceKm: number;
            addsSkills: { id: string }[];
            pathway: { title: string };
          }[];
        };
      };
    }>(MY_MATCH, { id: needId }, { cookie: learner.cookie });

    expect(response.errors).toBeUndefined();
    const match = response.data!.skillNeed.myMatch;
    expect(match.heldSkills.map((skill) => skill.id)).toEqual([
      'numeracy',
      'collaboration',
    ]);
    expect(match.missingSkills.map((skill) => skill.id)).toEqual([
      'creativity',
      'communication',
    ]);
    expect(
      match.pathways.map((item) => [
        item.pathway.title,
        item.addsSkills.map((skill) => skill.id),
      ]),
    ).toEqual([
      ['Storytellers', ['creativity', 'communication']],
      ['Makers', ['creativity']],
    ]);
    expect(match.pathways[0]!.distanceKm).toBeCloseTo(
      haversineKm(LEURA, KATOOMBA),
      2,
    );
  });

  it('is null when signed out', async () => {
    const response = await api.graphql<{ skillNeed: { myMatch: null } }>(
      MY_MATCH,
      { id: needId },
    );

    expect(response.errors).toBeUndefined();
    expect(response.data!.skillNeed.myMatch).toBeNull();
  });
});

describe('home place setting', () => {
  it('sets, shows and clears the home place', async () => {
    const user = await createUser(api.dataSource);
    const leura = String(places.get('Leura'));
    const set = await api.graphql<{
      updateProfile: { homePlace: { id: string; name: string } | null };
    }>(PROFILE, { input: { homePlaceId: leura } }, { cookie: user.cookie });
    const me = await api.graphql<{ me: { homePlace: { name: string } } }>(
      'query { me { homePlace { name } } }',
      {},
      { cookie: user.cookie },
    );
    const kept = await api.graphql<{
      updateProfile: { homePlace: { name: string } | null };
    }>(PROFILE, { input: { name: 'Kim Renamed' } }, { cookie: user.cookie });
    const cleared = await api.graphql<{
      updateProfile: { homePlace: null };
    }>(PROFILE, { input: { homePlaceId: null } }, { cookie: user.cookie });

    expect(set.data!.updateProfile.homePlace).toEqual({
      id: leura,
      name: 'Leura',
    });
    expect(me.data!.me.homePlace.name).toBe('Leura');
    expect(kept.data!.updateProfile.homePlace!.name).toBe('Leura');
    expect(cleared.data!.updateProfile.homePlace).toBeNull();
  });

  it.each([
    ['999999999', /input\.homePlaceId "999999999" is not a known place/],
    ['Leura', /input\.homePlaceId "Leura" is not a place id/],
  ])('rejects %s', async (homePlaceId, message) => {
    const user = await createUser(api.dataSource);
    const response = await api.graphql(
      PROFILE,
      { input: { homePlaceId } },
      { cookie: user.cookie },
    );

    expect(errorOf(response).code).toBe('BAD_USER_INPUT');
    expect(errorOf(response).message).toMatch(message);
  });

  it('exports the home place and consents', async () => {
    const user = await contactable({ home: 'Katoomba' });
    await api.graphql(ALLOW, { id: employerId }, { cookie: user.cookie });

    const response = await fetch(`${api.baseUrl}/api/account/export`, {
      headers: { cookie: user.cookie },
    });
    const data = (await response.json()) as {
      account: { homePlace: { id: string; name: string } };
      employerContactConsents: { employerName: string }[];
    };

    expect(data.account.homePlace).toEqual({
      id: String(places.get('Katoomba')),
      name: 'Katoomba',
    });
    expect(data.employerContactConsents).toEqual([
      expect.objectContaining({
        employerId,
        employerName: 'Ridge Engineering',
      }),
    ]);
  });
});
