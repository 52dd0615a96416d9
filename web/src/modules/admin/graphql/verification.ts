import { graphql } from '@/gql';

export const AwaitingVerificationQuery = graphql(`
  query OrganisationsAwaitingVerification(
    $kind: OrganisationKind
    $first: Int
    $after: String
  ) {
    organisationsAwaitingVerification(
      kind: $kind
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
          name
          kind
          area
          createdAt
        }
      }
    }
  }
`);

export const VerifyOrganisationMutation = graphql(`
  mutation VerifyOrganisation($input: VerifyOrganisationInput!) {
    verifyOrganisation(input: $input) {
      id
      verified
      verifiedAt
    }
  }
`);

export const RevokeOrganisationVerificationMutation = graphql(`
  mutation RevokeOrganisationVerification(
    $input: RevokeOrganisationVerificationInput!
  ) {
    revokeOrganisationVerification(input: $input) {
      id
      verified
      verifiedAt
    }
  }
`);
