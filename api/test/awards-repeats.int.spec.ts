import { randomUUID } from 'node:crypto';

import {
  addMember,
  createOrganisation,
  createUser,
  type TestUser,
} from './support/accounts.js';
import {
  clearCredentials,
  insertAchievement,
} from './support/authorisation/credential-cases.js';
import {
  awardBadge,
  errorOf,
  pastSession,
  registration,
} from './support/awards.js';
import { clearListings, createOpportunity } from './support/factories.js';
import { lastMessageTo } from './support/outbox.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PUBLIC_URL = 'https://badges.example.org';
const HOUR = 3_600_000;

const CREATE_CODE = `mutation ($input: CreateClaimCodeInput!) {
  createClaimCode(input: $input) { id code }
}`;
const REDEEM = `mutation ($input: RedeemClaimCodeInput!) {
  redeemClaimCode(input: $input) { id }
}`;
const START_BULK = `mutation ($input: StartBulkAwardInput!) {
  startBulkAward(input: $input) { id }
}`;

let api: TestApp;
let providerId: string;
let owner: TestUser;

beforeAll(async () => {
  api = await startTestApp({ PUBLIC_URL });
  await clearCredentials(api.dataSource);
  await clearListings(api.dataSource);
  providerId = await createOrganisation(api.dataSource, 'provider', {
    name: 'Leura Rangers',
  });
  owner = await createUser(api.dataSource);
  await addMember(api.dataSource, providerId, owner.id, 'owner');
});

afterAll(async () => {
  await clearCredentials(api.dataSource);
  await api.close();
});

async function newCode(achievementId: string, sessionId?: string) {
  const response = await api.graphql<{ createClaimCode: { code: string } }>(
    CREATE_CODE,
    {
      input: {
        achievementId,
        sessionId,
        expiresAt: new Date(Date.now() + 24 * HOUR).toISOString(),
      },
    },
    { cookie: owner.cookie },
  );
  expect(response.errors).toBeUndefined();

  return response.data!.createClaimCode.code;
}

function redeem(user: TestUser, code: string) {
  return api.graphql<{ redeemClaimCode: { id: string } }>(
    REDEEM,
    { input: { code } },
    { cookie: user.cookie },
  );
}

async function revoke(credentialId: string): Promise<void> {
  await api.dataSource.query(
    "UPDATE credentials SET status = 'revoked' WHERE id = $1",
    [credentialId],
  );
}

async function sessionStarting(inMs: number): Promise<string> {
  const opportunityId = await createOpportunity(api.dataSource, {
    title: `Night walk ${randomUUID().slice(0, 6)}`,
    providerId,
    sessions: [new Date(Date.now() + inMs)],
  });
  const [session]: { id: string }[] = await api.dataSource.query(
    'SELECT id FROM opportunity_sessions WHERE opportunity_id = $1',
    [opportunityId],
  );

  return session!.id;
}

describe('claim codes for a badge the learner holds', () => {
  it('refuses a second badge until the first is revoked', async () => {
    const achievementId = await insertAchievement(api.dataSource, providerId, {
      name: 'Frog Counter',
    });
    const learner = await createUser(api.dataSource);
    const sessionId = await pastSession(api.dataSource, providerId);
    const registrationId = await registration(
      api.dataSource,
      sessionId,
      learner,
    );
    const awarded = await awardBadge(api, owner, {
      achievementId,
      registrationId,
    });
    const code = await newCode(achievementId);

    const refused = await redeem(learner, code);
    await revoke(awarded.data!.awardBadge.id);
    const afterRevoking = await redeem(learner, code);

    expect(errorOf(refused)).toMatchObject({
      code: 'CONFLICT',
      field: 'input.code',
      message: `${learner.email} already has "Frog Counter" (credential ${awarded.data!.awardBadge.id}); a claim code cannot give the same badge twice unless the earlier one is revoked.`,
    });
    expect(afterRevoking.errors).toBeUndefined();
  });

  it('counts a badge sent to the verified address before sign-up', async () => {
    const achievementId = await insertAchievement(api.dataSource, providerId);
    const email = `later-${randomUUID().slice(0, 8)}@example.org`;
    const awarded = await awardBadge(api, owner, { achievementId, email });
    expect(awarded.errors).toBeUndefined();
    const learner = await createUser(api.dataSource, { email });

    const refused = await redeem(learner, await newCode(achievementId));

    expect(errorOf(refused).message).toMatch(/already has/);
  });
});

