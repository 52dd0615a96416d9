import {
  addMember,
  createOrganisation,
  createUser,
  type TestUser,
} from './support/accounts.js';
import { insertAchievement } from './support/authorisation/credential-cases.js';
import { clearListings, createOpportunity } from './support/factories.js';
import { buildPathway, clearPathways, issueTo } from './support/pathways.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const KATOOMBA = { latitude: -33.7125, longitude: 150.3119 };

const NEARBY = `query ($id: ID!, $near: NearInput, $missingOnly: Boolean) {
  pathwayOpportunities(pathwayId: $id, near: $near, radiusKm: 50,
                       missingOnly: $missingOnly) {
    position
    opportunities { distanceKm opportunity { id title } }
  }
}`;

const NEAR_ME = `query ($near: NearInput, $radiusKm: Float) {
  pathways(near: $near, radiusKm: $radiusKm) {
    edges { distanceKm node { id } }
  }
}`;

interface NearbyView {
  pathwayOpportunities: {
    position: number;
    opportunities: { distanceKm: number; opportunity: { title: string } }[];
  }[];
}

let api: TestApp;
let organisationId: string;
let owner: TestUser;
let badgeA: string;
let badgeB: string;
let pathwayId: string;

async function listingAt(title: string, at: [number, number], badge: string) {
  const id = await createOpportunity(api.dataSource, {
    title,
    providerId: organisationId,
    at,
  });
  await api.dataSource.query(
    'UPDATE opportunities SET achievement_id = $2 WHERE id = $1',
    [id, badge],
  );
}

beforeAll(async () => {
  api = await startTestApp();
  await clearPathways(api.dataSource);
  await clearListings(api.dataSource);
  organisationId = await createOrganisation(api.dataSource, 'provider');
  owner = await createUser(api.dataSource);
  await addMember(api.dataSource, organisationId, owner.id, 'owner');
  badgeA = await insertAchievement(api.dataSource, organisationId);
  badgeB = await insertAchievement(api.dataSource, organisationId);
  const goal = await insertAchievement(api.dataSource, organisationId);
  await listingAt('Leura workshop', [-33.7167, 150.3333], badgeA);
  await listingAt('Penrith workshop', [-33.7511, 150.6942], badgeA);
  await listingAt('Blackheath workshop', [-33.6333, 150.2833], badgeA);
  await listingAt('Sydney workshop', [-33.8688, 151.2093], badgeB);
  pathwayId = await buildPathway(api, owner, {
    organisationId,
    goalAchievementId: goal,
    steps: [
      { options: [{ achievementId: badgeA }] },
      { options: [{ achievementId: badgeB }] },
    ],
  });
});

afterAll(async () => {
  await clearPathways(api.dataSource);
  await api.close();
});

describe('opportunities per step', () => {
  it('come nearest first within the radius', async () => {
    const response = await api.graphql<NearbyView>(NEARBY, {
      id: pathwayId,
      near: KATOOMBA,
    });

    expect(response.errors).toBeUndefined();
    const [first, second] = response.data!.pathwayOpportunities;
    expect(first!.opportunities.map((item) => item.opportunity.title)).toEqual([
      'Leura workshop',
      'Blackheath workshop',
      'Penrith workshop',
    ]);
    const distances = first!.opportunities.map((item) => item.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(distances[0]).toBeGreaterThan(1.5);
    expect(distances[0]).toBeLessThan(3);
    // Sydney is about 85 km from Katoomba, outside the 50 km radius.
    expect(second!.opportunities).toEqual([]);
  });

  it('skips met steps for a learner', async () => {
    const learner = await createUser(api.dataSource);
    await issueTo(api, organisationId, badgeA, learner);

    const response = await api.graphql<NearbyView>(
      NEARBY,
      { id: pathwayId, near: KATOOMBA, missingOnly: true },
      { cookie: learner.cookie },
    );

    expect(
      response.data!.pathwayOpportunities.map((step) => step.position),
    ).toEqual([2]);
  });

  it('rejects a radius above 200 km', async () => {
    const response = await api.graphql(NEAR_ME, {
      near: KATOOMBA,
      radiusKm: 500,
    });

    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/radiusKm is 500/);
  });
});

describe('pathways near me', () => {
  it('lists pathways with a step nearby', async () => {
    const near = await api.graphql<{
      pathways: { edges: { distanceKm: number; node: { id: string } }[] };
    }>(NEAR_ME, { near: KATOOMBA, radiusKm: 10 });
    const far = await api.graphql<{
      pathways: { edges: unknown[] };
    }>(NEAR_ME, {
      near: { latitude: -35.12, longitude: 147.37 },
      radiusKm: 10,
    });

    expect(near.data!.pathways.edges.map((edge) => edge.node.id)).toEqual([
      pathwayId,
    ]);
    expect(near.data!.pathways.edges[0]!.distanceKm).toBeLessThan(3);
    expect(far.data!.pathways.edges).toEqual([]);
  });
});
