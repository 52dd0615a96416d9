import { graphql } from '@/gql';

export const LearnerContactSettingsQuery = graphql(`
  query LearnerContactSettings {
    me {
      id
      employerContact
      isMinor
    }
    myEmployerContactConsents {
      createdAt
      employer {
        id
        name
      }
    }
  }
`);

export const AllowEmployerContactMutation = graphql(`
  mutation AllowEmployerContact($employerId: ID!) {
    allowEmployerContact(employerId: $employerId) {
      createdAt
      employer {
        id
        name
      }
    }
  }
`);

export const WithdrawEmployerContactMutation = graphql(`
  mutation WithdrawEmployerContact($employerId: ID!) {
    withdrawEmployerContact(employerId: $employerId)
  }
`);

export const MyHomePlaceQuery = graphql(`
  query MyHomePlace {
    me {
      id
      homePlace {
        ...PlaceFields
      }
    }
  }
`);

export const UpdateHomePlaceMutation = graphql(`
  mutation UpdateHomePlace($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      homePlace {
        ...PlaceFields
      }
    }
  }
`);

export const MySkillNeedMatchesQuery = graphql(`
  query MySkillNeedMatches($near: NearInput, $first: Int, $after: String) {
    mySkillNeedMatches(near: $near, first: $first, after: $after) {
      edges {
        cursor
        distanceKm
        node {
          ...SkillNeedSummary
          myMatch {
            heldSkills {
              id
              name
            }
            missingSkills {
              id
              name
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);