describe('claim codes tied to a session', () => {
  it('are for learners registered and not marked absent', async () => {
    const achievementId = await insertAchievement(api.dataSource, providerId);
    const sessionId = await pastSession(api.dataSource, providerId);
    const code = await newCode(achievementId, sessionId);
    const [stranger, absent, waitlisted, present] = await Promise.all(
      Array.from({ length: 4 }, () => createUser(api.dataSource)),
    );
    await registration(api.dataSource, sessionId, absent!, 'absent');
    await registration(api.dataSource, sessionId, present!, null);
    await api.dataSource.query(
      `INSERT INTO registrations (session_id, user_id, status)
       VALUES ($1, $2, 'waitlisted')`,
      [sessionId, waitlisted!.id],
    );

    const responses = await Promise.all(
      [stranger, absent, waitlisted, present].map((user) =>
        redeem(user!, code),
      ),
    );

    expect(responses.map((each) => errorOf(each).message)).toEqual([
      expect.stringContaining('you have no registration for it'),
      expect.stringContaining('you are marked absent'),
      expect.stringContaining('your registration is waitlisted'),
      '',
    ]);
    expect(errorOf(responses[0]!).code).toBe('FORBIDDEN');
  });

  it('work only once attendance at the session opens', async () => {
    const achievementId = await insertAchievement(api.dataSource, providerId);
    const later = await sessionStarting(3 * HOUR);
    const soon = await sessionStarting(HOUR / 2);
    const learner = await createUser(api.dataSource);
    await registration(api.dataSource, later, learner, null);
    await registration(api.dataSource, soon, learner, null);

    const early = await redeem(learner, await newCode(achievementId, later));
    const onTime = await redeem(learner, await newCode(achievementId, soon));

    expect(errorOf(early)).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(
        /^This claim code works from \S+Z, when attendance at its session opens/,
      ),
    });
    expect(onTime.errors).toBeUndefined();
  });
});

describe('idempotency keys reused for another award', () => {
  it('refuses awardBadge with the same key for another address', async () => {
    const achievementId = await insertAchievement(api.dataSource, providerId);
    const idempotencyKey = `key-${randomUUID()}`;
    const first = await awardBadge(api, owner, {
      achievementId,
      email: 'ada@example.org',
      idempotencyKey,
    });

    const retry = await awardBadge(api, owner, {
      achievementId,
      email: 'ADA@example.org',
      idempotencyKey,
    });
    const reused = await awardBadge(api, owner, {
      achievementId,
      email: 'bo@example.org',
      idempotencyKey,
    });

    expect(retry.data!.awardBadge.id).toBe(first.data!.awardBadge.id);
    expect(errorOf(reused)).toMatchObject({
      code: 'CONFLICT',
      field: 'input.idempotencyKey',
      message: `idempotency key ${idempotencyKey} was already used for a different award (recipient ada@example.org, not bo@example.org); use a new key for a new award.`,
    });
  });

  it('refuses startBulkAward with the same key for another request', async () => {
    const achievementId = await insertAchievement(api.dataSource, providerId);
    const start = (emails: string[], narrative?: string) =>
      api.graphql<{ startBulkAward: { id: string } }>(
        START_BULK,
        {
          input: {
            achievementId,
            emails,
            narrative,
            idempotencyKey: 'bulk-key-1',
          },
        },
        { cookie: owner.cookie },
      );
    const first = await start(['a@example.org', 'b@example.org']);

    const retry = await start(['B@example.org', 'a@example.org']);
    const otherList = await start(['a@example.org', 'c@example.org']);
    const otherNarrative = await start(
      ['a@example.org', 'b@example.org'],
      'Led the walk.',
    );

    expect(retry.data!.startBulkAward.id).toBe(first.data!.startBulkAward.id);
    expect(errorOf(otherList)).toMatchObject({
      code: 'CONFLICT',
      message:
        'idempotency key bulk-key-1 was already used for a different award (a different list of e-mail addresses); use a new key for a new award.',
    });
    expect(errorOf(otherNarrative).message).toContain('a different narrative');
  });
});

