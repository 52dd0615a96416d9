import { graphql } from '@/gql';

export const AppSettingsQuery = graphql(`
  query AppSettings {
    appSettings {
      tileUrl
      tileAttribution
    }
  }
`);

export const OpportunityMarkersQuery = graphql(`
  query OpportunityMarkers(
    $near: NearInput
    $radiusKm: Float
    $bbox: BoundingBoxInput
    $filter: OpportunityFilterInput
    $limit: Int!
  ) {
    opportunityMarkers(
      near: $near
      radiusKm: $radiusKm
      bbox: $bbox
      filter: $filter
      limit: $limit
    ) {
      markers {
        id
        latitude
        longitude
        title
        kind
        sdgNumbers
      }
      totalCount
      truncated
    }
  }
`);
