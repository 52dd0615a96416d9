import { graphql } from '@/gql';

export const AchievementFieldsFragment = graphql(`
  fragment AchievementFields on Achievement {
    id
    name
    description
    criteriaNarrative
    achievementType
    tags
    validityDays
    imageUrl
    imageFileId
    sdgs {
      ...SdgChipFields
    }
    sdgTargets
    skills {
      id
      name
    }
    escoSkillUris
    archived
  }
`);

export const OrganisationAchievementsQuery = graphql(`
  query OrganisationAchievements(
    $organisationId: ID!
    $includeArchived: Boolean
    $first: Int
    $after: String
  ) {
    organisationAchievements(
      organisationId: $organisationId
      includeArchived: $includeArchived
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
          ...AchievementFields
        }
      }
    }
  }
`);

export const BadgeChoicesQuery = graphql(`
  query BadgeChoices($organisationId: ID!, $first: Int) {
    organisationAchievements(organisationId: $organisationId, first: $first) {
      totalCount
      edges {
        node {
          id
          name
          archived
        }
      }
    }
  }
`);

export const EditableAchievementQuery = graphql(`
  query EditableAchievement($id: ID!) {
    achievement(id: $id) {
      ...AchievementFields
      organisation {
        id
        name
        viewerRole
      }
    }
  }
`);

export const BadgeDesignReferenceQuery = graphql(`
  query BadgeDesignReference {
    achievementTypes
    sdgs {
      number
      targets
    }
  }
`);

export const CreateAchievementMutation = graphql(`
  mutation CreateAchievement($input: CreateAchievementInput!) {
    createAchievement(input: $input) {
      ...AchievementFields
    }
  }
`);

export const UpdateAchievementMutation = graphql(`
  mutation UpdateAchievement($input: UpdateAchievementInput!) {
    updateAchievement(input: $input) {
      ...AchievementFields
    }
  }
`);

export const ArchiveAchievementMutation = graphql(`
  mutation ArchiveAchievement($input: ArchiveAchievementInput!) {
    archiveAchievement(input: $input) {
      id
      archived
    }
  }
`);
