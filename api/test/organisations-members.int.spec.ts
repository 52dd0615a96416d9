import { randomUUID } from 'node:crypto';

import {
  addMember,
  createOrganisation,
  createUser,
  type TestUser,
} from './support/accounts.js';
import { lastMessageTo, readOutbox, tokenIn } from './support/outbox.js';
import {
  type GraphqlResponse,
  startTestApp,
  type TestApp,
} from './support/test-app.js';

let api: TestApp;

beforeAll(async () => {
  api = await startTestApp({ PUBLIC_URL: 'https://learnscape.example.org' });
});

afterAll(async () => {
  await api.close();
});

interface OrganisationData {
  id: string;
  name: string;
  slug: string;
  kind: string;
  description: string;
  website: string | null;
  viewerRole: string | null;
}

const CREATE = `mutation ($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) {
    id name slug kind description website viewerRole
  }
}`;

const UPDATE = `mutation ($input: UpdateOrganisationInput!) {
  updateOrganisation(input: $input) { id name slug description website }
}`;

const INVITE = `mutation ($input: InviteMemberInput!) {
  inviteMember(input: $input) { id email role expiresAt createdAt }
}`;

const ACCEPT = `mutation ($token: String!) {
  acceptInvitation(input: { token: $token }) {
    role
    organisation { id viewerRole }
  }
}`;

const REVOKE = `mutation ($id: ID!) {
  revokeInvitation(input: { invitationId: $id }) { id email }
}`;

const CHANGE_ROLE = `mutation ($input: ChangeMemberRoleInput!) {
  changeMemberRole(input: $input) { role user { id email } }
}`;

const REMOVE = `mutation ($input: RemoveMemberInput!) {
  removeMember(input: $input)
}`;

const MEMBERS = `query ($id: ID!) {
  organisation(id: $id) {
    id
    viewerRole
    members { role joinedAt user { id name email } }
  }
}`;

const INVITATIONS = `query ($id: ID!) {
  organisation(id: $id) { id invitations { id email role } }
}`;

function errorOf(response: GraphqlResponse) {
  expect(response.errors).toHaveLength(1);

  return response.errors![0]!;
}

function unique(prefix: string): string {
  return `${prefix} ${randomUUID().slice(0, 8)}`;
}

async function createAs(user: TestUser, input: Record<string, unknown>) {
  return api.graphql<{ createOrganisation: OrganisationData }>(
    CREATE,
    { input },
    { cookie: user.cookie },
  );
}

async function auditActions(subjectType: string, subjectId: string) {
  const rows: { action: string; changes: Record<string, unknown> }[] =
    await api.dataSource.query(
      `SELECT action, changes FROM audit_log
        WHERE subject_type = $1 AND subject_id = $2 ORDER BY id`,
      [subjectType, subjectId],
    );

  return rows;
}

/** Creates an organisation with an owner, an editor and an awarder. */
async function team() {
  const organisationId = await createOrganisation(api.dataSource, 'provider');
  const owner = await createUser(api.dataSource, { name: 'Olive Owner' });
  const editor = await createUser(api.dataSource, { name: 'Eddie Editor' });
  const awarder = await createUser(api.dataSource, { name: 'Ada Awarder' });
  await addMember(api.dataSource, organisationId, owner.id, 'owner');
  await addMember(api.dataSource, organisationId, editor.id, 'editor');
  await addMember(api.dataSource, organisationId, awarder.id, 'awarder');

  return { organisationId, owner, editor, awarder };
}

async function invite(
  owner: TestUser,
  organisationId: string,
  email: string,
  role = 'EDITOR',
) {
  return api.graphql<{ inviteMember: { id: string; email: string } }>(
    INVITE,
    { input: { organisationId, email, role } },
    { cookie: owner.cookie },
  );
}

/** Invites the user and returns the token from the e-mail. */
async function invitedToken(
  owner: TestUser,
  organisationId: string,
  email: string,
) {
  const response = await invite(owner, organisationId, email);
  expect(response.errors).toBeUndefined();

  return tokenIn(await lastMessageTo(api.outboxDir, email));
}

