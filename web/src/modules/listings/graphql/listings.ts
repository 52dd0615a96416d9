import { graphql } from '@/gql';

export const ListingFieldsFragment = graphql(`
  fragment ListingFields on Opportunity {
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
    cost {
      amountMinor
      currency
      free
    }
    minAge
    maxAge
    capacity
    accessibilitySupport
    accessibilityInformation
    sdgs {
      number
    }
    skills {
      id
    }
    sessions {
      id
      startsAt
      endsAt
      timeZone
    }
    status
    moderationNote
    updatedAt
    viewerCanEdit
    achievement {
      id
      name
    }
    provider {
      id
      name
    }
  }
`);

export const EditableListingQuery = graphql(`
  query EditableListing($id: ID!) {
    opportunity(id: $id) {
      ...ListingFields
      auditLog {
        id
        action
        actorName
        changes
        createdAt
      }
    }
  }
`);

export const CreateOpportunityMutation = graphql(`
  mutation CreateOpportunity($input: CreateOpportunityInput!) {
    createOpportunity(input: $input) {
      ...ListingFields
    }
  }
`);

export const UpdateOpportunityMutation = graphql(`
  mutation UpdateOpportunity($input: UpdateOpportunityInput!) {
    updateOpportunity(input: $input) {
      ...ListingFields
    }
  }
`);

export const SubmitOpportunityMutation = graphql(`
  mutation SubmitOpportunity($input: SubmitOpportunityInput!) {
    submitOpportunity(input: $input) {
      id
      status
      moderationNote
    }
  }
`);

export const ArchiveOpportunityMutation = graphql(`
  mutation ArchiveOpportunity($input: ArchiveOpportunityInput!) {
    archiveOpportunity(input: $input) {
      id
      status
    }
  }
`);

export const NearestPlaceQuery = graphql(`
  query NearestPlace($latitude: Float!, $longitude: Float!) {
    nearestPlace(latitude: $latitude, longitude: $longitude) {
      id
      name
      countryCode
    }
  }
`);
