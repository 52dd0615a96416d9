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
import { errorOf, pastSession } from './support/awards.js';
import { clearListings } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PUBLIC_URL = 'https://badges.example.org';
const DAY = 24 * 3_600_000;

const CREATE = `mutation ($input: CreateClaimCodeInput!) {
  createClaimCode(input: $input) {
    id code claimUrl qrCodeSvg expiresAt maxRedemptions redemptionCount
    revoked sessionId
  }
}`;

const REDEEM = `mutation ($input: RedeemClaimCodeInput!) {
  redeemClaimCode(input: $input) { id status recipientEmail }
}`;

interface ClaimCode {
  id: string;
  code: string;
  claimUrl: string;
  qrCodeSvg: string;
  maxRedemptions: number | null;
  redemptionCount: number;
  revoked: boolean;
  sessionId: string | null;
}

let api: TestApp;
let providerId: string;
let achievementId: string;
let owner: TestUser;

beforeAll(async () => {
  api = await startTestApp({ PUBLIC_URL });
  await clearCredentials(api.dataSource);
  await clearListings(api.dataSource);
  providerId = await createOrganisation(api.dataSource, 'provider');
  owner = await createUser(api.dataSource);
  await addMember(api.dataSource, providerId, owner.id, 'owner');
  achievementId = await insertAchievement(api.dataSource, providerId, {
    name: 'Night Sky Observer',
  });
});

afterAll(async () => {
  await clearCredentials(api.dataSource);
  await api.close();
});

async function create(input: Record<string, unknown>) {
  return api.graphql<{ createClaimCode: ClaimCode }>(
    CREATE,
    {
      input: {
        achievementId,
        expiresAt: new Date(Date.now() + DAY).toISOString(),
        ...input,
      },
    },
    { cookie: owner.cookie },
  );
}

async function newCode(input: Record<string, unknown> = {}) {
  const response = await create(input);
  expect(response.errors).toBeUndefined();

  return response.data!.createClaimCode;
}

function redeem(user: TestUser, code: string) {
  return api.graphql<{ redeemClaimCode: { id: string; status: string } }>(
    REDEEM,
    { input: { code } },
    { cookie: user.cookie },
  );
}

