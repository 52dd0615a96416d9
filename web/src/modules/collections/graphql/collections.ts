import { graphql } from '@/gql';

export const CollectionFieldsFragment = graphql(`
  fragment CollectionFields on BadgeCollection {
    id
    name
    description
    public
    shareUrl
    badgeCount
    badges {
      ...BackpackItemFields
    }
  }
`);

export const MyCollectionsQuery = graphql(`
  query MyCollections {
    myCollections {
      id
      name
      description
      public
      badgeCount
    }
  }
`);

export const CollectionQuery = graphql(`
  query Collection($id: ID!) {
    collection(id: $id) {
      ...CollectionFields
    }
  }
`);

export const PublicCollectionQuery = graphql(`
  query PublicCollection($token: String!) {
    publicCollection(token: $token) {
      name
      description
      ownerName
      badges {
        id
        kind
        name
        imageUrl
        issuerName
        issuedAt
        status
        publicUrl
      }
    }
  }
`);

export const CreateCollectionMutation = graphql(`
  mutation CreateCollection($input: CreateCollectionInput!) {
    createCollection(input: $input) {
      id
    }
  }
`);

export const UpdateCollectionMutation = graphql(`
  mutation UpdateCollection($input: UpdateCollectionInput!) {
    updateCollection(input: $input) {
      ...CollectionFields
    }
  }
`);

export const DeleteCollectionMutation = graphql(`
  mutation DeleteCollection($input: CollectionInput!) {
    deleteCollection(input: $input)
  }
`);

export const AddBadgeToCollectionMutation = graphql(`
  mutation AddBadgeToCollection($input: CollectionBadgeInput!) {
    addBadgeToCollection(input: $input) {
      ...CollectionFields
    }
  }
`);

export const RemoveBadgeFromCollectionMutation = graphql(`
  mutation RemoveBadgeFromCollection($input: CollectionBadgeInput!) {
    removeBadgeFromCollection(input: $input) {
      ...CollectionFields
    }
  }
`);

export const MoveCollectionBadgeMutation = graphql(`
  mutation MoveCollectionBadge($input: MoveCollectionBadgeInput!) {
    moveCollectionBadge(input: $input) {
      ...CollectionFields
    }
  }
`);

export const SetCollectionPublicMutation = graphql(`
  mutation SetCollectionPublic($input: SetCollectionPublicInput!) {
    setCollectionPublic(input: $input) {
      ...CollectionFields
    }
  }
`);

export const ReplaceCollectionShareLinkMutation = graphql(`
  mutation ReplaceCollectionShareLink($input: CollectionInput!) {
    replaceCollectionShareLink(input: $input) {
      ...CollectionFields
    }
  }
`);
