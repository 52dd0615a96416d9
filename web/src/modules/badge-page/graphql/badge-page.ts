import { graphql } from '@/gql';

export const BadgePageQuery = graphql(`
  query BadgePage($id: ID!) {
    credential(id: $id) {
      id
      issuedAt
      validUntil
      expired
      status
      statusReason
      statusChangedAt
      shared
      narrative
      recipientName
      recipientEmail
      json
      publicUrl
      downloadUrls {
        json
        jwt
        png
        svg
      }
      achievement {
        id
        name
        description
        criteriaNarrative
        achievementType
        imageUrl
        sdgs {
          ...SdgChipFields
        }
        sdgTargets
        skills {
          id
          name
          position
        }
        escoSkillUris
      }
      issuer {
        id
        name
        website
        issuerId
      }
      evidence {
        id
        name
        narrative
        url
        contentType
      }
      endorsements {
        id
        comment
        issuedAt
        status
        endorser {
          id
          name
          website
        }
      }
    }
  }
`);
