import { LearnerBadgeEvents } from '../src/modules/credentials/learner-badge-events.js';
import { PathwayCompletions } from '../src/modules/pathways/pathway-completions.service.js';
import {
  type HeldBadge,
  type PathwayProgress,
  StepState,
} from '../src/modules/pathways/progress/progress.js';
import {
  addMember,
  createOrganisation,
  createUser,
  type TestUser,
} from './support/accounts.js';
import { insertAchievement } from './support/authorisation/credential-cases.js';
import { clearListings } from './support/factories.js';
import { importSigned, signBadge } from './support/pathway-credentials.js';
import {
  buildPathway,
  clearPathways,
  credentialsOf,
  PATHWAY_PROGRESS,
} from './support/pathways.js';
import { createPeerIssuer, type PeerIssuer } from './support/peer-issuer.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PUBLIC_URL = 'https://pathways.example.org';
const EXTERNAL = 'https://academy.example.net/achievements/first-aid';
const ORGANISATION_NAME = 'Katoomba Youth Hub';

interface ProgressView {
  complete: boolean;
  metCount: number;
  goalCredentialId: string | null;
  steps: { state: string; heldCount: number }[];
}

let api: TestApp;
let organisationId: string;
let owner: TestUser;
let stepOne: string;
let stepTwo: string;
let goalId: string;
let academy: PeerIssuer;
let impostor: PeerIssuer;

async function progressOf(
  pathwayId: string,
  learner: TestUser,
): Promise<ProgressView> {
  const response = await api.graphql<{
    pathway: { myProgress: ProgressView };
  }>(PATHWAY_PROGRESS, { id: pathwayId }, { cookie: learner.cookie });
  expect(response.errors).toBeUndefined();

  return response.data!.pathway.myProgress;
}

async function completionCount(pathwayId: string, learner: TestUser) {
  const rows: { count: number }[] = await api.dataSource.query(
    `SELECT count(*)::int AS count FROM pathway_completions
      WHERE pathway_id = $1 AND user_id = $2`,
    [pathwayId, learner.id],
  );

  return rows[0]!.count;
}

/** Signs a badge of our step design as the learner's own did:key issuer. */
async function selfIssued(learner: TestUser, achievementId: string) {
  const credential = await signBadge(impostor, {
    issuerName: ORGANISATION_NAME,
    achievementUri: `${PUBLIC_URL}/api/achievements/${achievementId}`,
    achievementName: 'Step badge',
    email: learner.email,
  });

  return importSigned(api, learner, credential);
}

beforeAll(async () => {
  api = await startTestApp({ PUBLIC_URL });
  await clearPathways(api.dataSource);
  await clearListings(api.dataSource);
  organisationId = await createOrganisation(api.dataSource, 'provider', {
    name: ORGANISATION_NAME,
  });
  owner = await createUser(api.dataSource);
  await addMember(api.dataSource, organisationId, owner.id, 'owner');
  stepOne = await insertAchievement(api.dataSource, organisationId);
  stepTwo = await insertAchievement(api.dataSource, organisationId);
  goalId = await insertAchievement(api.dataSource, organisationId);
  academy = await createPeerIssuer();
  impostor = await createPeerIssuer();
});

afterAll(async () => {
  await clearPathways(api.dataSource);
  await api.close();
});

describe('self-issued badges claiming our designs', () => {
  let pathwayId: string;
  let learner: TestUser;
  let imported: { id: string; status: string; issuerUri: string | null }[];

  beforeAll(async () => {
    pathwayId = await buildPathway(api, owner, {
      organisationId,
      goalAchievementId: goalId,
      steps: [
        { options: [{ achievementId: stepOne }] },
        { options: [{ achievementId: stepTwo }] },
      ],
    });
    learner = await createUser(api.dataSource);
    imported = [
      await selfIssued(learner, stepOne),
      await selfIssued(learner, stepTwo),
    ];
  });

  it('are imported as valid', () => {
    expect(imported.map((badge) => badge.status)).toEqual(['VALID', 'VALID']);
    expect(imported[0]!.issuerUri).toBe(impostor.did);
  });

  it('give no progress', async () => {
    const progress = await progressOf(pathwayId, learner);

    expect(progress.metCount).toBe(0);
    expect(progress.steps.map((step) => step.state)).toEqual([
      'NOT_MET',
      'NOT_MET',
    ]);
    expect(progress.steps.map((step) => step.heldCount)).toEqual([0, 0]);
  });

  it('earn no goal badge', async () => {
    await api.app.get(LearnerBadgeEvents).badgesChanged(learner.id);

    expect(await credentialsOf(api.dataSource, goalId, learner)).toEqual([]);
    expect(await completionCount(pathwayId, learner)).toBe(0);
  });

  it('fail the check inside the completion', async () => {
    const claimed = (index: number, achievementId: string): HeldBadge => ({
      kind: 'imported',
      credentialId: imported[index]!.id,
      achievementId,
      achievementUri: `${PUBLIC_URL}/api/achievements/${achievementId}`,
      issuerUri: impostor.did,
      name: 'Step badge',
      credentialUri: null,
    });
    const forged: PathwayProgress = {
      pathwayId,
      complete: true,
      metCount: 2,
      steps: [stepOne, stepTwo].map((achievementId, index) => ({
        stepId: `step-${index + 1}`,
        position: index + 1,
        state: StepState.MET,
        requiredCount: 1,
        heldCount: 1,
        waitingForStep: null,
        contributions: [claimed(index, achievementId)],
      })),
    };

    const completed = await api.app
      .get(PathwayCompletions)
      .complete(pathwayId, learner.id, forged);

    expect(completed).toBeNull();
    expect(await credentialsOf(api.dataSource, goalId, learner)).toEqual([]);
    expect(await completionCount(pathwayId, learner)).toBe(0);
  });
});

describe('badges from elsewhere', () => {
  let pathwayId: string;

  beforeAll(async () => {
    pathwayId = await buildPathway(api, owner, {
      organisationId,
      goalAchievementId: goalId,
      steps: [
        {
          options: [
            {
              achievementUri: EXTERNAL,
              issuerUri: academy.did,
              name: 'First aid',
            },
          ],
        },
      ],
    });
  });

  async function importFrom(issuer: PeerIssuer, learner: TestUser) {
    const credential = await signBadge(issuer, {
      issuerName: 'Mountains First Aid Academy',
      achievementUri: EXTERNAL,
      achievementName: 'First aid',
      email: learner.email,
    });

    return importSigned(api, learner, credential);
  }

  it('count from the named issuer', async () => {
    const learner = await createUser(api.dataSource);

    const badge = await importFrom(academy, learner);

    expect(badge.status).toBe('VALID');
    const progress = await progressOf(pathwayId, learner);
    expect(progress.steps[0]!.state).toBe('MET');
    expect(progress.complete).toBe(true);
    expect(progress.goalCredentialId).not.toBeNull();
    expect(await credentialsOf(api.dataSource, goalId, learner)).toHaveLength(
      1,
    );
  });

  it('do not count from another issuer', async () => {
    const learner = await createUser(api.dataSource);

    const badge = await importFrom(impostor, learner);

    expect(badge.status).toBe('VALID');
    const progress = await progressOf(pathwayId, learner);
    expect(progress.steps[0]!.state).toBe('NOT_MET');
    expect(progress.steps[0]!.heldCount).toBe(0);
    expect(await credentialsOf(api.dataSource, goalId, learner)).toEqual([]);
    expect(await completionCount(pathwayId, learner)).toBe(0);
  });
});
