import { GraphQLSchemaHost } from '@nestjs/graphql';

import { addMember, createUser, type TestUser } from './support/accounts.js';
import {
  actorFor,
  type ActorName,
  ACTORS,
  buildWorld,
  createInvitation,
  createListing,
  createRegistration,
  createSession,
  hoursFromNow,
  MUTATION_CASES,
  type MutationCase,
  standInFor,
  type World,
} from './support/authorisation/index.js';
import {
  type GraphqlResponse,
  startTestApp,
  type TestApp,
} from './support/test-app.js';

const UNKNOWN_ID = '0b6f8e1c-4d1a-4f57-9e62-3a8f0f6f3a77';

/** Error codes for a caller rejected because of who they are. */
const ACCESS_ERROR_CODES = ['UNAUTHENTICATED', 'FORBIDDEN'];

let api: TestApp;
let world: World;

beforeAll(async () => {
  api = await startTestApp();
  world = await buildWorld(api);
});

afterAll(async () => {
  await api.close();
});

function codeOf(response: GraphqlResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

/**
 * Replaces the given ids in the first error message with `<id>`, so that
 * messages about different ids compare equal.
 */
function shapeOf(response: GraphqlResponse, ids: string[]): string {
  let message = response.errors?.[0]?.message ?? '';
  for (const id of ids) message = message.replaceAll(id, '<id>');

  return message;
}

async function checkAttempt(row: MutationCase, actorName: ActorName) {
  const actor = actorFor(world, row.target, actorName);
  const attempt = await row.prepare(world, actor);
  const cookie =
    actor.user === null ? undefined : (attempt.cookie ?? actor.user.cookie);
  const before = await attempt.readState?.();
  const response = await api.graphql(row.document, attempt.variables, {
    cookie,
  });

  if (row.public === true) {
    expect(ACCESS_ERROR_CODES).not.toContain(codeOf(response));
    expect(response.errors).toBeUndefined();

    return;
  }
  if (row.allowed.includes(actorName)) {
    expect(response.errors).toBeUndefined();
    expect(response.data?.[row.mutation]).toBeDefined();
    expect(response.data?.[row.mutation]).not.toBeNull();

    return;
  }
  expect(codeOf(response)).toBe(
    actorName === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
  );
  expect(response.data ?? null).toBeNull();
  if (attempt.readState !== undefined) {
    expect(await attempt.readState()).toEqual(before);
  }
}

describe('mutation matrix', () => {
  it('has a row for every mutation', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const inSchema = Object.keys(schema.getMutationType()!.getFields()).sort();
    const inMatrix = MUTATION_CASES.map((row) => row.mutation).sort();

    expect(inSchema.filter((name) => !inMatrix.includes(name))).toEqual([]);
    expect(inMatrix.filter((name) => !inSchema.includes(name))).toEqual([]);
    expect(new Set(inMatrix).size).toBe(inMatrix.length);
  });

  describe.each(MUTATION_CASES)('$mutation', (row) => {
    it.each(ACTORS)(`${row.mutation} as %s`, (actorName) =>
      checkAttempt(row, actorName),
    );
  });
});

describe('unverified e-mail address', () => {
  // Mutations that publish listings or vouch for a provider.
  const GATED = [
    'approveOpportunity',
    'approveProvider',
    'rejectOpportunity',
    'revokeProviderApproval',
    'submitOpportunity',
  ];

  it.each(GATED)('%s forbidden for unverified owner', async (mutation) => {
    const row = MUTATION_CASES.find((found) => found.mutation === mutation)!;
    const actor = actorFor(world, row.target, 'owner');
    const attempt = await row.prepare(world, actor);
    const unverified = await standInFor(world, actor, { verified: false });
    const before = await attempt.readState?.();
    const response = await api.graphql(row.document, attempt.variables, {
      cookie: unverified!.cookie,
    });

    expect(codeOf(response)).toBe('FORBIDDEN');
    expect(response.errors?.[0]?.message).toMatch(
      /^Verify your e-mail address before .*request a new one from your account page\.$/,
    );
    expect(response.data ?? null).toBeNull();
    expect(await attempt.readState?.()).toEqual(before);
  });
});

