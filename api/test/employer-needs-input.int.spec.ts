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

const CREATE = `mutation ($input: CreateSkillNeedInput!) {
  createSkillNeed(input: $input) { id title applyUrl }
}`;

const UPDATE = `mutation ($input: UpdateSkillNeedInput!) {
  updateSkillNeed(input: $input) { id title radiusKm applyUrl }
}`;

const KATOOMBA = { latitude: -33.7125, longitude: 150.3119 };
const LEURA = { latitude: -33.7167, longitude: 150.3333 };

let api: TestApp;
let employerId: string;
let owner: TestUser;

function validNeed(overrides: Record<string, unknown> = {}) {
  return {
    employerId,
    title: 'Trainee surveyors',
    skillIds: ['numeracy'],
    location: KATOOMBA,
    radiusKm: 20,
    openings: 2,
    closesOn: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
    applyUrl: 'https://jobs.example.org/surveyors',
    ...overrides,
  };
}

function post(overrides: Record<string, unknown> = {}) {
  return api.graphql<{
    createSkillNeed: { id: string; title: string; applyUrl: string };
  }>(CREATE, { input: validNeed(overrides) }, { cookie: owner.cookie });
}

async function postOk(overrides: Record<string, unknown> = {}) {
  const response = await post(overrides);
  if (response.errors !== undefined) {
    throw new Error(`createSkillNeed failed: ${response.errors[0]!.message}`);
  }

  return response.data!.createSkillNeed;
}

function update(input: Record<string, unknown>) {
  return api.graphql<{
    updateSkillNeed: { id: string; radiusKm: number; applyUrl: string };
  }>(UPDATE, { input }, { cookie: owner.cookie });
}

function errorOf(response: GraphqlResponse<unknown>) {
  const error = response.errors?.[0];

  return {
    code: error?.extensions?.code,
    field: error?.extensions?.field,
    message: error?.message ?? '',
  };
}

async function needsTitled(title: string): Promise<number> {
  const [row]: { count: number }[] = await api.dataSource.query(
    'SELECT count(*)::int AS count FROM skill_needs WHERE title = $1',
    [title],
  );

  return row!.count;
}

beforeAll(async () => {
  api = await startTestApp();
  await clearListings(api.dataSource);
  employerId = await createOrganisation(api.dataSource, 'employer', {
    name: 'Gully Surveying',
    verified: true,
  });
  owner = await createUser(api.dataSource, { name: 'Gil Owner' });
  await addMember(api.dataSource, employerId, owner.id, 'owner');
});

afterAll(async () => {
  await clearListings(api.dataSource);
  await api.close();
});

describe('text that cannot be stored', () => {
  it('rejects a lone surrogate title', async () => {
    const response = await post({ title: 'abc\uD800def' });

    expect(errorOf(response)).toEqual({
      code: 'BAD_USER_INPUT',
      field: undefined,
      message:
        'input.title contains an unpaired surrogate (U+D800), which is not a character; remove it.',
    });
    expect(await needsTitled('abc\uFFFDdef')).toBe(0);
  });

  it('rejects a lone surrogate description', async () => {
    const response = await post({ description: 'Bring boots \uDC00' });

    expect(errorOf(response).code).toBe('BAD_USER_INPUT');
    expect(errorOf(response).message).toMatch(
      /^input\.description contains an unpaired surrogate \(U\+DC00\)/,
    );
  });
});

describe('a need and its audit entry', () => {
  const FAILING_TITLE = 'Audit rejects this';

  beforeAll(async () => {
    // A trigger rejects the audit entry of one title, as a full disk
    // would, so the need written before it must roll back.
    await api.dataSource.query(
      `CREATE FUNCTION reject_test_audit() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION 'audit entry rejected'; END $$ LANGUAGE plpgsql`,
    );
    await api.dataSource.query(
      `CREATE TRIGGER reject_test_audit BEFORE INSERT ON audit_log
         FOR EACH ROW
         WHEN (NEW.changes -> 'title' ->> 'to' = '${FAILING_TITLE}')
         EXECUTE FUNCTION reject_test_audit()`,
    );
  });

  afterAll(async () => {
    await api.dataSource.query('DROP TRIGGER reject_test_audit ON audit_log');
    await api.dataSource.query('DROP FUNCTION reject_test_audit()');
  });

  it('rolls back a failed create', async () => {
    const response = await post({ title: FAILING_TITLE });

    expect(errorOf(response).code).toBe('INTERNAL_SERVER_ERROR');
    expect(errorOf(response).message).not.toMatch(/audit entry rejected/);
    expect(await needsTitled(FAILING_TITLE)).toBe(0);
  });

  it('rolls back a failed update', async () => {
    const need = await postOk({ title: 'Survey assistants' });
    const response = await update({
      id: need.id,
      title: FAILING_TITLE,
      openings: 9,
    });
    const [stored]: { title: string; openings: number }[] =
      await api.dataSource.query(
        'SELECT title, openings FROM skill_needs WHERE id = $1',
        [need.id],
      );

    expect(errorOf(response).code).toBe('INTERNAL_SERVER_ERROR');
    expect(stored).toEqual({ title: 'Survey assistants', openings: 2 });
  });
});

