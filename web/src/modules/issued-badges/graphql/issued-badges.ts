import { graphql } from '@/gql';

export const IssuedBadgeFieldsFragment = graphql(`
  fragment IssuedBadgeFields on Credential {
    id
    issuedAt
    status
    statusReason
    statusChangedAt
    recipientName
    recipientEmail
    achievement {
      id
      name
    }
  }
`);

export const IssuedBadgesContextQuery = graphql(`
  query IssuedBadgesContext($organisationId: ID!) {
    organisation(id: $organisationId) {
      id
      name
      viewerRole
    }
    organisationAchievements(
      organisationId: $organisationId
      includeArchived: true
      first: 100
    ) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const OrganisationCredentialsQuery = graphql(`
  query OrganisationCredentials(
    $organisationId: ID!
    $achievementId: ID
    $first: Int
    $after: String
  ) {
    organisationCredentials(
      organisationId: $organisationId
      achievementId: $achievementId
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
          ...IssuedBadgeFields
        }
      }
    }
  }
`);

export const RevokeCredentialMutation = graphql(`
  mutation RevokeCredential($input: ChangeCredentialStatusInput!) {
    revokeCredential(input: $input) {
      ...IssuedBadgeFields
    }
  }
`);

export const SuspendCredentialMutation = graphql(`
  mutation SuspendCredential($input: ChangeCredentialStatusInput!) {
    suspendCredential(input: $input) {
      ...IssuedBadgeFields
    }
  }
`);

export const ReinstateCredentialMutation = graphql(`
  mutation ReinstateCredential($input: ChangeCredentialStatusInput!) {
    reinstateCredential(input: $input) {
      ...IssuedBadgeFields
    }
  }
`);