const OPPORTUNITY = `query ($id: ID!) { opportunity(id: $id) { id status } }`;

describe('opportunity by id', () => {
  let draftId: string;

  beforeAll(async () => {
    draftId = await createListing(world, 'draft');
  });

  it.each(['owner', 'editor', 'awarder', 'admin'] as const)(
    'draft visible to %s',
    async (name) => {
      const { user } = actorFor(world, 'provider', name);
      const response = await api.graphql<{ opportunity: { id: string } }>(
        OPPORTUNITY,
        { id: draftId },
        { cookie: user!.cookie },
      );

      expect(response.errors).toBeUndefined();
      expect(response.data?.opportunity?.id).toBe(draftId);
    },
  );

  it.each(['anonymous', 'learner', 'otherOwner', 'councilOwner'] as const)(
    'draft null for %s',
    async (name) => {
      const user =
        name === 'councilOwner'
          ? world.users.councilOwner
          : actorFor(world, 'provider', name).user;
      const cookie = user?.cookie;
      const draft = await api.graphql(OPPORTUNITY, { id: draftId }, { cookie });
      const unknown = await api.graphql(
        OPPORTUNITY,
        { id: UNKNOWN_ID },
        { cookie },
      );

      expect(draft.errors).toBeUndefined();
      expect(draft.data).toEqual({ opportunity: null });
      expect(draft).toEqual(unknown);
    },
  );
});

const ORGANISATION_OPPORTUNITIES = `query ($organisationId: ID!) {
  organisationOpportunities(organisationId: $organisationId) { totalCount }
}`;

describe('organisationOpportunities', () => {
  it.each(['owner', 'editor', 'awarder', 'admin'] as const)(
    'lists for %s',
    async (name) => {
      const response = await api.graphql(
        ORGANISATION_OPPORTUNITIES,
        { organisationId: world.providerId },
        { cookie: actorFor(world, 'provider', name).user!.cookie },
      );

      expect(response.errors).toBeUndefined();
      expect(response.data?.organisationOpportunities).not.toBeNull();
    },
  );

  it('unauthenticated for anonymous', async () => {
    const response = await api.graphql(ORGANISATION_OPPORTUNITIES, {
      organisationId: world.providerId,
    });

    expect(codeOf(response)).toBe('UNAUTHENTICATED');
    expect(response.data).toBeNull();
  });

  it.each(['learner', 'otherOwner'] as const)(
    'forbidden for %s like unknown id',
    async (name) => {
      const cookie = actorFor(world, 'provider', name).user!.cookie;
      const foreign = await api.graphql(
        ORGANISATION_OPPORTUNITIES,
        { organisationId: world.providerId },
        { cookie },
      );
      const unknown = await api.graphql(
        ORGANISATION_OPPORTUNITIES,
        { organisationId: UNKNOWN_ID },
        { cookie },
      );

      expect(codeOf(foreign)).toBe('FORBIDDEN');
      expect(foreign.data).toBeNull();
      expect(codeOf(unknown)).toBe(codeOf(foreign));
      expect(shapeOf(unknown, [UNKNOWN_ID])).toBe(
        shapeOf(foreign, [world.providerId]),
      );
    },
  );
});

