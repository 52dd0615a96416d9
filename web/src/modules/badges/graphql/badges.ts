import { graphql } from '@/gql';

export const MyBadgeFieldsFragment = graphql(`
  fragment MyBadgeFields on Credential {
    id
    issuedAt
    validUntil
    expired
    status
    shared
    publicUrl
    achievement {
      id
      name
      imageUrl
    }
    issuer {
      id
      name
    }
  }
`);

export const MyCredentialsQuery = graphql(`
  query MyCredentials($first: Int, $after: String) {
    myCredentials(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...MyBadgeFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ShareCredentialMutation = graphql(`
  mutation ShareCredential($input: ShareCredentialInput!) {
    shareCredential(input: $input) {
      id
      shared
    }
  }
`);

export const RedeemClaimCodeMutation = graphql(`
  mutation RedeemClaimCode($input: RedeemClaimCodeInput!) {
    redeemClaimCode(input: $input) {
      ...MyBadgeFields
    }
  }
`);
