import { graphql } from '@/gql';

export const OrganisationQuery = graphql(`
  query Organisation($id: ID!) {
    organisation(id: $id) {
      id
      name
      slug
      kind
      description
      website
      viewerRole
      verified
      verifiedAt
    }
  }
`);

export const OrganisationMembersQuery = graphql(`
  query OrganisationMembers($id: ID!) {
    organisation(id: $id) {
      id
      members {
        role
        joinedAt
        user {
          id
          name
          email
        }
      }
    }
  }
`);

export const OrganisationInvitationsQuery = graphql(`
  query OrganisationInvitations($id: ID!) {
    organisation(id: $id) {
      id
      invitations {
        id
        email
        role
        expiresAt
        createdAt
      }
    }
  }
`);

export const CouncilAreaQuery = graphql(`
  query CouncilArea($id: ID!) {
    organisation(id: $id) {
      id
      area
      approvedProviders {
        id
        name
      }
    }
  }
`);

export const OrganisationOpportunitiesQuery = graphql(`
  query OrganisationOpportunities(
    $organisationId: ID!
    $status: OpportunityStatus
    $first: Int
    $after: String
  ) {
    organisationOpportunities(
      organisationId: $organisationId
      status: $status
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          status
          moderationNote
          updatedAt
          sessions {
            id
            startsAt
            endsAt
            timeZone
          }
        }
      }
    }
  }
`);

export const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      name
      kind
    }
  }
`);

export const UpdateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      id
      name
      description
      website
    }
  }
`);

export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
      role
      expiresAt
      createdAt
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($input: RevokeInvitationInput!) {
    revokeInvitation(input: $input) {
      id
    }
  }
`);

export const ChangeMemberRoleMutation = graphql(`
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      role
    }
  }
`);

export const RemoveMemberMutation = graphql(`
  mutation RemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input)
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      role
      organisation {
        id
        name
        kind
      }
    }
  }
`);

export const SetCouncilAreaMutation = graphql(`
  mutation SetCouncilArea($input: SetCouncilAreaInput!) {
    setCouncilArea(input: $input) {
      id
      area
    }
  }
`);

export const IssuerIdentityQuery = graphql(`
  query IssuerIdentity($id: ID!) {
    organisation(id: $id) {
      id
      issuerId
    }
  }
`);

export const RotateIssuerKeysMutation = graphql(`
  mutation RotateIssuerKeys($input: RotateIssuerKeysInput!) {
    rotateIssuerKeys(input: $input) {
      id
      issuerId
    }
  }
`);
