import { graphql } from '@/gql';

export const ModerationCouncilQuery = graphql(`
  query ModerationCouncil($id: ID!) {
    organisation(id: $id) {
      id
      name
      kind
      area
      verified
    }
  }
`);

export const ModerationItemFieldsFragment = graphql(`
  fragment ModerationItemFields on Opportunity {
    id
    title
    summary
    description
    kind
    mode
    location {
      latitude
      longitude
    }
    venueName
    venueAddress
    place {
      id
      name
    }
    sessions {
      ...SessionFields
    }
    cost {
      ...CostFields
    }
    minAge
    maxAge
    capacity
    accessibilitySupport
    accessibilityInformation
    sdgs {
      ...SdgChipFields
    }
    skills {
      id
      name
      group
      position
    }
    provider {
      id
      name
      website
    }
  }
`);

export const ModerationQueueQuery = graphql(`
  query ModerationQueue($councilId: ID!, $first: Int, $after: String) {
    moderationQueue(councilId: $councilId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ModerationItemFields
        }
      }
    }
  }
`);

export const ApproveOpportunityMutation = graphql(`
  mutation ApproveOpportunity($input: ApproveOpportunityInput!) {
    approveOpportunity(input: $input) {
      id
      status
    }
  }
`);

export const RejectOpportunityMutation = graphql(`
  mutation RejectOpportunity($input: RejectOpportunityInput!) {
    rejectOpportunity(input: $input) {
      id
      status
      moderationNote
    }
  }
`);

export const ApproveProviderMutation = graphql(`
  mutation ApproveProvider($input: ApproveProviderInput!) {
    approveProvider(input: $input) {
      createdAt
      provider {
        id
      }
    }
  }
`);
