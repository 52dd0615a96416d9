import type { MutationCase } from './case.js';
import { ACTORS } from './world.js';

export const VERIFICATION_CASES: MutationCase[] = [
  {
    // Anyone may verify a credential; it changes nothing, so no state is read.
    mutation: 'verifyCredential',
    document: `mutation ($input: VerifyCredentialInput!) {
      verifyCredential(input: $input) { verified checks { check outcome } }
    }`,
    target: 'none',
    allowed: ACTORS,
    public: true,
    prepare: () =>
      Promise.resolve({
        variables: {
          input: { credential: '{"type":["VerifiableCredential"]}' },
        },
      }),
  },
];
