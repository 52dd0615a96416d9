import {
  addMember,
  createOrganisation,
  createUser,
  squareArea,
  type TestUser,
} from './support/accounts.js';
import { clearListings, createProvider } from './support/factories.js';
import {
  type GraphqlResponse,
  startTestApp,
  type TestApp,
} from './support/test-app.js';

const UNKNOWN_ID = '0b6f8e1c-4d1a-4f57-9e62-3a8f0f6f3a77';

/** Katoomba, NSW, as [latitude, longitude]. */
const KATOOMBA: [number, number] = [-33.71, 150.31];

const AWAITING_MESSAGE =
  /is awaiting verification by the platform administrators/;

const VERIFY = `mutation ($input: VerifyOrganisationInput!) {
  verifyOrganisation(input: $input) { id verified verifiedAt }
}`;

const REVOKE = `mutation ($input: RevokeOrganisationVerificationInput!) {
  revokeOrganisationVerification(input: $input) { id verified verifiedAt }
}`;

const AWAITING = `query ($kind: OrganisationKind, $first: Int, $after: String) {
  organisationsAwaitingVerification(kind: $kind, first: $first, after: $after) {
    totalCount
    edges { cursor node { id name kind verified } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const ORGANISATION = `query ($id: ID!) {
  organisation(id: $id) {
    id verified verifiedAt approvingCouncils { id }
  }
}`;

const CREATE = `mutation ($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) { id verified }
}`;

const SET_AREA = `mutation ($input: SetCouncilAreaInput!) {
  setCouncilArea(input: $input) { id verified }
}`;

const COVERING = `query ($latitude: Float!, $longitude: Float!) {
  councilsCovering(latitude: $latitude, longitude: $longitude) { id }
}`;

const APPROVE_PROVIDER = `mutation ($input: ApproveProviderInput!) {
  approveProvider(input: $input) { createdAt }
}`;

const REVOKE_APPROVAL = `mutation ($input: RevokeProviderApprovalInput!) {
  revokeProviderApproval(input: $input)
}`;

interface VerifiedOrganisation {
  id: string;
  verified: boolean;
  verifiedAt: string | null;
}

let api: TestApp;
let admin: TestUser;
let learner: TestUser;

beforeAll(async () => {
  api = await startTestApp();
  await clearListings(api.dataSource);
  admin = await createUser(api.dataSource, { isAdmin: true });
  learner = await createUser(api.dataSource);
});

afterAll(async () => {
  await clearListings(api.dataSource);
  await api.close();
});

function errorOf(response: GraphqlResponse) {
  expect(response.errors).toHaveLength(1);

  return response.errors![0]!;
}

/** Creates an unverified council over Katoomba with an owner. */
async function unverifiedCouncil(name = 'Greenvale Shire') {
  const councilId = await createOrganisation(api.dataSource, 'council', {
    name,
    area: squareArea(KATOOMBA, 0.2),
    verified: false,
  });
  const owner = await createUser(api.dataSource);
  await addMember(api.dataSource, councilId, owner.id, 'owner');

  return { councilId, owner };
}

function verify(organisationId: string, user: TestUser | null) {
  return api.graphql<{ verifyOrganisation: VerifiedOrganisation }>(
    VERIFY,
    { input: { organisationId } },
    user === null ? {} : { cookie: user.cookie },
  );
}

function revoke(organisationId: string, user: TestUser) {
  return api.graphql<{ revokeOrganisationVerification: VerifiedOrganisation }>(
    REVOKE,
    { input: { organisationId } },
    { cookie: user.cookie },
  );
}

function auditActions(organisationId: string): Promise<{ action: string }[]> {
  return api.dataSource.query(
    `SELECT action, actor_id AS "actorId", changes FROM audit_log
      WHERE subject_type = 'organisation' AND subject_id = $1
        AND action IN ('verify', 'revoke-verification')
      ORDER BY created_at, id`,
    [organisationId],
  );
}

async function coveringIds(): Promise<string[]> {
  const [latitude, longitude] = KATOOMBA;
  const response = await api.graphql<{ councilsCovering: { id: string }[] }>(
    COVERING,
    { latitude, longitude },
  );
  expect(response.errors).toBeUndefined();

  return response.data!.councilsCovering.map((council) => council.id);
}

describe('verifyOrganisation', () => {
  it('verifies a council as admin', async () => {
    const { councilId } = await unverifiedCouncil();
    const response = await verify(councilId, admin);

    expect(response.errors).toBeUndefined();
    expect(response.data!.verifyOrganisation.verified).toBe(true);
    expect(response.data!.verifyOrganisation.verifiedAt).not.toBeNull();
    const [row]: { verified_by_id: string }[] = await api.dataSource.query(
      'SELECT verified_by_id FROM organisations WHERE id = $1',
      [councilId],
    );
    expect(row!.verified_by_id).toBe(admin.id);
  });

  it('records an audit entry', async () => {
    const { councilId } = await unverifiedCouncil();
    await verify(councilId, admin);
    const entries = await auditActions(councilId);

    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'verify',
      actorId: admin.id,
      changes: { verifiedAt: { from: null, to: expect.any(String) } },
    });
  });

  it('keeps the first verification', async () => {
    const { councilId } = await unverifiedCouncil();
    const first = await verify(councilId, admin);
    const second = await verify(councilId, admin);

    expect(second.errors).toBeUndefined();
    expect(second.data!.verifyOrganisation.verifiedAt).toBe(
      first.data!.verifyOrganisation.verifiedAt,
    );
    expect(await auditActions(councilId)).toHaveLength(1);
  });

  it('forbids the council owner', async () => {
    const { councilId, owner } = await unverifiedCouncil();
    const response = await verify(councilId, owner);

    expect(errorOf(response).extensions?.code).toBe('FORBIDDEN');
    expect(response.data).toBeNull();
    expect(await auditActions(councilId)).toHaveLength(0);
  });

  it('forbids a learner', async () => {
    const { councilId } = await unverifiedCouncil();
    const response = await verify(councilId, learner);

    expect(errorOf(response).extensions?.code).toBe('FORBIDDEN');
  });

  it('requires sign-in', async () => {
    const { councilId } = await unverifiedCouncil();
    const response = await verify(councilId, null);

    expect(errorOf(response).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('reports an unknown id', async () => {
    const response = await verify(UNKNOWN_ID, admin);

    expect(errorOf(response).extensions?.code).toBe('NOT_FOUND');
  });

  it('rejects a malformed id', async () => {
    const error = errorOf(await verify('council-1', admin));

    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe('input.organisationId');
  });
});

describe('revokeOrganisationVerification', () => {
  it('unverifies a council as admin', async () => {
    const { councilId } = await unverifiedCouncil();
    await verify(councilId, admin);
    const response = await revoke(councilId, admin);

    expect(response.errors).toBeUndefined();
    expect(response.data!.revokeOrganisationVerification).toMatchObject({
      verified: false,
      verifiedAt: null,
    });
    const entries = await auditActions(councilId);
    expect(entries.map((entry) => entry.action)).toEqual([
      'verify',
      'revoke-verification',
    ]);
  });

  it('forbids the council owner', async () => {
    const { councilId, owner } = await unverifiedCouncil();
    await verify(councilId, admin);
    const response = await revoke(councilId, owner);

    expect(errorOf(response).extensions?.code).toBe('FORBIDDEN');
    const [row]: { verified_at: Date | null }[] = await api.dataSource.query(
      'SELECT verified_at FROM organisations WHERE id = $1',
      [councilId],
    );
    expect(row!.verified_at).not.toBeNull();
  });

  it('stops the council moderating', async () => {
    const { councilId, owner } = await unverifiedCouncil();
    await verify(councilId, admin);
    await revoke(councilId, admin);
    const providerId = await createProvider(api.dataSource);
    const response = await api.graphql(
      APPROVE_PROVIDER,
      { input: { councilId, providerId } },
      { cookie: owner.cookie },
    );

    expect(errorOf(response).extensions?.code).toBe('FORBIDDEN');
    expect(errorOf(response).message).toMatch(AWAITING_MESSAGE);
  });
});

describe('Organisation.verified', () => {
  it('is public', async () => {
    const { councilId } = await unverifiedCouncil();
    await verify(councilId, admin);
    const response = await api.graphql<{
      organisation: VerifiedOrganisation;
    }>(ORGANISATION, { id: councilId });

    expect(response.errors).toBeUndefined();
    expect(response.data!.organisation.verified).toBe(true);
    expect(response.data!.organisation.verifiedAt).not.toBeNull();
  });

  it('is false for a new council', async () => {
    const user = await createUser(api.dataSource);
    const response = await api.graphql<{
      createOrganisation: { verified: boolean };
    }>(
      CREATE,
      { input: { name: 'Self-made Council', kind: 'COUNCIL' } },
      { cookie: user.cookie },
    );

    expect(response.errors).toBeUndefined();
    expect(response.data!.createOrganisation.verified).toBe(false);
  });
});

describe('unverified council', () => {
  it('may set its area', async () => {
    const { councilId, owner } = await unverifiedCouncil();
    const response = await api.graphql<{
      setCouncilArea: { verified: boolean };
    }>(
      SET_AREA,
      {
        input: {
          organisationId: councilId,
          geoJson: JSON.stringify(squareArea(KATOOMBA, 0.1)),
        },
      },
      { cookie: owner.cookie },
    );

    expect(response.errors).toBeUndefined();
    expect(response.data!.setCouncilArea.verified).toBe(false);
  });

  it('cannot approve a provider', async () => {
    const { councilId, owner } = await unverifiedCouncil('Hollow Council');
    const providerId = await createProvider(api.dataSource);
    await addMember(api.dataSource, providerId, owner.id, 'owner');
    const response = await api.graphql(
      APPROVE_PROVIDER,
      { input: { councilId, providerId } },
      { cookie: owner.cookie },
    );
    const error = errorOf(response);

    expect(error.extensions?.code).toBe('FORBIDDEN');
    expect(error.message).toMatch(/^Hollow Council is awaiting verification/);
    expect(response.data).toBeNull();
    const approvals: unknown[] = await api.dataSource.query(
      'SELECT 1 FROM provider_approvals WHERE council_id = $1',
      [councilId],
    );
    expect(approvals).toHaveLength(0);
  });

  it('cannot revoke an approval', async () => {
    const { councilId, owner } = await unverifiedCouncil();
    const providerId = await createProvider(api.dataSource);
    await api.dataSource.query(
      'INSERT INTO provider_approvals (provider_id, council_id) VALUES ($1, $2)',
      [providerId, councilId],
    );
    const response = await api.graphql(
      REVOKE_APPROVAL,
      { input: { councilId, providerId } },
      { cookie: owner.cookie },
    );

    expect(errorOf(response).extensions?.code).toBe('FORBIDDEN');
    expect(errorOf(response).message).toMatch(AWAITING_MESSAGE);
    const approvals: unknown[] = await api.dataSource.query(
      'SELECT 1 FROM provider_approvals WHERE council_id = $1',
      [councilId],
    );
    expect(approvals).toHaveLength(1);
  });

  it('lets an admin approve for it', async () => {
    const { councilId } = await unverifiedCouncil();
    const providerId = await createProvider(api.dataSource);
    const response = await api.graphql(
      APPROVE_PROVIDER,
      { input: { councilId, providerId } },
      { cookie: admin.cookie },
    );

    expect(response.errors).toBeUndefined();
  });

  it('may approve once verified', async () => {
    const { councilId, owner } = await unverifiedCouncil();
    await verify(councilId, admin);
    const providerId = await createProvider(api.dataSource);
    const response = await api.graphql(
      APPROVE_PROVIDER,
      { input: { councilId, providerId } },
      { cookie: owner.cookie },
    );

    expect(response.errors).toBeUndefined();
  });

  it('is left out of councilsCovering', async () => {
    const { councilId } = await unverifiedCouncil();

    expect(await coveringIds()).not.toContain(councilId);
    await verify(councilId, admin);
    expect(await coveringIds()).toContain(councilId);
  });

  it('is left out of approvingCouncils', async () => {
    const { councilId: unverifiedId } = await unverifiedCouncil();
    const verifiedId = await createOrganisation(api.dataSource, 'council', {
      area: squareArea(KATOOMBA, 0.2),
    });
    const providerId = await createProvider(api.dataSource);
    for (const councilId of [unverifiedId, verifiedId]) {
      await api.dataSource.query(
        'INSERT INTO provider_approvals (provider_id, council_id) VALUES ($1, $2)',
        [providerId, councilId],
      );
    }
    const response = await api.graphql<{
      organisation: { approvingCouncils: { id: string }[] };
    }>(ORGANISATION, { id: providerId });

    expect(response.errors).toBeUndefined();
    expect(response.data!.organisation.approvingCouncils).toEqual([
      { id: verifiedId },
    ]);
  });
});

describe('organisationsAwaitingVerification', () => {
  interface AwaitingPage {
    totalCount: number;
    edges: { cursor: string; node: { id: string; kind: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  }

  let ids: Record<string, string>;

  /** Inserts an unverified organisation created on the given day. */
  async function createdOn(kind: 'council' | 'provider', day: string) {
    const id = await createOrganisation(api.dataSource, kind, {
      verified: false,
    });
    await api.dataSource.query(
      'UPDATE organisations SET created_at = $2 WHERE id = $1',
      [id, day],
    );

    return id;
  }

  async function page(
    variables: Record<string, unknown>,
    user: TestUser = admin,
  ) {
    return api.graphql<{ organisationsAwaitingVerification: AwaitingPage }>(
      AWAITING,
      variables,
      { cookie: user.cookie },
    );
  }

  beforeAll(async () => {
    await clearListings(api.dataSource);
    admin = await createUser(api.dataSource, { isAdmin: true });
    learner = await createUser(api.dataSource);
    ids = {
      oldProvider: await createdOn('provider', '2020-01-01T00:00:00Z'),
      newCouncil: await createdOn('council', '2024-03-01T00:00:00.000002Z'),
      oldCouncil: await createdOn('council', '2024-03-01T00:00:00.000001Z'),
      newProvider: await createdOn('provider', '2024-06-01T00:00:00Z'),
    };
    await createOrganisation(api.dataSource, 'council', { verified: true });
  });

  it('lists councils first, oldest first', async () => {
    const response = await page({});

    expect(response.errors).toBeUndefined();
    const connection = response.data!.organisationsAwaitingVerification;
    expect(connection.edges.map((edge) => edge.node.id)).toEqual([
      ids.oldCouncil,
      ids.newCouncil,
      ids.oldProvider,
      ids.newProvider,
    ]);
    expect(connection.totalCount).toBe(4);
  });

  it('filters by kind', async () => {
    const response = await page({ kind: 'COUNCIL' });
    const connection = response.data!.organisationsAwaitingVerification;

    expect(connection.edges.map((edge) => edge.node.id)).toEqual([
      ids.oldCouncil,
      ids.newCouncil,
    ]);
    expect(connection.totalCount).toBe(2);
  });

  it('pages with cursors', async () => {
    const first = (await page({ first: 3 })).data!
      .organisationsAwaitingVerification;
    const second = (await page({ first: 3, after: first.pageInfo.endCursor }))
      .data!.organisationsAwaitingVerification;

    expect(first.edges.map((edge) => edge.node.id)).toEqual([
      ids.oldCouncil,
      ids.newCouncil,
      ids.oldProvider,
    ]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(second.edges.map((edge) => edge.node.id)).toEqual([ids.newProvider]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(second.totalCount).toBe(4);
  });

  it('rejects a cursor of another kind', async () => {
    const councils = (await page({ kind: 'COUNCIL', first: 1 })).data!
      .organisationsAwaitingVerification;
    const error = errorOf(
      await page({ kind: 'PROVIDER', after: councils.pageInfo.endCursor }),
    );

    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it.each([0, 101])('rejects first %i', async (first) => {
    const error = errorOf(await page({ first }));

    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe('first');
  });

  it('forbids non-admins', async () => {
    const response = await page({}, learner);

    expect(errorOf(response).extensions?.code).toBe('FORBIDDEN');
    expect(response.data).toBeNull();
  });

  it('drops a council once verified', async () => {
    await verify(ids.oldCouncil!, admin);
    const connection = (await page({ kind: 'COUNCIL' })).data!
      .organisationsAwaitingVerification;

    expect(connection.edges.map((edge) => edge.node.id)).toEqual([
      ids.newCouncil,
    ]);
    expect(connection.totalCount).toBe(1);
  });
});
