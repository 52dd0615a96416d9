import { graphql } from '@/gql';

export const PathwaySummaryFragment = graphql(`
  fragment PathwaySummary on Pathway {
    id
    title
    description
    status
    ordered
    sdgs {
      number
      title
    }
    myProgress {
      complete
      metCount
      stepCount
    }
  }
`);

export const PathwaysNearQuery = graphql(`
  query PathwaysNear($near: NearInput, $radiusKm: Float, $after: String) {
    pathways(near: $near, radiusKm: $radiusKm, first: 20, after: $after) {
      edges {
        distanceKm
        node {
          ...PathwaySummary
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PathwayDetailQuery = graphql(`
  query PathwayDetail($id: ID!) {
    pathway(id: $id) {
      ...PathwaySummary
      followedByMe
      organisation {
        id
        name
        viewerRole
      }
      skills {
        id
        name
      }
      goalAchievement {
        id
        name
        imageUrl
      }
      steps {
        id
        position
        title
        requiredCount
        options {
          achievementUri
          issuerUri
          name
          achievement {
            id
            name
          }
        }
      }
      myProgress {
        complete
        goalCredentialId
        steps {
          stepId
          state
          heldCount
          waitingForStep
          contributions {
            achievementUri
          }
        }
      }
    }
  }
`);

export const PathwayOpportunitiesQuery = graphql(`
  query PathwayOpportunities(
    $pathwayId: ID!
    $near: NearInput
    $missingOnly: Boolean
  ) {
    pathwayOpportunities(
      pathwayId: $pathwayId
      near: $near
      missingOnly: $missingOnly
      limit: 5
    ) {
      stepId
      position
      opportunities {
        distanceKm
        opportunity {
          id
          title
          location {
            latitude
            longitude
          }
        }
      }
    }
  }
`);

export const FollowPathwayMutation = graphql(`
  mutation FollowPathway($input: PathwayIdInput!) {
    followPathway(input: $input) {
      id
      followedByMe
    }
  }
`);

export const UnfollowPathwayMutation = graphql(`
  mutation UnfollowPathway($input: PathwayIdInput!) {
    unfollowPathway(input: $input) {
      id
      followedByMe
    }
  }
`);

export const OrganisationPathwaysQuery = graphql(`
  query OrganisationPathways($organisationId: ID!, $after: String) {
    organisationPathways(
      organisationId: $organisationId
      first: 50
      after: $after
    ) {
      edges {
        node {
          id
          title
          status
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MyPathwaysQuery = graphql(`
  query MyPathways($after: String) {
    myPathways(first: 20, after: $after) {
      edges {
        node {
          id
          title
          description
          organisation {
            id
            name
          }
          goalAchievement {
            id
            name
            imageUrl
          }
          myProgress {
            complete
            metCount
            stepCount
            goalCredentialId
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PathwayBuilderOrganisationQuery = graphql(`
  query PathwayBuilderOrganisation($id: ID!) {
    organisation(id: $id) {
      id
      name
      viewerRole
    }
  }
`);

export const EditablePathwayQuery = graphql(`
  query EditablePathway($id: ID!) {
    pathway(id: $id) {
      id
      title
      description
      status
      ordered
      organisation {
        id
      }
      goalAchievement {
        id
        name
      }
      sdgs {
        number
      }
      skills {
        id
      }
      steps {
        id
        title
        requiredCount
        options {
          achievementUri
          issuerUri
          name
          achievement {
            id
            name
          }
        }
      }
    }
  }
`);

export const BadgeDesignsQuery = graphql(`
  query BadgeDesigns($search: String) {
    badgeDesigns(search: $search, first: 10) {
      totalCount
      edges {
        node {
          id
          name
          organisation {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export const CreatePathwayMutation = graphql(`
  mutation CreatePathway($input: CreatePathwayInput!) {
    createPathway(input: $input) {
      id
      status
    }
  }
`);

export const UpdatePathwayMutation = graphql(`
  mutation UpdatePathway($input: UpdatePathwayInput!) {
    updatePathway(input: $input) {
      id
      status
    }
  }
`);

export const PublishPathwayMutation = graphql(`
  mutation PublishPathway($input: PathwayIdInput!) {
    publishPathway(input: $input) {
      id
      status
    }
  }
`);

export const ArchivePathwayMutation = graphql(`
  mutation ArchivePathway($input: PathwayIdInput!) {
    archivePathway(input: $input) {
      id
      status
    }
  }
`);
