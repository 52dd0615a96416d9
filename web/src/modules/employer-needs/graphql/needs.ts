import { graphql } from '@/gql';

export const SkillNeedSummaryFragment = graphql(`
  fragment SkillNeedSummary on SkillNeed {
    id
    title
    status
    isOpen
    closesOn
    openings
    placeName
    radiusKm
    employer {
      id
      name
    }
    skills {
      id
      name
    }
  }
`);

export const OrganisationSkillNeedsQuery = graphql(`
  query OrganisationSkillNeeds(
    $organisationId: ID!
    $first: Int
    $after: String
  ) {
    organisationSkillNeeds(
      organisationId: $organisationId
      first: $first
      after: $after
    ) {
      edges {
        cursor
        node {
          ...SkillNeedSummary
          learnerCount {
            value
            suppressed
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

export const NeedOrganisationQuery = graphql(`
  query NeedOrganisation($id: ID!) {
    organisation(id: $id) {
      id
      name
      kind
      verified
      viewerRole
    }
  }
`);

export const SkillNeedQuery = graphql(`
  query SkillNeed($id: ID!) {
    skillNeed(id: $id) {
      ...SkillNeedSummary
      description
      escoSkillUris
      applyUrl
      location {
        latitude
        longitude
      }
      employer {
        id
        name
        kind
        viewerRole
      }
      myMatch {
        heldSkills {
          id
          name
        }
        missingSkills {
          id
          name
        }
        pathways {
          distanceKm
          pathway {
            id
            title
            organisation {
              id
              name
            }
          }
          addsSkills {
            id
            name
          }
        }
      }
    }
  }
`);

export const SkillNeedMatchesQuery = graphql(`
  query SkillNeedMatches($id: ID!, $first: Int, $after: String) {
    skillNeed(id: $id) {
      id
      matches(first: $first, after: $after) {
        edges {
          cursor
          node {
            kind
            distanceKm
            coveredSkills {
              id
              name
            }
            opportunity {
              id
              title
              provider {
                id
                name
              }
            }
            pathway {
              id
              title
              organisation {
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
  }
`);

export const SkillNeedContactsQuery = graphql(`
  query SkillNeedContacts($id: ID!, $first: Int, $after: String) {
    skillNeed(id: $id) {
      id
      learnerCount {
        value
        suppressed
      }
      contacts(first: $first, after: $after) {
        edges {
          cursor
          node {
            id
            name
            email
            isMinor
            area
            consentedAt
            coveredSkills {
              id
              name
            }
            badges {
              name
              issuerName
              issuedAt
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
  }
`);

export const CreateSkillNeedMutation = graphql(`
  mutation CreateSkillNeed($input: CreateSkillNeedInput!) {
    createSkillNeed(input: $input) {
      id
    }
  }
`);

export const UpdateSkillNeedMutation = graphql(`
  mutation UpdateSkillNeed($input: UpdateSkillNeedInput!) {
    updateSkillNeed(input: $input) {
      id
      status
      isOpen
    }
  }
`);