describe('organisation members and invitations', () => {
  const MEMBERS = `query ($id: ID!) {
    organisation(id: $id) { id members { user { id email } role } }
  }`;
  const INVITATIONS = `query ($id: ID!) {
    organisation(id: $id) { id invitations { id email } }
  }`;

  beforeAll(async () => {
    await createInvitation(world, world.providerId);
  });

  it.each(['learner', 'otherOwner'] as const)(
    'members forbidden for %s',
    async (name) => {
      const response = await api.graphql(
        MEMBERS,
        { id: world.providerId },
        { cookie: actorFor(world, 'provider', name).user!.cookie },
      );

      expect(codeOf(response)).toBe('FORBIDDEN');
      expect(response.data).toEqual({ organisation: null });
    },
  );

  it.each(['learner', 'otherOwner', 'editor', 'awarder'] as const)(
    'invitations forbidden for %s',
    async (name) => {
      const response = await api.graphql(
        INVITATIONS,
        { id: world.providerId },
        { cookie: actorFor(world, 'provider', name).user!.cookie },
      );

      expect(codeOf(response)).toBe('FORBIDDEN');
      expect(response.data).toEqual({ organisation: null });
    },
  );

  it.each(['owner', 'admin'] as const)(
    'invitations visible to %s',
    async (name) => {
      const response = await api.graphql<{
        organisation: { invitations: unknown[] };
      }>(
        INVITATIONS,
        { id: world.providerId },
        { cookie: actorFor(world, 'provider', name).user!.cookie },
      );

      expect(response.errors).toBeUndefined();
      expect(response.data?.organisation.invitations.length).toBeGreaterThan(0);
    },
  );
});

const SESSION_REGISTRATIONS = `query ($sessionId: ID!) {
  sessionRegistrations(sessionId: $sessionId) { totalCount }
}`;
const MARK = `mutation ($input: MarkAttendanceInput!) {
  markAttendance(input: $input) { id }
}`;
const WITHDRAW = `mutation ($input: WithdrawRegistrationInput!) {
  withdrawRegistration(input: $input) { id }
}`;

describe("another provider's registrations", () => {
  let sessionId: string;
  let registrationId: string;
  let otherOwner: TestUser;

  beforeAll(async () => {
    sessionId = await createSession(world, hoursFromNow(-1));
    registrationId = await createRegistration(world, sessionId);
    otherOwner = world.users.otherProviderOwner;
  });

  it('sessionRegistrations foreign like unknown', async () => {
    const cookie = otherOwner.cookie;
    const foreign = await api.graphql(
      SESSION_REGISTRATIONS,
      { sessionId },
      { cookie },
    );
    const unknown = await api.graphql(
      SESSION_REGISTRATIONS,
      { sessionId: UNKNOWN_ID },
      { cookie },
    );

    expect(codeOf(foreign)).toBe('FORBIDDEN');
    expect(foreign.data).toBeNull();
    expect(codeOf(unknown)).toBe(codeOf(foreign));
    expect(shapeOf(unknown, [UNKNOWN_ID])).toBe(shapeOf(foreign, [sessionId]));
  });

  it('markAttendance foreign like unknown', async () => {
    const cookie = otherOwner.cookie;
    const foreign = await api.graphql(
      MARK,
      { input: { registrationId, attendance: 'ATTENDED' } },
      { cookie },
    );
    const unknown = await api.graphql(
      MARK,
      { input: { registrationId: UNKNOWN_ID, attendance: 'ATTENDED' } },
      { cookie },
    );
    const [row]: { attendance: string | null }[] = await api.dataSource.query(
      'SELECT attendance FROM registrations WHERE id = $1',
      [registrationId],
    );

    expect(codeOf(foreign)).toBe('FORBIDDEN');
    expect(foreign.data).toBeNull();
    expect(row!.attendance).toBeNull();
    expect(codeOf(unknown)).toBe(codeOf(foreign));
    expect(shapeOf(unknown, [UNKNOWN_ID])).toBe(
      shapeOf(foreign, [registrationId]),
    );
  });

  it('withdrawRegistration foreign like unknown', async () => {
    const futureSession = await createSession(world, hoursFromNow(48));
    const othersId = await createRegistration(world, futureSession);
    const cookie = world.users.learner.cookie;
    const foreign = await api.graphql(
      WITHDRAW,
      { input: { registrationId: othersId } },
      { cookie },
    );
    const unknown = await api.graphql(
      WITHDRAW,
      { input: { registrationId: UNKNOWN_ID } },
      { cookie },
    );
    const [row]: { status: string }[] = await api.dataSource.query(
      'SELECT status FROM registrations WHERE id = $1',
      [othersId],
    );

    expect(ACCESS_ERROR_CODES.concat('NOT_FOUND')).toContain(codeOf(foreign));
    expect(foreign.data).toBeNull();
    expect(row!.status).toBe('registered');
    expect(codeOf(unknown)).toBe(codeOf(foreign));
    expect(shapeOf(unknown, [UNKNOWN_ID])).toBe(shapeOf(foreign, [othersId]));
  });
});

