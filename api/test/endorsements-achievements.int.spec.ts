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
import { awardBadge, errorOf } from './support/awards.js';
import { clearListings } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const ENDORSE_ACHIEVEMENT = `mutation ($input: EndorseAchievementInput!) {
  endorseAchievement(input: $input) {
    id comment status json endorser { id name } achievement { id name }
    endorsedOrganisation { id }
  }
}`;

const ENDORSE_ORGANISATION = `mutation ($input: EndorseOrganisationInput!) {
  endorseOrganisation(input: $input) {
    id comment endorsedOrganisation { id name } achievement { id }
  }
}`;

const REVOKE = `mutation ($input: RevokeEndorsementInput!) {
  revokeEndorsement(input: $input) { id status }
}`;

const ACHIEVEMENT = `query ($id: ID!) {
  achievement(id: $id) { id endorsements { id comment endorser { name } } }
}`;

interface Endorsement {
  id: string;
  comment: string;
  status: string;
  json: string;
}

let api: TestApp;
let providerId: string;
let councilId: string;
let providerOwner: TestUser;
let councilEditor: TestUser;

beforeAll(async () => {
  api = await startTestApp();
  const ds = api.dataSource;
  await clearCredentials(ds);
  await clearListings(ds);
  providerId = await createOrganisation(ds, 'provider', {
    name: 'Wentworth Falls Scouts',
  });
  councilId = await createOrganisation(ds, 'council', {
    name: 'Blue Mountains City Council',
  });
  providerOwner = await createUser(ds);
  councilEditor = await createUser(ds);
  await addMember(ds, providerId, providerOwner.id, 'owner');
  await addMember(ds, councilId, councilEditor.id, 'editor');
});

afterAll(async () => {
  await clearCredentials(api.dataSource);
  await api.close();
});

async function endorse(
  achievementId: string,
  comment = 'Fits our youth skills framework.',
  user = councilEditor,
  organisationId = councilId,
) {
  return api.graphql<{ endorseAchievement: Endorsement }>(
    ENDORSE_ACHIEVEMENT,
    { input: { organisationId, achievementId, comment } },
    { cookie: user.cookie },
  );
}

async function issuedDocument(achievementId: string, email: string) {
  const response = await awardBadge(api, providerOwner, {
    achievementId,
    email,
  });
  expect(response.errors).toBeUndefined();

  return JSON.parse(response.data!.awardBadge.json) as {
    credentialSubject: { achievement: { endorsement?: { id: string }[] } };
  };
}

