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
  storedFile,
} from './support/awards.js';
import { clearListings } from './support/factories.js';
import { lastMessageTo } from './support/outbox.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PUBLIC_URL = 'https://badges.example.org';

let api: TestApp;
let providerId: string;
let otherProviderId: string;
let achievementId: string;
let sessionId: string;
const staff = {} as Record<
  'owner' | 'awarder' | 'editor' | 'otherOwner',
  TestUser
>;

beforeAll(async () => {
  api = await startTestApp({ PUBLIC_URL });
  const ds = api.dataSource;
  await clearCredentials(ds);
  await clearListings(ds);
  providerId = await createOrganisation(ds, 'provider', {
    name: 'Blue Mountains Bushcare',
  });
  otherProviderId = await createOrganisation(ds, 'provider');
  for (const role of ['owner', 'awarder', 'editor'] as const) {
    staff[role] = await createUser(ds, { name: `Staff ${role}` });
    await addMember(ds, providerId, staff[role].id, role);
  }
  staff.otherOwner = await createUser(ds);
  await addMember(ds, otherProviderId, staff.otherOwner.id, 'owner');
  achievementId = await insertAchievement(ds, providerId, {
    name: 'Weed Warrior',
  });
  sessionId = await pastSession(ds, providerId);
});

afterAll(async () => {
  await clearCredentials(api.dataSource);
  await api.close();
});

async function credentialRows(where: string, parameters: unknown[]) {
  return api.dataSource.query(
    `SELECT id, registration_id, recipient_user_id, recipient_email,
            issued_by_id FROM credentials WHERE ${where}`,
    parameters,
  );
}

describe('awardBadge to an attended learner', () => {
  it('issues the badge, links the registration and e-mails the learner', async () => {
    const learner = await createUser(api.dataSource, { name: 'Ari Learner' });
    const registrationId = await registration(
      api.dataSource,
      sessionId,
      learner,
    );

    const response = await awardBadge(api, staff.awarder, {
      achievementId,
      registrationId,
      narrative: 'Cleared lantana from the creek bank.',
      evidence: [{ url: 'https://example.org/photos/1', name: 'Photos' }],
    });

    expect(response.errors).toBeUndefined();
    const credential = response.data!.awardBadge;
    expect(credential.status).toBe('ACTIVE');
    expect(credential.shared).toBe(false);
    expect(credential.recipientEmail).toBe(learner.email);
    expect(credential.narrative).toBe('Cleared lantana from the creek bank.');
    expect(credential.publicUrl).toBe(`${PUBLIC_URL}/badges/${credential.id}`);
    expect(credential.evidence).toEqual([
      expect.objectContaining({
        url: 'https://example.org/photos/1',
        name: 'Photos',
      }),
    ]);
    const [row] = await credentialRows('id = $1', [credential.id]);
    expect(row).toMatchObject({
      registration_id: registrationId,
      recipient_user_id: learner.id,
      issued_by_id: staff.awarder.id,
    });
    const mail = await lastMessageTo(api.outboxDir, learner.email);
    expect(mail.subject).toBe('You earned "Weed Warrior"');
    expect(mail.text).toContain(`${PUBLIC_URL}/badges/${credential.id}`);
    expect(mail.text).toContain('Hello Ari Learner');
  });

  it('refuses a second award for the same registration with CONFLICT', async () => {
    const learner = await createUser(api.dataSource);
    const registrationId = await registration(
      api.dataSource,
      sessionId,
      learner,
    );
    const first = await awardBadge(api, staff.owner, {
      achievementId,
      registrationId,
    });
    expect(first.errors).toBeUndefined();

    const second = await awardBadge(api, staff.owner, {
      achievementId,
      registrationId,
    });

    expect(errorOf(second)).toMatchObject({ code: 'CONFLICT' });
    expect(errorOf(second).message).toContain(registrationId);
    expect(
      await credentialRows('registration_id = $1', [registrationId]),
    ).toHaveLength(1);
  });

  it('names the registration and the reason when it cannot be awarded', async () => {
    const absent = await registration(
      api.dataSource,
      sessionId,
      await createUser(api.dataSource),
      'absent',
    );
    const elsewhere = await registration(
      api.dataSource,
      await pastSession(api.dataSource, otherProviderId),
      await createUser(api.dataSource),
    );

    const notAttended = await awardBadge(api, staff.owner, {
      achievementId,
      registrationId: absent,
    });
    const otherOrganisation = await awardBadge(api, staff.owner, {
      achievementId,
      registrationId: elsewhere,
    });

    expect(errorOf(notAttended)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.registrationId',
    });
    expect(errorOf(notAttended).message).toMatch(
      new RegExp(`Registration ${absent} is not marked attended`),
    );
    expect(errorOf(otherOrganisation).code).toBe('BAD_USER_INPUT');
    expect(errorOf(otherOrganisation).message).toContain(
      `Registration ${elsewhere} is not a registration for a session of Blue Mountains Bushcare`,
    );
  });
});