describe('awarding a registration again', () => {
  it('says the earlier badge was revoked', async () => {
    const achievementId = await insertAchievement(api.dataSource, providerId, {
      name: 'Trail Builder',
    });
    const sessionId = await pastSession(api.dataSource, providerId);
    const learner = await createUser(api.dataSource);
    const registrationId = await registration(
      api.dataSource,
      sessionId,
      learner,
    );
    const first = await awardBadge(api, owner, {
      achievementId,
      registrationId,
    });
    const firstId = first.data!.awardBadge.id;

    const held = await awardBadge(api, owner, {
      achievementId,
      registrationId,
    });
    await revoke(firstId);
    const revoked = await awardBadge(api, owner, {
      achievementId,
      registrationId,
    });

    expect(errorOf(held).message).toBe(
      `Registration ${registrationId} has already been awarded "Trail Builder" (credential ${firstId}); a badge is awarded once per attendance.`,
    );
    const listed = await api.graphql<{
      sessionAwards: { registrationId: string; credentialId: string }[];
    }>(
      `query ($s: ID!, $a: ID!) {
        sessionAwards(sessionId: $s, achievementId: $a) {
          registrationId credentialId status
        }
      }`,
      { s: sessionId, a: achievementId },
      { cookie: owner.cookie },
    );
    expect(listed.data!.sessionAwards).toEqual([
      { registrationId, credentialId: firstId, status: 'REVOKED' },
    ]);
    expect(errorOf(revoked)).toMatchObject({
      code: 'CONFLICT',
      field: 'input.registrationId',
      message: expect.stringContaining(
        `(credential ${firstId}), and that badge was revoked; a revoked badge cannot be reissued for the same attendance`,
      ),
    });
  });
});

describe('control characters', () => {
  const CREATE = `mutation ($input: CreateAchievementInput!) {
    createAchievement(input: $input) { id }
  }`;

  function create(fields: Record<string, unknown>) {
    return api.graphql(
      CREATE,
      {
        input: {
          organisationId: providerId,
          name: 'Bird Spotter',
          description: 'Spotted birds.',
          criteriaNarrative: 'Spot ten birds.',
          achievementType: 'Badge',
          ...fields,
        },
      },
      { cookie: owner.cookie },
    );
  }

  it.each([
    [
      'a line break in the name',
      { name: 'Bird\r\nBcc: x@example.org' },
      'input.name',
    ],
    ['a tab in a tag', { tags: ['birds', 'night\tsky'] }, 'input.tags.1'],
    ['an escape in the name', { name: 'Bird \u001b[31m' }, 'input.name'],
  ])('rejects %s', async (_label, fields, field) => {
    const response = await create(fields);

    expect(errorOf(response)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field,
      message: expect.stringContaining('control character U+00'),
    });
  });

  it('keeps line breaks in a narrative and refuses other controls', async () => {
    const achievementId = await insertAchievement(api.dataSource, providerId);

    const paragraphs = await awardBadge(api, owner, {
      achievementId,
      email: `np-${randomUUID().slice(0, 8)}@example.org`,
      narrative: 'Counted frogs.\n\nLed the night walk.',
    });
    const bell = await awardBadge(api, owner, {
      achievementId,
      email: `nb-${randomUUID().slice(0, 8)}@example.org`,
      narrative: 'Counted frogs.\u0007',
    });

    expect(paragraphs.data!.awardBadge.narrative).toBe(
      'Counted frogs.\n\nLed the night walk.',
    );
    expect(errorOf(bell)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.narrative',
      message: expect.stringContaining('U+0007'),
    });
  });

  it('keeps e-mail subjects on one line for names stored earlier', async () => {
    const achievementId = await insertAchievement(api.dataSource, providerId, {
      name: 'Old\r\nName',
    });
    const email = `subject-${randomUUID().slice(0, 8)}@example.org`;

    await awardBadge(api, owner, { achievementId, email });

    expect((await lastMessageTo(api.outboxDir, email)).subject).toBe(
      'You earned "Old Name"',
    );
  });
});

describe('recipientName', () => {
  it("shows the name of the account that verified the badge's address", async () => {
    const achievementId = await insertAchievement(api.dataSource, providerId);
    const email = `named-${randomUUID().slice(0, 8)}@example.org`;
    const awarded = await awardBadge(api, owner, { achievementId, email });
    const learner = await createUser(api.dataSource, {
      email,
      name: 'Mia Okafor',
    });

    const response = await api.graphql<{
      credential: { recipientName: string | null };
    }>(
      'query ($id: ID!) { credential(id: $id) { recipientName } }',
      { id: awarded.data!.awardBadge.id },
      { cookie: learner.cookie },
    );

    expect(response.data!.credential.recipientName).toBe('Mia Okafor');
  });
});
