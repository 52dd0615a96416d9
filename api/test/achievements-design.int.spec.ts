import {
  addMember,
  createOrganisation,
  createUser,
  type TestUser,
} from './support/accounts.js';
import { validListing } from './support/authorisation/records.js';
import { clearListings } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { makePng, upload } from './support/upload-files.js';

const ESCO_URI =
  'http://data.europa.eu/esco/skill/0a0a0f1c-0d2b-4b5c-8c3e-3a5c3c9e2f11';

const FIELDS = `id name description criteriaNarrative achievementType tags
  validityDays imageUrl sdgTargets escoSkillUris archived createdAt
  organisation { id } sdgs { number colour } skills { id }`;

const CREATE = `mutation ($input: CreateAchievementInput!) {
  createAchievement(input: $input) { ${FIELDS} }
}`;

const UPDATE = `mutation ($input: UpdateAchievementInput!) {
  updateAchievement(input: $input) { ${FIELDS} }
}`;

const ARCHIVE = `mutation ($input: ArchiveAchievementInput!) {
  archiveAchievement(input: $input) { id archived }
}`;

const LIST = `query ($organisationId: ID!, $includeArchived: Boolean, $first: Int, $after: String) {
  organisationAchievements(organisationId: $organisationId, includeArchived: $includeArchived, first: $first, after: $after) {
    totalCount edges { cursor node { id name archived } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Achievement {
  id: string;
  name: string;
  imageUrl: string;
  archived: boolean;
  tags: string[];
  sdgs: { number: number; colour: string }[];
  skills: { id: string }[];
  sdgTargets: string[];
  organisation: { id: string };
  validityDays: number | null;
}

let api: TestApp;
let providerId: string;
let otherProviderId: string;
let owner: TestUser;
let editor: TestUser;
let awarder: TestUser;
let otherOwner: TestUser;

function fields(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Repair café volunteer',
    description: 'Helped neighbours fix broken things instead of binning them.',
    criteriaNarrative: 'Took part in **three** repair sessions.',
    achievementType: 'Badge',
    tags: ['repair', 'circular economy', 'repair'],
    validityDays: 730,
    sdgNumbers: [12, 4],
    sdgTargets: ['12.5', '4.4'],
    skillIds: ['collaboration', 'critical-thinking'],
    escoSkillUris: [ESCO_URI],
    ...overrides,
  };
}

async function create(
  overrides: Record<string, unknown> = {},
  user: TestUser = owner,
) {
  return api.graphql<{ createAchievement: Achievement }>(
    CREATE,
    { input: { organisationId: providerId, ...fields(overrides) } },
    { cookie: user.cookie },
  );
}

async function created(overrides: Record<string, unknown> = {}) {
  const response = await create(overrides);
  if (response.data?.createAchievement === undefined) {
    throw new Error(JSON.stringify(response.errors));
  }

  return response.data.createAchievement;
}

beforeAll(async () => {
  api = await startTestApp();
  await clearListings(api.dataSource);
  providerId = await createOrganisation(api.dataSource, 'provider');
  otherProviderId = await createOrganisation(api.dataSource, 'provider');
  owner = await createUser(api.dataSource);
  editor = await createUser(api.dataSource);
  awarder = await createUser(api.dataSource);
  otherOwner = await createUser(api.dataSource);
  await addMember(api.dataSource, providerId, owner.id, 'owner');
  await addMember(api.dataSource, providerId, editor.id, 'editor');
  await addMember(api.dataSource, providerId, awarder.id, 'awarder');
  await addMember(api.dataSource, otherProviderId, otherOwner.id, 'owner');
});

afterAll(async () => {
  await clearListings(api.dataSource);
  await api?.close();
});

describe('createAchievement', () => {
  it('saves a design with its alignments', async () => {
    const achievement = await created();

    expect(achievement.name).toBe('Repair café volunteer');
    expect(achievement.tags).toEqual(['repair', 'circular economy']);
    expect(achievement.sdgs.map((sdg) => sdg.number)).toEqual([4, 12]);
    expect(achievement.sdgTargets).toEqual(['12.5', '4.4']);
    expect(achievement.skills.map((skill) => skill.id).sort()).toEqual([
      'collaboration',
      'critical-thinking',
    ]);
    expect(achievement.organisation.id).toBe(providerId);
    expect(achievement.validityDays).toBe(730);
    expect(achievement.archived).toBe(false);
    expect(achievement.imageUrl).toMatch(
      new RegExp(`/api/achievements/${achievement.id}/image$`),
    );
  });

  it('audits the design', async () => {
    const achievement = await created({ name: 'Audited badge' });
    const entries: { action: string; changes: Record<string, unknown> }[] =
      await api.dataSource.query(
        `SELECT action, changes FROM audit_log
          WHERE subject_type = 'achievement' AND subject_id = $1`,
        [achievement.id],
      );

    expect(entries).toHaveLength(1);
    expect(entries[0]!.action).toBe('create');
    expect(entries[0]!.changes.name).toEqual({
      from: null,
      to: 'Audited badge',
    });
  });

  it('accepts extension types', async () => {
    const achievement = await created({ achievementType: 'ext:Volunteering' });

    expect(achievement.id).toBeDefined();
  });

  it.each([
    ['an empty name', { name: '  ' }, 'input.name'],
    ['a long name', { name: 'x'.repeat(121) }, 'input.name'],
    [
      'a long description',
      { description: 'x'.repeat(2001) },
      'input.description',
    ],
    ['an empty criteria', { criteriaNarrative: '' }, 'input.criteriaNarrative'],
    [
      'an unknown type',
      { achievementType: 'Sticker' },
      'input.achievementType',
    ],
    [
      'a bad extension type',
      { achievementType: 'ext:' },
      'input.achievementType',
    ],
    [
      'too many tags',
      { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) },
      'input.tags',
    ],
    ['a long tag', { tags: ['ok', 'x'.repeat(41)] }, 'input.tags.1'],
    ['zero validity', { validityDays: 0 }, 'input.validityDays'],
    ['long validity', { validityDays: 3651 }, 'input.validityDays'],
    ['SDG 18', { sdgNumbers: [4, 18] }, 'input.sdgNumbers.1'],
    [
      'a target of another goal',
      { sdgTargets: ['4.4', '13.b'] },
      'input.sdgTargets.1',
    ],
    ['an unknown target', { sdgTargets: ['4.9'] }, 'input.sdgTargets.0'],
    ['an unknown skill', { skillIds: ['juggling'] }, 'input.skillIds.0'],
    [
      'a bad ESCO URI',
      { escoSkillUris: ['https://example.org/skill/1'] },
      'input.escoSkillUris.0',
    ],
    ['a malformed image id', { imageFileId: 'x' }, 'input.imageFileId'],
  ])('rejects %s', async (_label, overrides, field) => {
    const response = await create(overrides);

    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.field).toBe(field);
  });

  it('names the allowed types', async () => {
    const response = await create({ achievementType: 'Sticker' });

    expect(response.errors?.[0]?.message).toMatch(/Badge/);
    expect(response.errors?.[0]?.message).toMatch(/ext:/);
  });

  it('rejects an image of another organisation', async () => {
    const uploaded = await upload(
      api,
      otherProviderId,
      'achievement_image',
      [{ bytes: makePng(), name: 'other.png' }],
      otherOwner.cookie,
    );
    const response = await create({ imageFileId: uploaded.body.id });

    expect(response.errors?.[0]?.extensions?.field).toBe('input.imageFileId');
  });

  it('rejects evidence as an image', async () => {
    const uploaded = await upload(
      api,
      providerId,
      'evidence',
      [{ bytes: makePng(), name: 'evidence.png' }],
      owner.cookie,
    );
    const response = await create({ imageFileId: uploaded.body.id });

    expect(response.errors?.[0]?.extensions?.field).toBe('input.imageFileId');
  });

  it('rejects awarders', async () => {
    const response = await create({}, awarder);

    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets editors design', async () => {
    const response = await create({ name: 'Editor badge' }, editor);

    expect(response.data?.createAchievement.name).toBe('Editor badge');
  });
});

describe('updateAchievement and archiveAchievement', () => {
  it('replaces the fields and audits the change', async () => {
    const achievement = await created();
    const response = await api.graphql<{ updateAchievement: Achievement }>(
      UPDATE,
      {
        input: {
          achievementId: achievement.id,
          ...fields({
            name: 'Repair café lead',
            sdgNumbers: [13],
            sdgTargets: ['13.3'],
            validityDays: null,
          }),
        },
      },
      { cookie: editor.cookie },
    );
    const updated = response.data?.updateAchievement;
    const [entry]: { changes: Record<string, unknown> }[] =
      await api.dataSource.query(
        `SELECT changes FROM audit_log
          WHERE subject_id = $1 AND action = 'update'`,
        [achievement.id],
      );

    expect(updated?.name).toBe('Repair café lead');
    expect(updated?.sdgs.map((sdg) => sdg.number)).toEqual([13]);
    expect(updated?.validityDays).toBeNull();
    expect(entry!.changes.sdgNumbers).toEqual({ from: [4, 12], to: [13] });
  });

  it("rejects another organisation's owner", async () => {
    const achievement = await created();
    const response = await api.graphql(
      UPDATE,
      { input: { achievementId: achievement.id, ...fields() } },
      { cookie: otherOwner.cookie },
    );

    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('archives once and then refuses changes', async () => {
    const achievement = await created();
    const archived = await api.graphql<{ archiveAchievement: Achievement }>(
      ARCHIVE,
      { input: { achievementId: achievement.id } },
      { cookie: owner.cookie },
    );
    const again = await api.graphql(
      ARCHIVE,
      { input: { achievementId: achievement.id } },
      { cookie: owner.cookie },
    );
    const update = await api.graphql(
      UPDATE,
      { input: { achievementId: achievement.id, ...fields() } },
      { cookie: owner.cookie },
    );

    expect(archived.data?.archiveAchievement.archived).toBe(true);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(update.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});

describe('achievement queries', () => {
  let organisationId: string;

  beforeAll(async () => {
    organisationId = await createOrganisation(api.dataSource, 'provider');
    const designer = await createUser(api.dataSource);
    await addMember(api.dataSource, organisationId, designer.id, 'owner');
    for (const name of ['Bravo', 'Alpha', 'Charlie', 'Delta']) {
      const response = await api.graphql<{ createAchievement: Achievement }>(
        CREATE,
        { input: { organisationId, ...fields({ name }) } },
        { cookie: designer.cookie },
      );
      if (name === 'Delta') {
        await api.graphql(
          ARCHIVE,
          { input: { achievementId: response.data!.createAchievement.id } },
          { cookie: designer.cookie },
        );
      }
    }
  });

  it('pages active designs by name', async () => {
    const first = await api.graphql<{
      organisationAchievements: {
        totalCount: number;
        edges: { node: Achievement }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(LIST, { organisationId, first: 2 });
    const page = first.data!.organisationAchievements;
    const second = await api.graphql<{
      organisationAchievements: {
        edges: { node: Achievement }[];
        pageInfo: { hasNextPage: boolean };
      };
    }>(LIST, { organisationId, first: 2, after: page.pageInfo.endCursor });

    expect(page.totalCount).toBe(3);
    expect(page.edges.map((edge) => edge.node.name)).toEqual([
      'Alpha',
      'Bravo',
    ]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(
      second.data!.organisationAchievements.edges.map((edge) => edge.node.name),
    ).toEqual(['Charlie']);
    expect(second.data!.organisationAchievements.pageInfo.hasNextPage).toBe(
      false,
    );
  });

  it('includes archived designs when asked', async () => {
    const response = await api.graphql<{
      organisationAchievements: { totalCount: number };
    }>(LIST, { organisationId, includeArchived: true });

    expect(response.data!.organisationAchievements.totalCount).toBe(4);
  });

  it('rejects a page size over 100', async () => {
    const response = await api.graphql(LIST, { organisationId, first: 101 });

    expect(response.errors?.[0]?.extensions?.field).toBe('first');
  });

  it('lists the achievement types', async () => {
    const response = await api.graphql<{ achievementTypes: string[] }>(
      '{ achievementTypes }',
    );

    expect(response.data!.achievementTypes).toContain('Badge');
    expect(response.data!.achievementTypes).toContain('MicroCredential');
    expect(response.data!.achievementTypes).toHaveLength(31);
  });

  it('lists SDG target codes', async () => {
    const response = await api.graphql<{
      sdgs: { number: number; targets: string[] }[];
    }>('{ sdgs { number targets } }');
    const total = response.data!.sdgs.reduce(
      (sum, sdg) => sum + sdg.targets.length,
      0,
    );

    expect(total).toBe(169);
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const response = await api.graphql(
      'query ($id: ID!) { achievement(id: $id) { id } }',
      { id: '00000000-0000-4000-8000-000000000000' },
    );

    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('achievement images', () => {
  async function image(id: string) {
    const response = await fetch(`${api.baseUrl}/api/achievements/${id}/image`);

    return {
      status: response.status,
      headers: response.headers,
      bytes: Buffer.from(await response.arrayBuffer()),
    };
  }

  it('draws an SVG in the first SDG colour', async () => {
    const achievement = await created({
      name: 'Quality learner',
      sdgNumbers: [4, 12],
      sdgTargets: [],
    });
    const served = await image(achievement.id);
    const svg = served.bytes.toString('utf8');

    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/svg+xml');
    expect(served.headers.get('cache-control')).toMatch(/max-age/);
    expect(svg).toContain('fill="#C5192D"');
    expect(svg).toContain('>QL</text>');
    expect(svg).not.toMatch(/href|url\(/);
  });

  it('serves the uploaded image', async () => {
    const png = makePng(16, 16);
    const uploaded = await upload(
      api,
      providerId,
      'achievement_image',
      [{ bytes: png, name: 'badge.png' }],
      editor.cookie,
    );
    const achievement = await created({ imageFileId: uploaded.body.id });
    const served = await image(achievement.id);

    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.bytes.equals(png)).toBe(true);
  });

  it('answers 404 for an unknown badge', async () => {
    expect((await image('00000000-0000-4000-8000-000000000000')).status).toBe(
      404,
    );
    expect((await image('nope')).status).toBe(404);
  });
});

describe('listing badges', () => {
  const CREATE_LISTING = `mutation ($input: CreateOpportunityInput!) {
    createOpportunity(input: $input) { id achievement { id name } }
  }`;

  function createListing(achievementId: string | null) {
    return api.graphql<{
      createOpportunity: { id: string; achievement: { id: string } | null };
    }>(
      CREATE_LISTING,
      {
        input: {
          organisationId: providerId,
          listing: { ...validListing(), achievementId },
        },
      },
      { cookie: owner.cookie },
    );
  }

  it('links a badge of the organisation', async () => {
    const achievement = await created();
    const response = await createListing(achievement.id);

    expect(response.data?.createOpportunity.achievement?.id).toBe(
      achievement.id,
    );
  });

  it('leaves the badge out when null', async () => {
    const response = await createListing(null);

    expect(response.data?.createOpportunity.achievement).toBeNull();
  });

  it("rejects another organisation's badge", async () => {
    const other = await api.graphql<{ createAchievement: Achievement }>(
      CREATE,
      { input: { organisationId: otherProviderId, ...fields() } },
      { cookie: otherOwner.cookie },
    );
    const response = await createListing(other.data!.createAchievement.id);

    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.field).toBe(
      'input.listing.achievementId',
    );
  });

  it('rejects an archived badge', async () => {
    const achievement = await created();
    await api.graphql(
      ARCHIVE,
      { input: { achievementId: achievement.id } },
      { cookie: owner.cookie },
    );
    const response = await createListing(achievement.id);

    expect(response.errors?.[0]?.extensions?.field).toBe(
      'input.listing.achievementId',
    );
    expect(response.errors?.[0]?.message).toMatch(/archived/);
  });

  it('keeps an archived badge the listing already has', async () => {
    const achievement = await created();
    const listing = await createListing(achievement.id);
    await api.graphql(
      ARCHIVE,
      { input: { achievementId: achievement.id } },
      { cookie: owner.cookie },
    );
    const response = await api.graphql<{
      updateOpportunity: { achievement: { id: string } | null };
    }>(
      `mutation ($input: UpdateOpportunityInput!) {
        updateOpportunity(input: $input) { achievement { id } }
      }`,
      {
        input: {
          opportunityId: listing.data!.createOpportunity.id,
          listing: { ...validListing(), achievementId: achievement.id },
        },
      },
      { cookie: owner.cookie },
    );

    expect(response.errors).toBeUndefined();
    expect(response.data?.updateOpportunity.achievement?.id).toBe(
      achievement.id,
    );
  });

  it('rejects a malformed badge id', async () => {
    const response = await createListing('not-an-id');

    expect(response.errors?.[0]?.extensions?.field).toBe(
      'input.listing.achievementId',
    );
  });
});
