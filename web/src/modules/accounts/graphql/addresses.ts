import { graphql } from '@/gql';

export const MyEmailAddressesQuery = graphql(`
  query MyEmailAddresses {
    myEmailAddresses {
      id
      email
      primary
      verified
    }
  }
`);

export const AddEmailAddressMutation = graphql(`
  mutation AddEmailAddress($input: AddEmailAddressInput!) {
    addEmailAddress(input: $input) {
      id
      email
      primary
      verified
    }
  }
`);

export const ResendEmailAddressVerificationMutation = graphql(`
  mutation ResendEmailAddressVerification($input: EmailAddressInput!) {
    resendEmailAddressVerification(input: $input)
  }
`);

export const RemoveEmailAddressMutation = graphql(`
  mutation RemoveEmailAddress($input: EmailAddressInput!) {
    removeEmailAddress(input: $input)
  }
`);
