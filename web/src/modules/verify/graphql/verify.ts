import { graphql } from '@/gql';

export const VerificationCheckFieldsFragment = graphql(`
  fragment VerificationCheckFields on VerificationCheck {
    check
    outcome
    message
  }
`);

export const VerificationResultFieldsFragment = graphql(`
  fragment VerificationResultFields on VerificationResult {
    verified
    format
    credentialId
    name
    issuerId
    issuerName
    issuerKnown
    achievementName
    validFrom
    validUntil
    checks {
      ...VerificationCheckFields
    }
    endorsements {
      endorserName
      endorserId
      comment
      verified
      checks {
        ...VerificationCheckFields
      }
    }
  }
`);

export const VerifyCredentialMutation = graphql(`
  mutation VerifyCredential($input: VerifyCredentialInput!) {
    verifyCredential(input: $input) {
      ...VerificationResultFields
    }
  }
`);
