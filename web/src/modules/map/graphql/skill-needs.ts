import { graphql } from '@/gql';

export const SkillNeedMarkersQuery = graphql(`
  query SkillNeedMarkers(
    $near: NearInput
    $radiusKm: Float
    $bbox: BoundingBoxInput
    $filter: SkillNeedFilterInput
    $limit: Int
  ) {
    skillNeedMarkers(
      near: $near
      radiusKm: $radiusKm
      bbox: $bbox
      filter: $filter
      limit: $limit
    ) {
      id
      title
      latitude
      longitude
      skillIds
      employerName
    }
  }
`);