describe('awardBadge to an e-mail address', () => {
  it('lower-cases the address and tells a newcomer how to keep the badge', async () => {
    const response = await awardBadge(api, staff.owner, {
      achievementId,
      email: '  Sam.Newcomer@Example.ORG ',
    });

    expect(response.errors).toBeUndefined();
    const { id } = response.data!.awardBadge;
    const [row] = await credentialRows('id = $1', [id]);
    expect(row).toMatchObject({
      recipient_email: 'sam.newcomer@example.org',
      recipient_user_id: null,
    });
    const mail = await lastMessageTo(api.outboxDir, 'sam.newcomer@example.org');
    expect(mail.text).toContain(
      'sign up with this address (sam.newcomer@example.org)',
    );
    expect(mail.text).toContain(`${PUBLIC_URL}/sign-up`);
  });

  it('ties the badge to the account that verified the address', async () => {
    const learner = await createUser(api.dataSource);
    const response = await awardBadge(api, staff.owner, {
      achievementId: await insertAchievement(api.dataSource, providerId),
      email: learner.email.toUpperCase(),
    });

    const [row] = await credentialRows('id = $1', [
      response.data!.awardBadge.id,
    ]);
    expect(row.recipient_user_id).toBe(learner.id);
    expect((await lastMessageTo(api.outboxDir, learner.email)).text).toContain(
      `${PUBLIC_URL}/badges/${response.data!.awardBadge.id}`,
    );
  });

  it('rejects an invalid address and a second badge for the same address', async () => {
    const email = `twice-${randomUUID().slice(0, 6)}@example.org`;
    const invalid = await awardBadge(api, staff.owner, {
      achievementId,
      email: 'not an address',
    });
    await awardBadge(api, staff.owner, { achievementId, email });
    const again = await awardBadge(api, staff.owner, { achievementId, email });

    expect(errorOf(invalid)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.email',
    });
    expect(errorOf(again).code).toBe('CONFLICT');
    expect(errorOf(again).message).toContain(
      `${email} already has "Weed Warrior"`,
    );
  });
});

describe('idempotency', () => {
  it('returns the same credential for a retried request', async () => {
    const input = {
      achievementId,
      email: `retry-${randomUUID().slice(0, 6)}@example.org`,
      idempotencyKey: randomUUID(),
    };

    const first = await awardBadge(api, staff.owner, input);
    const retry = await awardBadge(api, staff.owner, input);

    expect(retry.data!.awardBadge.id).toBe(first.data!.awardBadge.id);
  });

  it('issues once when five identical requests race', async () => {
    const learner = await createUser(api.dataSource);
    const registrationId = await registration(
      api.dataSource,
      sessionId,
      learner,
    );
    const input = {
      achievementId,
      registrationId,
      idempotencyKey: randomUUID(),
    };

    const responses = await Promise.all(
      Array.from({ length: 5 }, () => awardBadge(api, staff.owner, input)),
    );

    for (const response of responses) expect(response.errors).toBeUndefined();
    const ids = new Set(responses.map((each) => each.data!.awardBadge.id));
    expect(ids.size).toBe(1);
    expect(
      await credentialRows('registration_id = $1', [registrationId]),
    ).toHaveLength(1);
  });

  it.each([
    ['short', 'abc'],
    ['long', 'k'.repeat(201)],
  ])('rejects a %s idempotency key', async (_label, idempotencyKey) => {
    const response = await awardBadge(api, staff.owner, {
      achievementId,
      email: 'key@example.org',
      idempotencyKey,
    });

    expect(errorOf(response)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.idempotencyKey',
    });
  });
});

