import {
  addMember,
  createOrganisation,
  createUser,
  type TestUser,
} from './support/accounts.js';
import { insertAchievement } from './support/authorisation/credential-cases.js';
import { errorOf } from './support/awards.js';
import { clearListings } from './support/factories.js';
import {
  buildPathway,
  credentialsOf,
  ELSEWHERE_ISSUER,
  importBadge,
  issueTo,
  PATHWAY_PROGRESS,
} from './support/pathways.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PUBLIC_URL = 'https://pathways.example.org';
const EXTERNAL = 'https://badges.elsewhere.example.net/achievements/first-aid';

interface StepView {
  position: number;
  state: string;
  heldCount: number;
  requiredCount: number;
  waitingForStep: number | null;
  contributions: { kind: string; credentialId: string }[];
}

interface ProgressView {
  pathway: {
    myProgress: {
      complete: boolean;
      metCount: number;
      goalCredentialId: string | null;
      steps: StepView[];
    } | null;
  } | null;
}

let api: TestApp;
let organisationId: string;
let owner: TestUser;
let badges: string[];
let goalId: string;

async function progressOf(pathwayId: string, learner: TestUser) {
  const response = await api.graphql<ProgressView>(
    PATHWAY_PROGRESS,
    { id: pathwayId },
    { cookie: learner.cookie },
  );
  expect(response.errors).toBeUndefined();

  return response.data!.pathway!.myProgress!;
}

beforeAll(async () => {
  api = await startTestApp({ PUBLIC_URL });
  await clearListings(api.dataSource);
  organisationId = await createOrganisation(api.dataSource, 'provider', {
    name: 'Blackheath Makers',
  });
  owner = await createUser(api.dataSource);
  await addMember(api.dataSource, organisationId, owner.id, 'owner');
  badges = [];
  for (const name of ['Solder', 'Sew', 'Glue', 'Paint', 'Weld']) {
    badges.push(
      await insertAchievement(api.dataSource, organisationId, { name }),
    );
  }
  goalId = await insertAchievement(api.dataSource, organisationId, {
    name: 'Master repairer',
  });
});

afterAll(async () => {
  await api.close();
});

describe('ordered pathway', () => {
  it('keeps a later step waiting until step 1 is met', async () => {
    const learner = await createUser(api.dataSource);
    const pathwayId = await buildPathway(api, owner, {
      organisationId,
      goalAchievementId: goalId,
      ordered: true,
      steps: [
        { options: [{ achievementId: badges[0]! }] },
        { options: [{ achievementId: badges[1]! }] },
      ],
    });

    await issueTo(api, organisationId, badges[1]!, learner);
    const waiting = await progressOf(pathwayId, learner);

    expect(waiting.complete).toBe(false);
    expect(waiting.steps[0]!.state).toBe('NOT_MET');
    expect(waiting.steps[1]!.state).toBe('WAITING');
    expect(waiting.steps[1]!.waitingForStep).toBe(1);
    expect(await credentialsOf(api.dataSource, goalId, learner)).toHaveLength(
      0,
    );

    await issueTo(api, organisationId, badges[0]!, learner);
    const done = await progressOf(pathwayId, learner);

    expect(done.complete).toBe(true);
    expect(done.steps.map((step) => step.state)).toEqual(['MET', 'MET']);
    const goal = await credentialsOf(api.dataSource, goalId, learner);
    expect(goal).toHaveLength(1);
    expect(done.goalCredentialId).toBe(goal[0]!.id);
  });

  it('counts steps in any order when free', async () => {
    const learner = await createUser(api.dataSource);
    const pathwayId = await buildPathway(api, owner, {
      organisationId,
      goalAchievementId: goalId,
      steps: [
        { options: [{ achievementId: badges[0]! }] },
        { options: [{ achievementId: badges[1]! }] },
      ],
    });

    await issueTo(api, organisationId, badges[1]!, learner);
    const progress = await progressOf(pathwayId, learner);

    expect(progress.steps[1]!.state).toBe('MET');
    expect(progress.metCount).toBe(1);
  });
});

