import { squareArea } from '../accounts.js';
import { type MutationCase, rows } from './case.js';
import {
  createCouncilOf,
  createInvitation,
  createMember,
  createProvider,
  unique,
} from './records.js';
import { COUNCIL_CENTRE, SIGNED_IN, type World } from './world.js';

const OWNERS = ['owner', 'admin'] as const;

/** Owners and editors of council C, and admins. */
const COUNCIL_REVIEWERS = ['owner', 'editor', 'admin'] as const;

let areaChanges = 0;

function memberState(world: World, organisationId: string, userId: string) {
  return () =>
    rows(
      world,
      `SELECT role FROM organisation_members
        WHERE organisation_id = $1 AND user_id = $2`,
      [organisationId, userId],
    );
}

function verificationState(world: World, organisationId: string) {
  return () =>
    rows(
      world,
      'SELECT verified_at, verified_by_id FROM organisations WHERE id = $1',
      [organisationId],
    );
}

function approvalState(world: World, providerId: string) {
  return () =>
    rows(
      world,
      `SELECT created_at FROM provider_approvals
        WHERE council_id = $1 AND provider_id = $2`,
      [world.councilId, providerId],
    );
}

export const ORGANISATION_CASES: MutationCase[] = [
  {
    mutation: 'createOrganisation',
    document: `mutation ($input: CreateOrganisationInput!) {
      createOrganisation(input: $input) { id viewerRole }
    }`,
    target: 'none',
    allowed: SIGNED_IN,
    async prepare(world) {
      const name = `Youth Hub ${unique()}`;

      return {
        variables: { input: { name, kind: 'PROVIDER' } },
        readState: () =>
          rows(world, 'SELECT id FROM organisations WHERE name = $1', [name]),
      };
    },
  },
  {
    mutation: 'updateOrganisation',
    document: `mutation ($input: UpdateOrganisationInput!) {
      updateOrganisation(input: $input) { id description }
    }`,
    target: 'provider',
    allowed: OWNERS,
    async prepare(world, actor) {
      return {
        variables: {
          input: {
            organisationId: world.providerId,
            description: `Described by ${actor.name} ${unique()}`,
          },
        },
        readState: () =>
          rows(world, 'SELECT description FROM organisations WHERE id = $1', [
            world.providerId,
          ]),
      };
    },
  },
  {
    mutation: 'setCouncilArea',
    document: `mutation ($input: SetCouncilAreaInput!) {
      setCouncilArea(input: $input) { id area }
    }`,
    target: 'council',
    allowed: OWNERS,
    async prepare(world) {
      // Each attempt sends a slightly larger square, so a write shows in
      // the state, and every square still covers Katoomba.
      areaChanges += 1;
      const area = squareArea(COUNCIL_CENTRE, 0.5 + areaChanges / 1000);

      return {
        variables: {
          input: {
            organisationId: world.councilId,
            geoJson: JSON.stringify(area),
          },
        },
        readState: () =>
          rows(
            world,
            'SELECT ST_AsText(area) AS area FROM organisations WHERE id = $1',
            [world.councilId],
          ),
      };
    },
  },
  {
    mutation: 'inviteMember',
    document: `mutation ($input: InviteMemberInput!) {
      inviteMember(input: $input) { id email }
    }`,
    target: 'provider',
    allowed: OWNERS,
    async prepare(world) {
      const email = `invitee-${unique()}@example.org`;

      return {
        variables: {
          input: { organisationId: world.providerId, email, role: 'EDITOR' },
        },
        readState: () =>
          rows(
            world,
            'SELECT id FROM organisation_invitations WHERE email = $1',
            [email],
          ),
      };
    },
  },
  {
    mutation: 'revokeInvitation',
    document: `mutation ($input: RevokeInvitationInput!) {
      revokeInvitation(input: $input) { id }
    }`,
    target: 'provider',
    allowed: OWNERS,
    async prepare(world) {
      const { id } = await createInvitation(world, world.providerId);

      return {
        variables: { input: { invitationId: id } },
        readState: () =>
          rows(
            world,
            'SELECT revoked_at FROM organisation_invitations WHERE id = $1',
            [id],
          ),
      };
    },
  },
  {
    // Each signed-in actor accepts an invitation sent to their own address.
    // The spec checks accepting someone else's invitation separately.
    mutation: 'acceptInvitation',
    document: `mutation ($input: AcceptInvitationInput!) {
      acceptInvitation(input: $input) { role organisation { id } }
    }`,
    target: 'none',
    allowed: SIGNED_IN,
    async prepare(world, actor) {
      const organisationId = await createProvider(world);
      const { id, token } = await createInvitation(
        world,
        organisationId,
        actor.user?.email,
      );

      return {
        variables: { input: { token } },
        readState: () =>
          rows(
            world,
            'SELECT accepted_at FROM organisation_invitations WHERE id = $1',
            [id],
          ),
      };
    },
  },
  {
    mutation: 'changeMemberRole',
    document: `mutation ($input: ChangeMemberRoleInput!) {
      changeMemberRole(input: $input) { role }
    }`,
    target: 'provider',
    allowed: OWNERS,
    async prepare(world) {
      const userId = await createMember(world, world.providerId);

      return {
        variables: {
          input: { organisationId: world.providerId, userId, role: 'AWARDER' },
        },
        readState: memberState(world, world.providerId, userId),
      };
    },
  },
  {
    // The actor removes someone else, because members may always remove
    // themselves. The spec checks that rule separately.
    mutation: 'removeMember',
    document: `mutation ($input: RemoveMemberInput!) {
      removeMember(input: $input)
    }`,
    target: 'provider',
    allowed: OWNERS,
    async prepare(world) {
      const userId = await createMember(world, world.providerId);

      return {
        variables: { input: { organisationId: world.providerId, userId } },
        readState: memberState(world, world.providerId, userId),
      };
    },
  },
  {
    mutation: 'approveProvider',
    document: `mutation ($input: ApproveProviderInput!) {
      approveProvider(input: $input) { createdAt }
    }`,
    target: 'council',
    allowed: COUNCIL_REVIEWERS,
    async prepare(world) {
      const providerId = await createProvider(world);

      return {
        variables: { input: { councilId: world.councilId, providerId } },
        readState: approvalState(world, providerId),
      };
    },
  },
  {
    // Each attempt verifies a new council in which the actor has its role,
    // so that not even the council's own owner may verify it.
    mutation: 'verifyOrganisation',
    document: `mutation ($input: VerifyOrganisationInput!) {
      verifyOrganisation(input: $input) { id verified }
    }`,
    target: 'council',
    allowed: ['admin'],
    async prepare(world, actor) {
      const organisationId = await createCouncilOf(world, actor, false);

      return {
        variables: { input: { organisationId } },
        readState: verificationState(world, organisationId),
      };
    },
  },
  {
    mutation: 'revokeOrganisationVerification',
    document: `mutation ($input: RevokeOrganisationVerificationInput!) {
      revokeOrganisationVerification(input: $input) { id verified }
    }`,
    target: 'council',
    allowed: ['admin'],
    async prepare(world, actor) {
      const organisationId = await createCouncilOf(world, actor, true);

      return {
        variables: { input: { organisationId } },
        readState: verificationState(world, organisationId),
      };
    },
  },
  {
    mutation: 'revokeProviderApproval',
    document: `mutation ($input: RevokeProviderApprovalInput!) {
      revokeProviderApproval(input: $input)
    }`,
    target: 'council',
    allowed: COUNCIL_REVIEWERS,
    async prepare(world) {
      const providerId = await createProvider(world);
      await world.api.dataSource.query(
        'INSERT INTO provider_approvals (provider_id, council_id) VALUES ($1, $2)',
        [providerId, world.councilId],
      );

      return {
        variables: { input: { councilId: world.councilId, providerId } },
        readState: approvalState(world, providerId),
      };
    },
  },
];