describe('evidence', () => {
  it('accepts an evidence file of the organisation and serves it from the API', async () => {
    const fileId = await storedFile(api.dataSource, providerId, 'evidence');

    const response = await awardBadge(api, staff.owner, {
      achievementId,
      email: `evidence-${randomUUID().slice(0, 6)}@example.org`,
      evidence: [{ fileId, name: 'Poster', narrative: 'Made at the session.' }],
    });

    expect(response.errors).toBeUndefined();
    expect(response.data!.awardBadge.evidence).toEqual([
      expect.objectContaining({
        url: `${PUBLIC_URL}/api/files/${fileId}`,
        name: 'Poster',
        contentType: 'image/png',
        fileSha256: 'ab'.repeat(32),
      }),
    ]);
  });

  it.each([
    [
      'a file of another organisation',
      async () => ({
        fileId: await storedFile(api.dataSource, otherProviderId, 'evidence'),
      }),
    ],
    [
      'a badge image file',
      async () => ({
        fileId: await storedFile(
          api.dataSource,
          providerId,
          'achievement_image',
        ),
      }),
    ],
    ['a non-web link', () => Promise.resolve({ url: 'ftp://example.org/x' })],
    [
      'both a file and a link',
      async () => ({
        fileId: await storedFile(api.dataSource, providerId, 'evidence'),
        url: 'https://example.org',
      }),
    ],
  ])('rejects %s', async (_label, item) => {
    const response = await awardBadge(api, staff.owner, {
      achievementId,
      email: 'rejected@example.org',
      evidence: [await item()],
    });

    expect(errorOf(response).code).toBe('BAD_USER_INPUT');
    expect(errorOf(response).field).toMatch(/^input\.evidence\.0/);
  });

  it('rejects more than 10 items and a narrative over 2000 characters', async () => {
    const many = await awardBadge(api, staff.owner, {
      achievementId,
      email: 'many@example.org',
      evidence: Array.from({ length: 11 }, (_, index) => ({
        url: `https://example.org/${index}`,
      })),
    });
    const long = await awardBadge(api, staff.owner, {
      achievementId,
      email: 'long@example.org',
      narrative: 'x'.repeat(2001),
    });

    expect(errorOf(many)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.evidence',
    });
    expect(errorOf(long)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.narrative',
    });
  });
});

describe('who may award', () => {
  it('refuses editors and other organisations', async () => {
    for (const user of [staff.editor, staff.otherOwner]) {
      const response = await awardBadge(api, user, {
        achievementId,
        email: 'nobody@example.org',
      });

      expect(errorOf(response).code).toBe('FORBIDDEN');
    }
  });

  it('asks an awarder to verify their e-mail address first', async () => {
    const unverified = await createUser(api.dataSource, { verified: false });
    await addMember(api.dataSource, providerId, unverified.id, 'awarder');

    const response = await awardBadge(api, unverified, {
      achievementId,
      email: 'nobody@example.org',
    });

    expect(errorOf(response)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'EMAIL_NOT_VERIFIED',
    });
  });

  it('refuses an archived badge', async () => {
    const archived = await insertAchievement(api.dataSource, providerId);
    await api.dataSource.query(
      'UPDATE achievements SET archived_at = now() WHERE id = $1',
      [archived],
    );

    const response = await awardBadge(api, staff.owner, {
      achievementId: archived,
      email: 'nobody@example.org',
    });

    expect(errorOf(response)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.achievementId',
    });
  });
});
