import { graphql } from '@/gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      name
      email
      emailVerified
      isMinor
      isAdmin
      memberships {
        role
        organisation {
          id
          name
          kind
        }
      }
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);
