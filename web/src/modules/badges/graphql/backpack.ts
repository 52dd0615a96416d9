import { graphql } from '@/gql';

export const BackpackItemFieldsFragment = graphql(`
  fragment BackpackItemFields on BackpackItem {
    id
    kind
    name
    imageUrl
    issuerName
    issuedAt
    status
    shared
  }
`);

export const MyBackpackQuery = graphql(`
  query MyBackpack(
    $first: Int
    $after: String
    $sort: BackpackSort
    $filter: BackpackFilterInput
  ) {
    myBackpack(first: $first, after: $after, sort: $sort, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          ...BackpackItemFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MyBackpackIssuersQuery = graphql(`
  query MyBackpackIssuers {
    myBackpackIssuers {
      key
      name
      badgeCount
    }
  }
`);

export const ShareImportedBadgeMutation = graphql(`
  mutation ShareImportedBadge($input: ShareImportedBadgeInput!) {
    shareImportedBadge(input: $input) {
      id
      shared
    }
  }
`);
