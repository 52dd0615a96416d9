import { CredentialStatus } from '../src/modules/credentials/credential.entity.js';
import { LearnerBadgeEvents } from '../src/modules/credentials/learner-badge-events.js';
import { CredentialStatusService } from '../src/modules/credentials/status/credential-status.service.js';
import { PathwayCompletions } from '../src/modules/pathways/pathway-completions.service.js';
import { PathwayLearning } from '../src/modules/pathways/pathway-learning.service.js';
import {
  addMember,
  createOrganisation,
  createUser,
  type TestUser,
} from './support/accounts.js';
import { insertAchievement } from './support/authorisation/credential-cases.js';
import { awardBadge } from './support/awards.js';
import { clearListings } from './support/factories.js';
import {
  buildPathway,
  clearPathways,
  credentialsOf,
  ELSEWHERE_ISSUER,
  importBadge,
  issueQuietly,
} from './support/pathways.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PUBLIC_URL = 'https://pathways.example.org';
const IMPORTED = 'https://badges.elsewhere.example.net/achievements/rsa';

let api: TestApp;
let organisationId: string;
let owner: TestUser;
let stepOne: string;
let stepTwo: string;
let goalId: string;

async function twoStepPathway(goal = goalId, ordered = false) {
  return buildPathway(api, owner, {
    organisationId,
    goalAchievementId: goal,
    ordered,
    steps: [
      { options: [{ achievementId: stepOne }] },
      {
        options: [
          {
            achievementUri: IMPORTED,
            issuerUri: ELSEWHERE_ISSUER,
            name: 'Responsible service',
          },
        ],
      },
    ],
  });
}

async function candidateFor(pathwayId: string, learner: TestUser) {
  const progress = await api.app
    .get(PathwayLearning)
    .progress(learner.id, [pathwayId]);

  return progress.get(pathwayId)!;
}

function completionCount(pathwayId: string, learner: TestUser) {
  return api.dataSource
    .query(
      `SELECT count(*)::int AS count FROM pathway_completions
        WHERE pathway_id = $1 AND user_id = $2`,
      [pathwayId, learner.id],
    )
    .then((rows: { count: number }[]) => rows[0]!.count);
}

beforeAll(async () => {
  api = await startTestApp({ PUBLIC_URL });
  await clearPathways(api.dataSource);
  await clearListings(api.dataSource);
  organisationId = await createOrganisation(api.dataSource, 'provider', {
    name: 'Katoomba Youth Hub',
  });
  owner = await createUser(api.dataSource);
  await addMember(api.dataSource, organisationId, owner.id, 'owner');
  stepOne = await insertAchievement(api.dataSource, organisationId);
  stepTwo = await insertAchievement(api.dataSource, organisationId);
  goalId = await insertAchievement(api.dataSource, organisationId, {
    name: 'Hospitality ready',
  });
});

afterAll(async () => {
  await clearPathways(api.dataSource);
  await api.close();
});

describe('goal badge', () => {
  it('carries the contributing badges as evidence', async () => {
    const learner = await createUser(api.dataSource);
    const pathwayId = await twoStepPathway();
    const issued = await issueQuietly(api, organisationId, stepOne, learner);
    await importBadge(api.dataSource, learner, IMPORTED);

    await api.app.get(LearnerBadgeEvents).badgesChanged(learner.id);

    const [goal] = await credentialsOf(api.dataSource, goalId, learner);
    expect(goal!.idempotency_key).toBe(`pathway:${pathwayId}:${learner.id}`);
    const evidence: { url: string; narrative: string }[] =
      await api.dataSource.query(
        'SELECT url, narrative FROM credential_evidence WHERE credential_id = $1 ORDER BY url',
        [goal!.id],
      );
    expect(evidence).toHaveLength(2);
    expect(evidence[0]!.url).toMatch(
      /^https:\/\/elsewhere\.example\.net\/credentials\//,
    );
    expect(evidence[1]!.url).toBe(`${PUBLIC_URL}/badges/${issued}`);
    expect(evidence[1]!.narrative).toMatch(
      /^Counted for step 1 of the pathway/,
    );
  });

  it('is issued when an award reaches a known learner', async () => {
    const learner = await createUser(api.dataSource);
    const pathwayId = await twoStepPathway();
    await importBadge(api.dataSource, learner, IMPORTED);

    const awarded = await awardBadge(api, owner, {
      achievementId: stepOne,
      email: learner.email,
    });

    expect(awarded.errors).toBeUndefined();
    expect(await credentialsOf(api.dataSource, goalId, learner)).toHaveLength(
      1,
    );
    expect(await completionCount(pathwayId, learner)).toBe(1);
  });

  it('is issued when a suspended step badge is reinstated', async () => {
    const learner = await createUser(api.dataSource);
    await twoStepPathway();
    const statuses = api.app.get(CredentialStatusService);
    const step = await issueQuietly(api, organisationId, stepOne, learner);
    await statuses.changeStatus(
      step,
      CredentialStatus.SUSPENDED,
      'Check',
      null,
    );
    await importBadge(api.dataSource, learner, IMPORTED);
    await api.app.get(LearnerBadgeEvents).badgesChanged(learner.id);
    expect(await credentialsOf(api.dataSource, goalId, learner)).toHaveLength(
      0,
    );

    await statuses.changeStatus(step, CredentialStatus.ACTIVE, 'Checked', null);

    expect(await credentialsOf(api.dataSource, goalId, learner)).toHaveLength(
      1,
    );
  });

  it('completes a pathway whose step is another goal', async () => {
    const learner = await createUser(api.dataSource);
    const outerGoal = await insertAchievement(api.dataSource, organisationId);
    await twoStepPathway();
    await buildPathway(api, owner, {
      organisationId,
      goalAchievementId: outerGoal,
      steps: [
        { options: [{ achievementId: goalId }] },
        { options: [{ achievementId: stepTwo }] },
      ],
    });
    await issueQuietly(api, organisationId, stepTwo, learner);
    await issueQuietly(api, organisationId, stepOne, learner);
    await importBadge(api.dataSource, learner, IMPORTED);

    await api.app.get(LearnerBadgeEvents).badgesChanged(learner.id);

    expect(await credentialsOf(api.dataSource, goalId, learner)).toHaveLength(
      1,
    );
    expect(
      await credentialsOf(api.dataSource, outerGoal, learner),
    ).toHaveLength(1);
  });
});