describe('endorseAchievement', () => {
  it('is carried by badges issued after it, and not by earlier ones', async () => {
    const achievementId = await insertAchievement(api.dataSource, providerId, {
      name: 'Bush Navigator',
    });
    const before = await issuedDocument(achievementId, 'before@example.org');

    const response = await endorse(achievementId);
    const after = await issuedDocument(achievementId, 'after@example.org');

    expect(response.errors).toBeUndefined();
    const endorsement = response.data!.endorseAchievement;
    expect(endorsement).toMatchObject({
      comment: 'Fits our youth skills framework.',
      status: 'ACTIVE',
      endorser: { id: councilId, name: 'Blue Mountains City Council' },
      achievement: { id: achievementId, name: 'Bush Navigator' },
      endorsedOrganisation: null,
    });
    const signed = JSON.parse(endorsement.json) as {
      type: string[];
      credentialSubject: { type: string[]; endorsementComment: string };
      proof: unknown;
    };
    expect(signed.type).toContain('EndorsementCredential');
    expect(signed.credentialSubject.type).toContain('EndorsementSubject');
    expect(signed.credentialSubject.endorsementComment).toBe(
      'Fits our youth skills framework.',
    );
    expect(signed.proof).toBeDefined();
    expect(before.credentialSubject.achievement.endorsement ?? []).toEqual([]);
    expect(
      after.credentialSubject.achievement.endorsement?.map((each) => each.id),
    ).toEqual([`urn:uuid:${endorsement.id}`]);
  });

  it('is listed on the achievement while active, and not once revoked', async () => {
    const achievementId = await insertAchievement(api.dataSource, providerId);
    const { id } = (await endorse(achievementId)).data!.endorseAchievement;
    const listed = await api.graphql<{
      achievement: { endorsements: { id: string }[] };
    }>(ACHIEVEMENT, { id: achievementId });

    const revoked = await api.graphql<{
      revokeEndorsement: { status: string };
    }>(
      REVOKE,
      { input: { endorsementId: id, reason: 'The programme changed.' } },
      { cookie: councilEditor.cookie },
    );
    const afterRevoking = await api.graphql<{
      achievement: { endorsements: { id: string }[] };
    }>(ACHIEVEMENT, { id: achievementId });
    const issuedAfter = await issuedDocument(achievementId, 'x@example.org');

    expect(
      listed.data!.achievement.endorsements.map((each) => each.id),
    ).toEqual([id]);
    expect(revoked.data!.revokeEndorsement.status).toBe('REVOKED');
    expect(afterRevoking.data!.achievement.endorsements).toEqual([]);
    expect(issuedAfter.credentialSubject.achievement.endorsement ?? []).toEqual(
      [],
    );
  });

  it('refuses endorsing twice, endorsing oneself and bad comments', async () => {
    const achievementId = await insertAchievement(api.dataSource, providerId);
    const own = await insertAchievement(api.dataSource, councilId);
    await endorse(achievementId);

    const twice = await endorse(achievementId);
    const self = await endorse(own);
    const empty = await endorse(achievementId, '   ');
    const long = await endorse(achievementId, 'x'.repeat(2001));

    expect(errorOf(twice).code).toBe('CONFLICT');
    expect(errorOf(self)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.achievementId',
    });
    expect(errorOf(empty)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.comment',
    });
    expect(errorOf(long).field).toBe('input.comment');
  });

  it('needs a verified council', async () => {
    const unverified = await createOrganisation(api.dataSource, 'council', {
      verified: false,
    });
    const owner = await createUser(api.dataSource);
    await addMember(api.dataSource, unverified, owner.id, 'owner');
    const achievementId = await insertAchievement(api.dataSource, providerId);

    const response = await endorse(achievementId, 'Good.', owner, unverified);

    expect(errorOf(response)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ORGANISATION_NOT_VERIFIED',
    });
  });
});

describe('endorseOrganisation', () => {
  it('lists an active endorsement on the organisation, apart from its badges', async () => {
    const response = await api.graphql<{
      endorseOrganisation: { id: string; comment: string };
    }>(
      ENDORSE_ORGANISATION,
      {
        input: {
          organisationId: councilId,
          endorsedOrganisationId: providerId,
          comment: 'A reliable local provider.',
        },
      },
      { cookie: councilEditor.cookie },
    );
    const achievementId = await insertAchievement(api.dataSource, providerId);
    const credentialId = (
      await awardBadge(api, providerOwner, {
        achievementId,
        email: 'org@example.org',
      })
    ).data!.awardBadge.id;
    const organisation = await api.graphql<{
      organisation: { endorsements: { id: string; comment: string }[] };
    }>(
      `query ($id: ID!) {
        organisation(id: $id) { endorsements { id comment } }
      }`,
      { id: providerId },
    );
    const credential = await api.graphql<{
      credential: { endorsements: { id: string }[] };
    }>(
      `query ($id: ID!) { credential(id: $id) { endorsements { id } } }`,
      { id: credentialId },
      { cookie: providerOwner.cookie },
    );

    expect(response.errors).toBeUndefined();
    const { id } = response.data!.endorseOrganisation;
    expect(organisation.data!.organisation.endorsements).toEqual([
      { id, comment: 'A reliable local provider.' },
    ]);
    expect(credential.data!.credential.endorsements).toEqual([]);
  });

  it('refuses endorsing itself and people outside the endorser', async () => {
    const self = await api.graphql(
      ENDORSE_ORGANISATION,
      {
        input: {
          organisationId: councilId,
          endorsedOrganisationId: councilId,
          comment: 'We are great.',
        },
      },
      { cookie: councilEditor.cookie },
    );
    const outsider = await api.graphql(
      ENDORSE_ORGANISATION,
      {
        input: {
          organisationId: councilId,
          endorsedOrganisationId: providerId,
          comment: 'Trust us.',
        },
      },
      { cookie: providerOwner.cookie },
    );

    expect(errorOf(self)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.endorsedOrganisationId',
    });
    expect(errorOf(outsider).code).toBe('FORBIDDEN');
  });
});
