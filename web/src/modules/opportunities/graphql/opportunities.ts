import { graphql } from '@/gql';

export const SdgChipFieldsFragment = graphql(`
  fragment SdgChipFields on Sdg {
    number
    shortTitle
    colour
  }
`);

export const SessionFieldsFragment = graphql(`
  fragment SessionFields on OpportunitySession {
    id
    startsAt
    endsAt
    timeZone
  }
`);

export const CostFieldsFragment = graphql(`
  fragment CostFields on Cost {
    free
    amountMinor
    currency
  }
`);

export const OpportunitiesQuery = graphql(`
  query Opportunities(
    $near: NearInput
    $radiusKm: Float
    $bbox: BoundingBoxInput
    $filter: OpportunityFilterInput
    $first: Int!
    $after: String
  ) {
    opportunities(
      near: $near
      radiusKm: $radiusKm
      bbox: $bbox
      filter: $filter
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
        distanceKm
        node {
          id
          title
          kind
          location {
            latitude
            longitude
          }
          provider {
            id
            name
          }
          nextSession {
            ...SessionFields
          }
          cost {
            ...CostFields
          }
          sdgs {
            ...SdgChipFields
          }
        }
      }
    }
  }
`);

/** The fields that `OpportunityFacts` shows, shared by the panel and the page. */
export const OpportunityFactsFieldsFragment = graphql(`
  fragment OpportunityFactsFields on Opportunity {
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

export const OpportunityDetailQuery = graphql(`
  query OpportunityDetail($id: ID!) {
    opportunity(id: $id) {
      ...OpportunityFactsFields
    }
  }
`);