describe('createOrganisation', () => {
  it('makes the creator the owner', async () => {
    const user = await createUser(api.dataSource);
    const response = await createAs(user, {
      name: '  Katoomba   Youth Hub ',
      kind: 'PROVIDER',
      description: 'Music and art for young people.',
      website: 'https://hub.example.org',
    });
    expect(response.errors).toBeUndefined();
    const created = response.data!.createOrganisation;
    expect(created.name).toBe('Katoomba Youth Hub');
    expect(created.kind).toBe('PROVIDER');
    expect(created.website).toBe('https://hub.example.org/');
    expect(created.viewerRole).toBe('OWNER');

    const members = await api.graphql<{
      organisation: { members: { role: string; user: { id: string } }[] };
    }>(MEMBERS, { id: created.id }, { cookie: user.cookie });
    expect(members.data!.organisation.members).toEqual([
      expect.objectContaining({
        role: 'OWNER',
        user: expect.objectContaining({ id: user.id }),
      }),
    ]);
  });

  it('writes audit entries for the organisation and owner', async () => {
    const user = await createUser(api.dataSource);
    const response = await createAs(user, {
      name: unique('Audited'),
      kind: 'EMPLOYER',
    });
    const id = response.data!.createOrganisation.id;

    const organisation = await auditActions('organisation', id);
    expect(organisation.map((row) => row.action)).toEqual(['create']);
    const membership = await auditActions('membership', `${id}:${user.id}`);
    expect(membership.map((row) => row.action)).toEqual(['create']);
    expect(membership[0]!.changes).toEqual({
      role: { from: null, to: 'owner' },
    });
  });

  it('gives equal names unique slugs', async () => {
    const user = await createUser(api.dataSource);
    const name = unique('Blue Mountains Library');
    const first = await createAs(user, { name, kind: 'PROVIDER' });
    const second = await createAs(user, { name, kind: 'PROVIDER' });
    const base = name.toLowerCase().replace(/ /g, '-');
    expect(first.data!.createOrganisation.slug).toBe(base);
    expect(second.data!.createOrganisation.slug).toBe(`${base}-2`);
  });

  it.each(['PROVIDER', 'COUNCIL', 'EMPLOYER'])('creates a %s', async (kind) => {
    const user = await createUser(api.dataSource);
    const response = await createAs(user, { name: unique(kind), kind });
    expect(response.errors).toBeUndefined();
    expect(response.data!.createOrganisation.kind).toBe(kind);
  });

  it.each(['ftp://files.example.org', 'javascript:alert(1)', 'example.org'])(
    'rejects the website %j',
    async (website) => {
      const user = await createUser(api.dataSource);
      const response = await createAs(user, {
        name: unique('Bad website'),
        kind: 'PROVIDER',
        website,
      });
      const error = errorOf(response);
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.extensions?.field).toBe('input.website');
    },
  );

  it('rejects a blank name', async () => {
    const user = await createUser(api.dataSource);
    const error = errorOf(
      await createAs(user, { name: '   ', kind: 'PROVIDER' }),
    );
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe('input.name');
  });

  it('requires a signed-in user', async () => {
    const response = await api.graphql(CREATE, {
      input: { name: 'Anonymous', kind: 'PROVIDER' },
    });
    expect(errorOf(response).extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('updateOrganisation', () => {
  it('lets owners change fields but keeps the slug', async () => {
    const { organisationId, owner } = await team();
    const response = await api.graphql<{
      updateOrganisation: {
        name: string;
        slug: string;
        website: string | null;
      };
    }>(
      UPDATE,
      { input: { organisationId, name: 'Renamed', website: '' } },
      { cookie: owner.cookie },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.updateOrganisation.name).toBe('Renamed');
    expect(response.data!.updateOrganisation.slug).not.toBe('renamed');
    expect(response.data!.updateOrganisation.website).toBeNull();
    const audit = await auditActions('organisation', organisationId);
    expect(audit.at(-1)!.action).toBe('update');
    expect(audit.at(-1)!.changes.name).toEqual(
      expect.objectContaining({ to: 'Renamed' }),
    );
  });

  it('rejects editors', async () => {
    const { organisationId, editor } = await team();
    const response = await api.graphql(
      UPDATE,
      { input: { organisationId, name: 'Taken over' } },
      { cookie: editor.cookie },
    );
    expect(errorOf(response).extensions?.code).toBe('FORBIDDEN');
  });
});

describe('organisation query', () => {
  it('returns null for an unknown id', async () => {
    const response = await api.graphql(
      'query ($id: ID!) { organisation(id: $id) { id } }',
      { id: randomUUID() },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.organisation).toBeNull();
  });

  it('rejects a malformed id', async () => {
    const response = await api.graphql(
      'query { organisation(id: "42") { id } }',
    );
    const error = errorOf(response);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe('id');
  });
});

describe('invitations', () => {
  it('e-mails a link that the invited account accepts', async () => {
    const { organisationId, owner } = await team();
    const invitee = await createUser(api.dataSource, { verified: false });
    const response = await invite(
      owner,
      organisationId,
      invitee.email.toUpperCase(),
      'AWARDER',
    );
    expect(response.errors).toBeUndefined();
    const invitationId = response.data!.inviteMember.id;
    expect(response.data!.inviteMember.email).toBe(invitee.email);

    const mail = await lastMessageTo(api.outboxDir, invitee.email);
    expect(mail.text).toContain(
      'https://learnscape.example.org/invitations/accept?token=',
    );
    const accepted = await api.graphql<{
      acceptInvitation: {
        role: string;
        organisation: { id: string; viewerRole: string };
      };
    }>(ACCEPT, { token: tokenIn(mail) }, { cookie: invitee.cookie });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptInvitation).toEqual({
      role: 'AWARDER',
      organisation: { id: organisationId, viewerRole: 'AWARDER' },
    });

    const [user]: { verified: boolean }[] = await api.dataSource.query(
      'SELECT email_verified_at IS NOT NULL AS verified FROM users WHERE id = $1',
      [invitee.id],
    );
    expect(user!.verified).toBe(true);
    const audit = await auditActions('invitation', invitationId);
    expect(audit.map((row) => row.action)).toEqual(['create', 'accept']);
    const membership = await auditActions(
      'membership',
      `${organisationId}:${invitee.id}`,
    );
    expect(membership.map((row) => row.action)).toEqual(['create']);
  });

  it('lists the invitation until it is accepted', async () => {
    const { organisationId, owner } = await team();
    const invitee = await createUser(api.dataSource);
    const token = await invitedToken(owner, organisationId, invitee.email);
    const pending = await api.graphql<{
      organisation: { invitations: { email: string; role: string }[] };
    }>(INVITATIONS, { id: organisationId }, { cookie: owner.cookie });
    expect(pending.data!.organisation.invitations).toEqual([
      expect.objectContaining({ email: invitee.email, role: 'EDITOR' }),
    ]);

    await api.graphql(ACCEPT, { token }, { cookie: invitee.cookie });
    const after = await api.graphql<{
      organisation: { invitations: unknown[] };
    }>(INVITATIONS, { id: organisationId }, { cookie: owner.cookie });
    expect(after.data!.organisation.invitations).toEqual([]);
  });

  it('rejects another account and names the invited one', async () => {
    const { organisationId, owner } = await team();
    const invitee = await createUser(api.dataSource);
    const other = await createUser(api.dataSource);
    const token = await invitedToken(owner, organisationId, invitee.email);

    const error = errorOf(
      await api.graphql(ACCEPT, { token }, { cookie: other.cookie }),
    );
    expect(error.extensions?.code).toBe('FORBIDDEN');
    expect(error.message).toContain(invitee.email);

    const retry = await api.graphql(
      ACCEPT,
      { token },
      { cookie: invitee.cookie },
    );
    expect(retry.errors).toBeUndefined();
  });

  it('rejects a used token', async () => {
    const { organisationId, owner } = await team();
    const invitee = await createUser(api.dataSource);
    const token = await invitedToken(owner, organisationId, invitee.email);
    await api.graphql(ACCEPT, { token }, { cookie: invitee.cookie });

    const error = errorOf(
      await api.graphql(ACCEPT, { token }, { cookie: invitee.cookie }),
    );
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe('input.token');
    expect(error.message).toContain('already used');
  });

  it('rejects an expired token', async () => {
    const { organisationId, owner } = await team();
    const invitee = await createUser(api.dataSource);
    const token = await invitedToken(owner, organisationId, invitee.email);
    await api.dataSource.query(
      `UPDATE organisation_invitations SET expires_at = now() - interval '1 minute'
        WHERE organisation_id = $1`,
      [organisationId],
    );

    const error = errorOf(
      await api.graphql(ACCEPT, { token }, { cookie: invitee.cookie }),
    );
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe('input.token');
    expect(error.message).toContain('expired');
  });

  it('rejects a revoked token', async () => {
    const { organisationId, owner } = await team();
    const invitee = await createUser(api.dataSource);
    const response = await invite(owner, organisationId, invitee.email);
    const token = tokenIn(await lastMessageTo(api.outboxDir, invitee.email));
    const revoked = await api.graphql(
      REVOKE,
      { id: response.data!.inviteMember.id },
      { cookie: owner.cookie },
    );
    expect(revoked.errors).toBeUndefined();

    const error = errorOf(
      await api.graphql(ACCEPT, { token }, { cookie: invitee.cookie }),
    );
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe('input.token');
    expect(error.message).toContain('withdrawn');
    const audit = await auditActions(
      'invitation',
      response.data!.inviteMember.id,
    );
    expect(audit.map((row) => row.action)).toEqual(['create', 'revoke']);
  });

  it('rejects an unknown token', async () => {
    const user = await createUser(api.dataSource);
    const error = errorOf(
      await api.graphql(
        ACCEPT,
        { token: 'not-a-real-token' },
        { cookie: user.cookie },
      ),
    );
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe('input.token');
  });

  it('rejects a second pending invitation', async () => {
    const { organisationId, owner } = await team();
    const email = `${randomUUID().slice(0, 8)}@example.org`;
    await invite(owner, organisationId, email);
    const sent = (await readOutbox(api.outboxDir)).length;

    const error = errorOf(await invite(owner, organisationId, email));
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(error.extensions?.field).toBe('input.email');
    expect(await readOutbox(api.outboxDir)).toHaveLength(sent);
  });

  it('rejects inviting a member', async () => {
    const { organisationId, owner, editor } = await team();
    const error = errorOf(await invite(owner, organisationId, editor.email));
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(error.extensions?.field).toBe('input.email');
  });

  it('rejects an invalid address', async () => {
    const { organisationId, owner } = await team();
    const error = errorOf(
      await invite(owner, organisationId, 'not an address'),
    );
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe('input.email');
  });

  it.each(['editor', 'awarder'] as const)(
    'rejects invites by an %s',
    async (role) => {
      const members = await team();
      const error = errorOf(
        await invite(
          members[role],
          members.organisationId,
          'someone@example.org',
        ),
      );
      expect(error.extensions?.code).toBe('FORBIDDEN');
    },
  );
});

describe('changeMemberRole', () => {
  it('changes a role and records it', async () => {
    const { organisationId, owner, editor } = await team();
    const response = await api.graphql<{ changeMemberRole: { role: string } }>(
      CHANGE_ROLE,
      { input: { organisationId, userId: editor.id, role: 'AWARDER' } },
      { cookie: owner.cookie },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.changeMemberRole.role).toBe('AWARDER');
    const audit = await auditActions(
      'membership',
      `${organisationId}:${editor.id}`,
    );
    expect(audit.at(-1)).toEqual({
      action: 'update',
      changes: { role: { from: 'editor', to: 'awarder' } },
    });
  });

  it('keeps the last owner', async () => {
    const { organisationId, owner, editor } = await team();
    const demote = { organisationId, userId: owner.id, role: 'EDITOR' };
    const error = errorOf(
      await api.graphql(
        CHANGE_ROLE,
        { input: demote },
        { cookie: owner.cookie },
      ),
    );
    expect(error.extensions?.code).toBe('CONFLICT');

    await api.graphql(
      CHANGE_ROLE,
      { input: { organisationId, userId: editor.id, role: 'OWNER' } },
      { cookie: owner.cookie },
    );
    const second = await api.graphql(
      CHANGE_ROLE,
      { input: demote },
      { cookie: owner.cookie },
    );
    expect(second.errors).toBeUndefined();
  });

  it('rejects editors', async () => {
    const { organisationId, editor, awarder } = await team();
    const response = await api.graphql(
      CHANGE_ROLE,
      { input: { organisationId, userId: awarder.id, role: 'OWNER' } },
      { cookie: editor.cookie },
    );
    expect(errorOf(response).extensions?.code).toBe('FORBIDDEN');
  });

  it('reports a user who is not a member', async () => {
    const { organisationId, owner } = await team();
    const outsider = await createUser(api.dataSource);
    const response = await api.graphql(
      CHANGE_ROLE,
      { input: { organisationId, userId: outsider.id, role: 'OWNER' } },
      { cookie: owner.cookie },
    );
    expect(errorOf(response).extensions?.code).toBe('NOT_FOUND');
  });
});

describe('removeMember', () => {
  it('lets owners remove a member', async () => {
    const { organisationId, owner, awarder } = await team();
    const response = await api.graphql<{ removeMember: boolean }>(
      REMOVE,
      { input: { organisationId, userId: awarder.id } },
      { cookie: owner.cookie },
    );
    expect(response.data!.removeMember).toBe(true);
    const audit = await auditActions(
      'membership',
      `${organisationId}:${awarder.id}`,
    );
    expect(audit.at(-1)!.action).toBe('delete');
  });

  it('lets members remove themselves', async () => {
    const { organisationId, editor } = await team();
    const response = await api.graphql<{ removeMember: boolean }>(
      REMOVE,
      { input: { organisationId, userId: editor.id } },
      { cookie: editor.cookie },
    );
    expect(response.data!.removeMember).toBe(true);
  });

  it('rejects editors removing others', async () => {
    const { organisationId, editor, awarder } = await team();
    const response = await api.graphql(
      REMOVE,
      { input: { organisationId, userId: awarder.id } },
      { cookie: editor.cookie },
    );
    expect(errorOf(response).extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps the last owner', async () => {
    const { organisationId, owner } = await team();
    const response = await api.graphql(
      REMOVE,
      { input: { organisationId, userId: owner.id } },
      { cookie: owner.cookie },
    );
    const error = errorOf(response);
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(error.extensions?.field).toBe('input.userId');
  });
});

describe('member visibility', () => {
  it('shows owners members with e-mails', async () => {
    const { organisationId, owner, editor } = await team();
    const response = await api.graphql<{
      organisation: { members: { user: { email: string } }[] };
    }>(MEMBERS, { id: organisationId }, { cookie: owner.cookie });
    expect(response.errors).toBeUndefined();
    const emails = response.data!.organisation.members.map((m) => m.user.email);
    expect(emails).toContain(editor.email);
    expect(emails).toHaveLength(3);
  });

  it('shows editors the members but not the invitations', async () => {
    const { organisationId, editor } = await team();
    const members = await api.graphql<{
      organisation: { viewerRole: string; members: unknown[] };
    }>(MEMBERS, { id: organisationId }, { cookie: editor.cookie });
    expect(members.data!.organisation.viewerRole).toBe('EDITOR');
    expect(members.data!.organisation.members).toHaveLength(3);

    const invitations = await api.graphql(
      INVITATIONS,
      { id: organisationId },
      { cookie: editor.cookie },
    );
    expect(errorOf(invitations).extensions?.code).toBe('FORBIDDEN');
    expect(invitations.data!.organisation).toBeNull();
  });

  it('hides members from outsiders', async () => {
    const { organisationId } = await team();
    const outsider = await createUser(api.dataSource);
    const response = await api.graphql(
      MEMBERS,
      { id: organisationId },
      { cookie: outsider.cookie },
    );
    expect(errorOf(response).extensions?.code).toBe('FORBIDDEN');
    expect(response.data!.organisation).toBeNull();
    expect(JSON.stringify(response)).not.toContain('@example.org');
  });

  it('hides members from anonymous visitors', async () => {
    const { organisationId } = await team();
    const response = await api.graphql(MEMBERS, { id: organisationId });
    expect(errorOf(response).extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.data!.organisation).toBeNull();
  });

  it('gives outsiders no viewer role', async () => {
    const { organisationId } = await team();
    const outsider = await createUser(api.dataSource);
    const query = 'query ($id: ID!) { organisation(id: $id) { viewerRole } }';
    const signedIn = await api.graphql<{ organisation: { viewerRole: null } }>(
      query,
      { id: organisationId },
      { cookie: outsider.cookie },
    );
    expect(signedIn.data!.organisation.viewerRole).toBeNull();
    const anonymous = await api.graphql<{ organisation: { viewerRole: null } }>(
      query,
      { id: organisationId },
    );
    expect(anonymous.data!.organisation.viewerRole).toBeNull();
  });

  it('shows admins the members', async () => {
    const { organisationId } = await team();
    const admin = await createUser(api.dataSource, { isAdmin: true });
    const response = await api.graphql<{
      organisation: { members: unknown[] };
    }>(MEMBERS, { id: organisationId }, { cookie: admin.cookie });
    expect(response.errors).toBeUndefined();
    expect(response.data!.organisation.members).toHaveLength(3);
  });
});

describe('Account.memberships', () => {
  it('lists the organisations of the signed-in user', async () => {
    const { organisationId, editor } = await team();
    const response = await api.graphql<{
      me: { memberships: { role: string; organisation: { id: string } }[] };
    }>('query { me { memberships { role organisation { id } } } }', undefined, {
      cookie: editor.cookie,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.me.memberships).toEqual([
      { role: 'EDITOR', organisation: { id: organisationId } },
    ]);
  });
});