describe('titles', () => {
  it.each([
    ['U+202E', 'Barista \u202Eetisoppo'],
    ['U+202A', '\u202AWaiters'],
    ['U+2066', 'Cooks \u2066 and cleaners'],
    ['U+2069', 'Cooks and cleaners\u2069'],
  ])('rejects the direction control %s', async (control, title) => {
    const response = await post({ title });

    expect(errorOf(response)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.title',
      message: `title contains the direction control ${control}, which can make it read differently from what is stored; remove it.`,
    });
    expect(await needsTitled(title)).toBe(0);
  });

  it.each([
    ['zero-width spaces', '\u200B\u200B\u200B'],
    ['a word joiner and fillers', '\u2060\u3164\u3164'],
  ])('rejects a title of %s', async (_name, title) => {
    const response = await post({ title });

    expect(errorOf(response)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.title',
      message:
        'title has no visible character, only spaces or invisible ones; give a title people can read.',
    });
  });

  it('accepts right-to-left text', async () => {
    const need = await postOk({ title: 'مساعد مساح' });

    expect(need.title).toBe('مساعد مساح');
  });
});

describe('apply links', () => {
  it.each([
    ['https:x.example', /write it as https:\/\/|is not an https:\/\/ link/],
    ['https:\\\\evil.example', /is not an https:\/\/ link/],
    ['https:/jobs.example.org', /is not an https:\/\/ link/],
    ['https://jobs.example.org\\@evil.example', /contains a backslash/],
    ['https:// jobs.example.org', /contains a backslash or a space/],
    ['https://user:secret@jobs.example.org/', /user name or password/],
    [
      'mailto:a@b.co?bcc=victim@c.co&body=hi',
      /more than an address and a subject/,
    ],
    ['mailto:a@b.co?cc=c@d.co', /more than an address and a subject/],
    [
      'mailto:a@b.co?subject=Hi&body=Come',
      /more than an address and a subject/,
    ],
    ['mailto:a@b.co,c@d.co', /give one e-mail address/],
    ['mailto:a@b.co#apply', /more than an address and a subject/],
  ])('rejects %s', async (applyUrl, message) => {
    const response = await post({ applyUrl });

    expect(errorOf(response).code).toBe('BAD_USER_INPUT');
    expect(errorOf(response).field).toBe('input.applyUrl');
    expect(errorOf(response).message).toMatch(message);
  });

  it.each([
    ['HTTPS://Jobs.Example.ORG', 'https://jobs.example.org/'],
    [
      'https://jobs.example.org/apply?role=surveyor#form',
      'https://jobs.example.org/apply?role=surveyor#form',
    ],
    ['https://jobs.example.org/a/../apply', 'https://jobs.example.org/apply'],
    ['MAILTO:jobs@example.org', 'mailto:jobs@example.org'],
    [
      'mailto:jobs@example.org?subject=Survey role',
      'mailto:jobs@example.org?subject=Survey%20role',
    ],
  ])('stores %s as %s', async (applyUrl, stored) => {
    const need = await postOk({ applyUrl });

    expect(need.applyUrl).toBe(stored);
  });

  it('stores the parsed form on update', async () => {
    const need = await postOk();
    const response = await update({
      id: need.id,
      applyUrl: 'HTTPS://Careers.Example.org',
    });

    expect(response.data!.updateSkillNeed.applyUrl).toBe(
      'https://careers.example.org/',
    );
  });
});

describe('radius', () => {
  it('rejects less than 5 km', async () => {
    const response = await post({ radiusKm: 1 });

    expect(errorOf(response)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.radiusKm',
      message: 'radiusKm is 1; expected a number of kilometres from 5 to 200.',
    });
  });

  it('database rejects less than 5 km', async () => {
    const need = await postOk();

    await expect(
      api.dataSource.query(
        'UPDATE skill_needs SET radius_m = 4999 WHERE id = $1',
        [need.id],
      ),
    ).rejects.toThrow(/CHK_skill_needs_radius/);
  });
});

describe('changes to where a need reaches', () => {
  it('limits reach changes per day', async () => {
    const need = await postOk();
    const statuses: unknown[] = [];
    for (let change = 0; change < 10; change += 1) {
      const response = await update(
        change % 2 === 0
          ? { id: need.id, radiusKm: 21 + change }
          : { id: need.id, location: change % 4 === 1 ? LEURA : KATOOMBA },
      );
      statuses.push(errorOf(response).code ?? 'ok');
    }
    const eleventh = await update({ id: need.id, skillIds: ['literacy'] });
    const otherField = await update({ id: need.id, openings: 7 });

    expect(statuses).toEqual(Array(10).fill('ok'));
    expect(errorOf(eleventh).code).toBe('RATE_LIMITED');
    expect(errorOf(eleventh).message).toMatch(
      /^The place, radius or skills of this skill need changed 10 times in the last 24 hours, the maximum; change them again after \d{4}-\d\d-\d\d \d\d:\d\d UTC\. Other fields can change now\.$/,
    );
    expect(eleventh.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(
      86_000,
    );
    expect(errorOf(otherField).code).toBeUndefined();
  });
});
