import { randomUUID } from 'node:crypto';

import { AwardJobRunner } from '../src/modules/awards/award-job-runner.service.js';
import { recipientKey } from '../src/modules/awards/award-job-runner.service.js';
import {
  addMember,
  createOrganisation,
  createUser,
  type TestUser,
} from './support/accounts.js';
import {
  clearCredentials,
  insertAchievement,
  issueCredential,
} from './support/authorisation/credential-cases.js';
import { errorOf, pastSession, registration } from './support/awards.js';
import { clearListings } from './support/factories.js';
import { readOutbox } from './support/outbox.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const START = `mutation ($input: StartBulkAwardInput!) {
  startBulkAward(input: $input) { id status total succeeded failed }
}`;

const JOB = `query ($id: ID!) {
  awardJob(id: $id) {
    id status total succeeded failed finishedAt
    failures { recipient code message }
  }
}`;

interface Job {
  id: string;
  status: string;
  total: number;
  succeeded: number;
  failed: number;
  finishedAt: string | null;
  failures: { recipient: string; code: string; message: string }[];
}

let api: TestApp;
let providerId: string;
let owner: TestUser;

beforeAll(async () => {
  api = await startTestApp();
  await clearCredentials(api.dataSource);
  await clearListings(api.dataSource);
  providerId = await createOrganisation(api.dataSource, 'provider');
  owner = await createUser(api.dataSource);
  await addMember(api.dataSource, providerId, owner.id, 'owner');
});

afterAll(async () => {
  await clearCredentials(api.dataSource);
  await api.close();
});

async function start(input: Record<string, unknown>, user = owner) {
  return api.graphql<{ startBulkAward: Job }>(
    START,
    { input: { idempotencyKey: randomUUID(), ...input } },
    { cookie: user.cookie },
  );
}

async function job(id: string, user = owner): Promise<Job> {
  const response = await api.graphql<{ awardJob: Job }>(
    JOB,
    { id },
    { cookie: user.cookie },
  );
  expect(response.errors).toBeUndefined();

  return response.data!.awardJob;
}

/** Polls until the job finishes, recording each state seen on the way. */
async function finished(id: string, seen: Job[] = []): Promise<Job> {
  for (;;) {
    const current = await job(id);
    seen.push(current);
    if (current.status === 'FINISHED') return current;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('startBulkAward', () => {
  it('awards every attended learner of a session once, and the extra addresses', async () => {
    const achievementId = await insertAchievement(api.dataSource, providerId);
    const sessionId = await pastSession(api.dataSource, providerId);
    const learners = await Promise.all(
      [0, 1, 2].map(() => createUser(api.dataSource)),
    );
    await registration(api.dataSource, sessionId, learners[0]!);
    await registration(api.dataSource, sessionId, learners[1]!);
    await registration(api.dataSource, sessionId, learners[2]!, 'absent');

    const response = await start({
      achievementId,
      sessionId,
      emails: [learners[0]!.email.toUpperCase(), 'extra@example.org'],
    });

    expect(response.errors).toBeUndefined();
    expect(response.data!.startBulkAward.total).toBe(3);
    const done = await finished(response.data!.startBulkAward.id);
    expect(done).toMatchObject({ succeeded: 3, failed: 0, failures: [] });
    const rows: { recipient_email: string; registration_id: string | null }[] =
      await api.dataSource.query(
        `SELECT recipient_email, registration_id FROM credentials
          WHERE achievement_id = $1 ORDER BY recipient_email`,
        [achievementId],
      );
    expect(rows.map((row) => row.recipient_email).sort()).toEqual(
      [learners[0]!.email, learners[1]!.email, 'extra@example.org'].sort(),
    );
  });

  it('returns the same job for the same key and reports already awarded learners', async () => {
    const achievementId = await insertAchievement(api.dataSource, providerId);
    const sessionId = await pastSession(api.dataSource, providerId);
    const learner = await createUser(api.dataSource);
    const registrationId = await registration(
      api.dataSource,
      sessionId,
      learner,
    );
    await issueCredential(api, {
      organisationId: providerId,
      achievementId,
      registrationId,
      recipient: { userId: learner.id, email: learner.email },
    });
    const input = { achievementId, sessionId, idempotencyKey: randomUUID() };

    const first = await start(input);
    const second = await start(input);

    expect(second.data!.startBulkAward.id).toBe(first.data!.startBulkAward.id);
    const done = await finished(first.data!.startBulkAward.id);
    expect(done.failures).toEqual([
      expect.objectContaining({
        recipient: learner.email,
        code: 'ALREADY_AWARDED',
      }),
    ]);
  });

  it('rejects more than 1000 addresses and a session of another organisation', async () => {
    const achievementId = await insertAchievement(api.dataSource, providerId);
    const tooMany = await start({
      achievementId,
      emails: Array.from({ length: 1001 }, (_, n) => `l${n}@example.org`),
    });
    const foreign = await start({
      achievementId,
      sessionId: await pastSession(
        api.dataSource,
        await createOrganisation(api.dataSource, 'provider'),
      ),
    });

    expect(errorOf(tooMany)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.emails',
    });
    expect(errorOf(foreign)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.sessionId',
    });
  });

  it('shows the job to members only', async () => {
    const achievementId = await insertAchievement(api.dataSource, providerId);
    const response = await start({ achievementId, emails: ['a@example.org'] });
    const outsider = await createUser(api.dataSource);

    const seen = await api.graphql(
      JOB,
      { id: response.data!.startBulkAward.id },
      { cookie: outsider.cookie },
    );

    expect(errorOf(seen).code).toBe('FORBIDDEN');
    await finished(response.data!.startBulkAward.id);
  });

  // Each badge is signed twice, as Data Integrity and as VC-JWT. On two
  // shared cores that took about 50 ms a badge, so this runs about a minute.
  it('awards 1000 addresses with progress on the way and failures listed', async () => {
    const achievementId = await insertAchievement(api.dataSource, providerId);
    const emails = Array.from(
      { length: 1000 },
      (_, n) => `bulk-${n}@example.org`,
    );
    const started = Date.now();

    const response = await start({
      achievementId,
      emails: [...emails, 'not-an-address', 'also bad@', emails[5]!],
    });

    expect(response.errors).toBeUndefined();
    expect(response.data!.startBulkAward.total).toBe(1002);
    const seen: Job[] = [];
    const done = await finished(response.data!.startBulkAward.id, seen);
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(`Bulk award of 1000 badges took ${seconds} s\n`);
    expect(
      seen.some((each) => each.succeeded > 0 && each.succeeded < 1000),
    ).toBe(true);
    expect(done).toMatchObject({ succeeded: 1000, failed: 2 });
    expect(done.failures.map((each) => each.recipient).sort()).toEqual([
      'also bad@',
      'not-an-address',
    ]);
    expect(done.failures[0]!.code).toBe('INVALID_EMAIL');
    const counted: { count: number }[] = await api.dataSource.query(
      'SELECT count(*)::int AS count FROM credentials WHERE achievement_id = $1',
      [achievementId],
    );
    expect(counted[0]!.count).toBe(1000);
    const mail = await readOutbox(api.outboxDir);
    expect(mail.filter((each) => each.to.startsWith('bulk-'))).toHaveLength(
      1000,
    );
  }, 600_000);
});

describe('resuming after a restart', () => {
  it('finishes a running job without issuing twice', async () => {
    const achievementId = await insertAchievement(api.dataSource, providerId);
    const recipients = ['r1', 'r2', 'r3'].map((name) => ({
      email: `${name}@example.org`,
      registrationId: null,
    }));
    const [row]: { id: string }[] = await api.dataSource.query(
      `INSERT INTO award_jobs (achievement_id, idempotency_key, created_by_id,
         status, request, total, succeeded)
       VALUES ($1, $2, $3, 'running', $4, 3, 1) RETURNING id`,
      [
        achievementId,
        randomUUID(),
        owner.id,
        JSON.stringify({
          recipients,
          invalidEmails: [],
          narrative: null,
          evidence: [],
        }),
      ],
    );
    // The first recipient got a badge before the server stopped.
    const before = await issueCredential(api, {
      organisationId: providerId,
      achievementId,
      idempotencyKey: recipientKey(row!.id, recipients[0]!),
      recipient: { userId: null, email: recipients[0]!.email },
    });

    api.app.get(AwardJobRunner).onApplicationBootstrap();
    const done = await finished(row!.id);

    expect(done).toMatchObject({ succeeded: 3, failed: 0 });
    const issued: { id: string; recipient_email: string }[] =
      await api.dataSource.query(
        `SELECT id, recipient_email FROM credentials WHERE achievement_id = $1
          ORDER BY recipient_email`,
        [achievementId],
      );
    expect(issued.map((each) => each.recipient_email)).toEqual([
      'r1@example.org',
      'r2@example.org',
      'r3@example.org',
    ]);
    expect(issued[0]!.id).toBe(before.id);
  });
});