describe('unknown ids in mutations', () => {
  const ARCHIVE = `mutation ($input: ArchiveOpportunityInput!) {
    archiveOpportunity(input: $input) { id }
  }`;
  const APPROVE = `mutation ($input: ApproveOpportunityInput!) {
    approveOpportunity(input: $input) { id }
  }`;
  const REVOKE = `mutation ($input: RevokeInvitationInput!) {
    revokeInvitation(input: $input) { id }
  }`;

  async function compare(
    document: string,
    foreignInput: Record<string, unknown>,
    unknownInput: Record<string, unknown>,
    foreignId: string,
    user: TestUser,
  ) {
    const cookie = user.cookie;
    const foreign = await api.graphql(
      document,
      { input: foreignInput },
      { cookie },
    );
    const unknown = await api.graphql(
      document,
      { input: unknownInput },
      { cookie },
    );

    expect(codeOf(foreign)).toBe('FORBIDDEN');
    expect(codeOf(unknown)).toBe('FORBIDDEN');
    expect(shapeOf(unknown, [UNKNOWN_ID])).toBe(shapeOf(foreign, [foreignId]));
  }

  it('archiveOpportunity same refusal', async () => {
    const id = await createListing(world, 'draft');

    await compare(
      ARCHIVE,
      { opportunityId: id },
      { opportunityId: UNKNOWN_ID },
      id,
      world.users.otherProviderOwner,
    );
  });

  it('approveOpportunity same refusal', async () => {
    const id = await createListing(world, 'pending');

    await compare(
      APPROVE,
      { opportunityId: id },
      { opportunityId: UNKNOWN_ID },
      id,
      world.users.otherCouncilOwner,
    );
  });

  it('revokeInvitation same refusal', async () => {
    const { id } = await createInvitation(world, world.providerId);

    await compare(
      REVOKE,
      { invitationId: id },
      { invitationId: UNKNOWN_ID },
      id,
      world.users.otherProviderOwner,
    );
  });
});

describe('membership exceptions', () => {
  const ACCEPT = `mutation ($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) { role }
  }`;
  const REMOVE = `mutation ($input: RemoveMemberInput!) {
    removeMember(input: $input)
  }`;

  it.each(['learner', 'admin'] as const)(
    "acceptInvitation of another's forbidden for %s",
    async (name) => {
      const { id, token } = await createInvitation(world, world.providerId);
      const response = await api.graphql(
        ACCEPT,
        { input: { token } },
        { cookie: actorFor(world, 'none', name).user!.cookie },
      );
      const [row]: { accepted_at: Date | null }[] = await api.dataSource.query(
        'SELECT accepted_at FROM organisation_invitations WHERE id = $1',
        [id],
      );

      expect(codeOf(response)).toBe('FORBIDDEN');
      expect(response.data).toBeNull();
      expect(row!.accepted_at).toBeNull();
    },
  );

  it('removeMember of oneself allowed for editor', async () => {
    const editor = await createUserInProvider('editor');
    const response = await api.graphql(
      REMOVE,
      { input: { organisationId: world.providerId, userId: editor.id } },
      { cookie: editor.cookie },
    );

    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ removeMember: true });
  });
});

async function createUserInProvider(
  role: 'editor' | 'awarder',
): Promise<TestUser> {
  const user = await createUser(api.dataSource, { name: `Extra ${role}` });
  await addMember(api.dataSource, world.providerId, user.id, role);

  return user;
}