describe('revocation', () => {
  it('stops a completion read before the revocation', async () => {
    const learner = await createUser(api.dataSource);
    const pathwayId = await twoStepPathway();
    const step = await issueQuietly(api, organisationId, stepOne, learner);
    await importBadge(api.dataSource, learner, IMPORTED);
    const stale = await candidateFor(pathwayId, learner);
    expect(stale.complete).toBe(true);

    await api.app
      .get(CredentialStatusService)
      .changeStatus(step, CredentialStatus.REVOKED, 'Issued in error', null);
    const completed = await api.app
      .get(PathwayCompletions)
      .complete(pathwayId, learner.id, stale);

    expect(completed).toBeNull();
    expect(await credentialsOf(api.dataSource, goalId, learner)).toHaveLength(
      0,
    );
  });

  it('waits for a revocation holding the lock', async () => {
    const learner = await createUser(api.dataSource);
    const pathwayId = await twoStepPathway();
    const step = await issueQuietly(api, organisationId, stepOne, learner);
    await importBadge(api.dataSource, learner, IMPORTED);
    const stale = await candidateFor(pathwayId, learner);
    const revoker = api.dataSource.createQueryRunner();
    await revoker.connect();
    await revoker.startTransaction();
    await revoker.query('SELECT id FROM credentials WHERE id = $1 FOR UPDATE', [
      step,
    ]);

    let settled = false;
    const pending = api.app
      .get(PathwayCompletions)
      .complete(pathwayId, learner.id, stale)
      .finally(() => {
        settled = true;
      });
    await new Promise((resolve) => setTimeout(resolve, 400));
    const settledWhileLocked = settled;
    await revoker.query(
      `UPDATE credentials SET status = 'revoked' WHERE id = $1`,
      [step],
    );
    await revoker.commitTransaction();
    await revoker.release();

    expect(settledWhileLocked).toBe(false);
    expect(await pending).toBeNull();
    expect(await credentialsOf(api.dataSource, goalId, learner)).toHaveLength(
      0,
    );
    expect(await completionCount(pathwayId, learner)).toBe(0);
  });
});

describe('concurrent completions', () => {
  it('issue exactly one goal badge', async () => {
    const learner = await createUser(api.dataSource);
    const pathwayId = await twoStepPathway();
    await issueQuietly(api, organisationId, stepOne, learner);
    await importBadge(api.dataSource, learner, IMPORTED);
    const candidate = await candidateFor(pathwayId, learner);
    const events = api.app.get(LearnerBadgeEvents);
    const completions = api.app.get(PathwayCompletions);

    const results = await Promise.all([
      ...Array.from({ length: 4 }, () => events.badgesChanged(learner.id)),
      ...Array.from({ length: 4 }, () =>
        completions.complete(pathwayId, learner.id, candidate),
      ),
    ]);

    const winners = results.filter((result) => typeof result === 'string');
    expect(winners.length).toBeLessThanOrEqual(1);
    expect(await credentialsOf(api.dataSource, goalId, learner)).toHaveLength(
      1,
    );
    expect(await completionCount(pathwayId, learner)).toBe(1);
  });
});
