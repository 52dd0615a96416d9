import { graphql } from '@/gql';

export const AwardAchievementQuery = graphql(`
  query AwardAchievement($id: ID!) {
    achievement(id: $id) {
      id
      name
      archived
      imageUrl
      organisation {
        id
        name
      }
    }
  }
`);

export const SessionAchievementQuery = graphql(`
  query SessionAchievement($sessionId: ID!) {
    sessionRegistrations(sessionId: $sessionId, first: 1) {
      opportunity {
        id
        provider {
          id
        }
        achievement {
          id
          name
          archived
        }
      }
    }
  }
`);

export const SessionAwardsQuery = graphql(`
  query SessionAwards($sessionId: ID!, $achievementId: ID!) {
    sessionAwards(sessionId: $sessionId, achievementId: $achievementId) {
      registrationId
      credentialId
      status
    }
  }
`);

export const AwardBadgeMutation = graphql(`
  mutation AwardBadge($input: AwardBadgeInput!) {
    awardBadge(input: $input) {
      id
      publicUrl
    }
  }
`);

export const AwardJobFieldsFragment = graphql(`
  fragment AwardJobFields on AwardJob {
    id
    status
    total
    succeeded
    failed
    failures {
      recipient
      code
      message
    }
  }
`);

export const StartBulkAwardMutation = graphql(`
  mutation StartBulkAward($input: StartBulkAwardInput!) {
    startBulkAward(input: $input) {
      ...AwardJobFields
    }
  }
`);

export const AwardJobQuery = graphql(`
  query AwardJob($id: ID!) {
    awardJob(id: $id) {
      ...AwardJobFields
    }
  }
`);

export const ClaimCodeFieldsFragment = graphql(`
  fragment ClaimCodeFields on ClaimCode {
    id
    code
    claimUrl
    qrCodeSvg
    expiresAt
    maxRedemptions
    redemptionCount
    revoked
  }
`);

export const AchievementClaimCodesQuery = graphql(`
  query AchievementClaimCodes($achievementId: ID!) {
    achievementClaimCodes(achievementId: $achievementId) {
      ...ClaimCodeFields
    }
  }
`);

export const CreateClaimCodeMutation = graphql(`
  mutation CreateClaimCode($input: CreateClaimCodeInput!) {
    createClaimCode(input: $input) {
      ...ClaimCodeFields
    }
  }
`);

export const RevokeClaimCodeMutation = graphql(`
  mutation RevokeClaimCode($input: RevokeClaimCodeInput!) {
    revokeClaimCode(input: $input) {
      ...ClaimCodeFields
    }
  }
`);

export const EndorseAchievementMutation = graphql(`
  mutation EndorseAchievement($input: EndorseAchievementInput!) {
    endorseAchievement(input: $input) {
      id
      comment
    }
  }
`);