describe('any 2 of 3', () => {
  it('needs two different badges and issues one goal', async () => {
    const learner = await createUser(api.dataSource);
    const pathwayId = await buildPathway(api, owner, {
      organisationId,
      goalAchievementId: goalId,
      steps: [
        {
          requiredCount: 2,
          options: [2, 3, 4].map((index) => ({
            achievementId: badges[index]!,
          })),
        },
      ],
    });

    await issueTo(api, organisationId, badges[2]!, learner);
    const one = await progressOf(pathwayId, learner);
    expect(one.steps[0]!.state).toBe('NOT_MET');
    expect(one.steps[0]!.heldCount).toBe(1);
    expect(await credentialsOf(api.dataSource, goalId, learner)).toHaveLength(
      0,
    );

    await issueTo(api, organisationId, badges[3]!, learner);
    const two = await progressOf(pathwayId, learner);
    expect(two.steps[0]!.state).toBe('MET');
    expect(two.steps[0]!.contributions).toHaveLength(2);
    expect(await credentialsOf(api.dataSource, goalId, learner)).toHaveLength(
      1,
    );

    await issueTo(api, organisationId, badges[4]!, learner);
    const three = await progressOf(pathwayId, learner);
    expect(three.steps[0]!.heldCount).toBe(3);
    expect(await credentialsOf(api.dataSource, goalId, learner)).toHaveLength(
      1,
    );
  });
});

describe('imported badges', () => {
  it('counts a valid import and not an unverifiable one', async () => {
    const learner = await createUser(api.dataSource);
    const other = await createUser(api.dataSource);
    const pathwayId = await buildPathway(api, owner, {
      organisationId,
      goalAchievementId: goalId,
      steps: [
        {
          options: [
            {
              achievementUri: EXTERNAL,
              issuerUri: ELSEWHERE_ISSUER,
              name: 'First aid',
            },
          ],
        },
      ],
    });

    await importBadge(api.dataSource, other, EXTERNAL, 'unverifiable');
    const unverifiable = await progressOf(pathwayId, other);
    await importBadge(api.dataSource, learner, EXTERNAL, 'valid');
    const valid = await progressOf(pathwayId, learner);

    expect(unverifiable.steps[0]!.state).toBe('NOT_MET');
    expect(valid.steps[0]!.state).toBe('MET');
    expect(valid.steps[0]!.contributions[0]!.kind).toBe('imported');
  });

  it('counts an import only from the named issuer', async () => {
    const learner = await createUser(api.dataSource);
    const pathwayId = await buildPathway(api, owner, {
      organisationId,
      goalAchievementId: goalId,
      steps: [
        {
          options: [
            {
              achievementUri: EXTERNAL,
              issuerUri: ELSEWHERE_ISSUER,
              name: 'First aid',
            },
          ],
        },
      ],
    });

    await importBadge(
      api.dataSource,
      learner,
      EXTERNAL,
      'valid',
      'did:web:copies.example.net',
    );
    const progress = await progressOf(pathwayId, learner);

    expect(progress.steps[0]!.state).toBe('NOT_MET');
    expect(progress.steps[0]!.heldCount).toBe(0);
  });

  it('never counts an import for a badge designed here', async () => {
    const learner = await createUser(api.dataSource);
    const pathwayId = await buildPathway(api, owner, {
      organisationId,
      goalAchievementId: goalId,
      steps: [{ options: [{ achievementId: badges[0]! }] }],
    });

    await importBadge(
      api.dataSource,
      learner,
      `${PUBLIC_URL}/api/achievements/${badges[0]!}`,
    );
    const progress = await progressOf(pathwayId, learner);

    expect(progress.steps[0]!.state).toBe('NOT_MET');
    expect(await credentialsOf(api.dataSource, goalId, learner)).toEqual([]);
  });
});

describe('drafts', () => {
  it('hides a draft from learners', async () => {
    const learner = await createUser(api.dataSource);
    const pathwayId = await buildPathway(
      api,
      owner,
      {
        organisationId,
        goalAchievementId: goalId,
        steps: [{ options: [{ achievementId: badges[0]! }] }],
      },
      false,
    );

    const asLearner = await api.graphql(
      PATHWAY_PROGRESS,
      { id: pathwayId },
      { cookie: learner.cookie },
    );
    const asOwner = await api.graphql(
      PATHWAY_PROGRESS,
      { id: pathwayId },
      { cookie: owner.cookie },
    );
    const listed = await api.graphql<{
      pathways: { edges: { node: { id: string } }[] };
    }>(`{ pathways(first: 50) { edges { node { id } } } }`);

    expect(errorOf(asLearner).code).toBe('NOT_FOUND');
    expect(asOwner.errors).toBeUndefined();
    const ids = listed.data!.pathways.edges.map((edge) => edge.node.id);
    expect(ids).not.toContain(pathwayId);
  });
});
