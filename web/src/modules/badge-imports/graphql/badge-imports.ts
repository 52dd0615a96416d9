import { graphql } from '@/gql';

export const ImportedBadgeFieldsFragment = graphql(`
  fragment ImportedBadgeFields on ImportedBadge {
    id
    source
    sourceUrl
    specVersion
    credentialUri
    name
    description
    issuerName
    issuerUri
    issuedAt
    expiresAt
    imageUrl
    status
    failureReason
    checks {
      check
      outcome
      message
    }
    verifiedAt
    importedAt
    shared
  }
`);

export const ImportBadgeTextMutation = graphql(`
  mutation ImportBadgeText($input: ImportBadgeTextInput!) {
    importBadgeText(input: $input) {
      created
      badge {
        ...ImportedBadgeFields
      }
    }
  }
`);

export const ImportBadgeUrlMutation = graphql(`
  mutation ImportBadgeUrl($input: ImportBadgeUrlInput!) {
    importBadgeUrl(input: $input) {
      created
      badge {
        ...ImportedBadgeFields
      }
    }
  }
`);

export const ImportedBadgeQuery = graphql(`
  query ImportedBadge($id: ID!) {
    importedBadge(id: $id) {
      ...ImportedBadgeFields
    }
  }
`);

export const ReverifyImportedBadgeMutation = graphql(`
  mutation ReverifyImportedBadge($id: ID!) {
    reverifyImportedBadge(id: $id) {
      ...ImportedBadgeFields
    }
  }
`);

export const ShareImportedBadgeMutation = graphql(`
  mutation ShareImportedBadge($input: ShareImportedBadgeInput!) {
    shareImportedBadge(input: $input) {
      id
      shared
    }
  }
`);

export const DeleteImportedBadgeMutation = graphql(`
  mutation DeleteImportedBadge($id: ID!) {
    deleteImportedBadge(id: $id)
  }
`);

export const SharedImportedBadgeQuery = graphql(`
  query SharedImportedBadge($id: ID!) {
    sharedImportedBadge(id: $id) {
      id
      name
      description
      issuerName
      issuedAt
      expiresAt
      imageUrl
      status
      verifiedAt
    }
  }
`);