describe('createClaimCode', () => {
  it('makes a grouped code from the unambiguous alphabet with its QR code', async () => {
    const sessionId = await pastSession(api.dataSource, providerId);
    const code = await newCode({ maxRedemptions: 30, sessionId });

    expect(code.code).toMatch(
      /^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{2}$/,
    );
    expect(code.claimUrl).toBe(`${PUBLIC_URL}/claim/${code.code}`);
    expect(code.qrCodeSvg).toMatch(
      /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );
    expect(code).toMatchObject({
      maxRedemptions: 30,
      redemptionCount: 0,
      revoked: false,
      sessionId,
    });
  });

  it.each([
    [
      'a past expiry',
      { expiresAt: new Date(Date.now() - 1000).toISOString() },
      'input.expiresAt',
    ],
    [
      'an expiry over a year away',
      { expiresAt: new Date(Date.now() + 400 * DAY).toISOString() },
      'input.expiresAt',
    ],
    ['no redemptions', { maxRedemptions: 0 }, 'input.maxRedemptions'],
    [
      'over 10000 redemptions',
      { maxRedemptions: 10001 },
      'input.maxRedemptions',
    ],
  ])('rejects %s', async (_label, input, field) => {
    const response = await create(input);

    expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('rejects a session of another organisation', async () => {
    const other = await createOrganisation(api.dataSource, 'provider');

    const response = await create({
      sessionId: await pastSession(api.dataSource, other),
    });

    expect(errorOf(response)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.sessionId',
    });
  });
});

describe('redeemClaimCode', () => {
  it('accepts any case without dashes and returns the same badge the second time', async () => {
    const code = await newCode();
    const learner = await createUser(api.dataSource);
    const typed = ` ${code.code.replaceAll('-', '').toLowerCase()} `;

    const first = await redeem(learner, typed);
    const second = await redeem(learner, code.code);

    expect(first.errors).toBeUndefined();
    expect(second.data!.redeemClaimCode.id).toBe(
      first.data!.redeemClaimCode.id,
    );
    const [row]: { redemption_count: number }[] = await api.dataSource.query(
      'SELECT redemption_count FROM claim_codes WHERE id = $1',
      [code.id],
    );
    expect(row!.redemption_count).toBe(1);
    const [credential]: { recipient_user_id: string; claim_code_id: string }[] =
      await api.dataSource.query(
        'SELECT recipient_user_id, claim_code_id FROM credentials WHERE id = $1',
        [first.data!.redeemClaimCode.id],
      );
    expect(credential).toEqual({
      recipient_user_id: learner.id,
      claim_code_id: code.id,
    });
  });

  it('needs a verified e-mail address', async () => {
    const code = await newCode();
    const unverified = await createUser(api.dataSource, { verified: false });

    const response = await redeem(unverified, code.code);

    expect(errorOf(response)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'EMAIL_NOT_VERIFIED',
    });
  });

  it('explains expired, withdrawn, used-up and unknown codes', async () => {
    const expired = await newCode();
    await api.dataSource.query(
      `UPDATE claim_codes SET expires_at = now() - interval '1 minute'
        WHERE id = $1`,
      [expired.id],
    );
    const revoked = await newCode();
    const revokeResponse = await api.graphql(
      `mutation ($input: RevokeClaimCodeInput!) {
        revokeClaimCode(input: $input) { id revoked }
      }`,
      { input: { claimCodeId: revoked.id } },
      { cookie: owner.cookie },
    );
    expect(revokeResponse.data).toEqual({
      revokeClaimCode: { id: revoked.id, revoked: true },
    });
    const single = await newCode({ maxRedemptions: 1 });
    await redeem(await createUser(api.dataSource), single.code);
    const learner = await createUser(api.dataSource);

    const responses = await Promise.all([
      redeem(learner, expired.code),
      redeem(learner, revoked.code),
      redeem(learner, single.code),
      redeem(learner, 'ZZZZ-ZZZZ-ZZ'),
    ]);

    expect(responses.map((each) => errorOf(each).code)).toEqual([
      'CONFLICT',
      'CONFLICT',
      'CONFLICT',
      'NOT_FOUND',
    ]);
    expect(errorOf(responses[0]!).message).toMatch(/expired on/);
    expect(errorOf(responses[1]!).message).toMatch(/withdrawn/);
    expect(errorOf(responses[2]!).message).toMatch(
      /the most times it allows \(1\)/,
    );
  });

  it('never passes the limit when learners redeem at the same time', async () => {
    const code = await newCode({ maxRedemptions: 3 });
    const learners = await Promise.all(
      Array.from({ length: 8 }, () => createUser(api.dataSource)),
    );

    const responses = await Promise.all(
      learners.map((learner) => redeem(learner, code.code)),
    );

    const succeeded = responses.filter((each) => each.errors === undefined);
    expect(succeeded).toHaveLength(3);
    for (const failed of responses.filter((each) => each.errors)) {
      expect(errorOf(failed).code).toBe('CONFLICT');
    }
    const [row]: { redemption_count: number; issued: number }[] =
      await api.dataSource.query(
        `SELECT redemption_count,
                (SELECT count(*)::int FROM credentials
                  WHERE claim_code_id = $1) AS issued
           FROM claim_codes WHERE id = $1`,
        [code.id],
      );
    expect(row).toEqual({ redemption_count: 3, issued: 3 });
  });
});

describe('achievementClaimCodes', () => {
  it('lists codes newest first for members and refuses others', async () => {
    const listed = await insertAchievement(api.dataSource, providerId);
    const older = (await create({ achievementId: listed })).data!
      .createClaimCode;
    const newer = (await create({ achievementId: listed })).data!
      .createClaimCode;
    const query = `query ($id: ID!) {
      achievementClaimCodes(achievementId: $id) { id code }
    }`;

    const forOwner = await api.graphql<{
      achievementClaimCodes: { id: string }[];
    }>(query, { id: listed }, { cookie: owner.cookie });
    const forOutsider = await api.graphql(
      query,
      { id: listed },
      {
        cookie: (await createUser(api.dataSource)).cookie,
      },
    );

    expect(forOwner.data!.achievementClaimCodes.map((each) => each.id)).toEqual(
      [newer.id, older.id],
    );
    expect(errorOf(forOutsider).code).toBe('FORBIDDEN');
  });
});
