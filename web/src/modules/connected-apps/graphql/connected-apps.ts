import { graphql } from '@/gql';

export const AuthorizationRequestQuery = graphql(`
  query AuthorizationRequest($id: ID!) {
    oauthAuthorizationRequest(id: $id) {
      id
      redirectUri
      expiresAt
      client {
        name
        clientUri
        logoUri
        tosUri
        policyUri
      }
      scopes {
        uri
        description
      }
    }
  }
`);

export const ApproveAuthorizationMutation = graphql(`
  mutation ApproveAuthorization($input: DecideOAuthAuthorizationInput!) {
    approveOAuthAuthorization(input: $input) {
      redirectUrl
    }
  }
`);

export const DenyAuthorizationMutation = graphql(`
  mutation DenyAuthorization($input: DecideOAuthAuthorizationInput!) {
    denyOAuthAuthorization(input: $input) {
      redirectUrl
    }
  }
`);

export const ConnectedAppsQuery = graphql(`
  query ConnectedApps {
    connectedApps {
      id
      connectedAt
      lastUsedAt
      client {
        name
        clientUri
        policyUri
      }
      scopes {
        uri
        description
      }
    }
  }
`);

export const RevokeConnectedAppMutation = graphql(`
  mutation RevokeConnectedApp($input: RevokeConnectedAppInput!) {
    revokeConnectedApp(input: $input)
  }
`);
