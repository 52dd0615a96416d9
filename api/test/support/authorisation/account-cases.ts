import { createUser, TEST_PASSWORD } from '../accounts.js';
import type { Attempt, MutationCase } from './case.js';
import { createUserToken, unique } from './records.js';
import {
  type Actor,
  ACTORS,
  SIGNED_IN,
  standInFor,
  type World,
} from './world.js';

/** A password that meets the password rules. */
const NEW_PASSWORD = 'tram lantern quietly';

/** Acts as a stand-in of the actor, so the shared sessions survive. */
async function asStandIn(
  world: World,
  actor: Actor,
  variables: Record<string, unknown>,
  options: { verified?: boolean } = {},
): Promise<Attempt> {
  const standIn = await standInFor(world, actor, options);

  return { variables, cookie: standIn?.cookie };
}

/** Mutations on the viewer's own account: any signed-in user. */
const OWN_ACCOUNT_CASES: MutationCase[] = [
  {
    mutation: 'signOut',
    document: 'mutation { signOut }',
    target: 'none',
    allowed: SIGNED_IN,
    prepare: (world, actor) => asStandIn(world, actor, {}),
  },
  {
    mutation: 'signOutEverywhere',
    document: 'mutation { signOutEverywhere }',
    target: 'none',
    allowed: SIGNED_IN,
    prepare: (world, actor) => asStandIn(world, actor, {}),
  },
  {
    mutation: 'updateProfile',
    document: `mutation ($input: UpdateProfileInput!) {
      updateProfile(input: $input) { id name }
    }`,
    target: 'none',
    allowed: SIGNED_IN,
    prepare: (world, actor) =>
      asStandIn(world, actor, { input: { name: `Renamed ${unique()}` } }),
  },
  {
    mutation: 'changeEmail',
    document: `mutation ($input: ChangeEmailInput!) {
      changeEmail(input: $input) { id email }
    }`,
    target: 'none',
    allowed: SIGNED_IN,
    prepare: (world, actor) =>
      asStandIn(world, actor, {
        input: {
          newEmail: `moved-${unique()}@example.org`,
          currentPassword: TEST_PASSWORD,
        },
      }),
  },
  {
    mutation: 'changePassword',
    document: `mutation ($input: ChangePasswordInput!) {
      changePassword(input: $input)
    }`,
    target: 'none',
    allowed: SIGNED_IN,
    prepare: (world, actor) =>
      asStandIn(world, actor, {
        input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD },
      }),
  },
  {
    mutation: 'deleteAccount',
    document: `mutation ($input: DeleteAccountInput!) {
      deleteAccount(input: $input)
    }`,
    target: 'none',
    allowed: SIGNED_IN,
    prepare: (world, actor) =>
      asStandIn(world, actor, {
        input: { currentPassword: TEST_PASSWORD },
      }),
  },
  {
    mutation: 'resendVerificationEmail',
    document: 'mutation { resendVerificationEmail }',
    target: 'none',
    allowed: SIGNED_IN,
    prepare: (world, actor) => asStandIn(world, actor, {}, { verified: false }),
  },
];

/** Mutations anyone may call, signed in or not. */
const PUBLIC_CASES: MutationCase[] = [
  {
    mutation: 'signUp',
    document: `mutation ($input: SignUpInput!) { signUp(input: $input) { id } }`,
    target: 'none',
    allowed: ACTORS,
    public: true,
    prepare: (world, actor) =>
      asStandIn(world, actor, {
        input: {
          email: `new-${unique()}@example.org`,
          password: NEW_PASSWORD,
          name: 'New Learner',
          birthYear: 2000,
        },
      }),
  },
  {
    mutation: 'signIn',
    document: `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`,
    target: 'none',
    allowed: ACTORS,
    public: true,
    async prepare(world, actor) {
      const account = await createUser(world.api.dataSource);

      return asStandIn(world, actor, {
        input: { email: account.email, password: TEST_PASSWORD },
      });
    },
  },
  {
    mutation: 'requestPasswordReset',
    document: `mutation ($input: RequestPasswordResetInput!) {
      requestPasswordReset(input: $input)
    }`,
    target: 'none',
    allowed: ACTORS,
    public: true,
    async prepare(world, actor) {
      const account = await createUser(world.api.dataSource);

      return asStandIn(world, actor, { input: { email: account.email } });
    },
  },
  {
    mutation: 'resetPassword',
    document: `mutation ($input: ResetPasswordInput!) {
      resetPassword(input: $input)
    }`,
    target: 'none',
    allowed: ACTORS,
    public: true,
    async prepare(world, actor) {
      const account = await createUser(world.api.dataSource);
      const token = await createUserToken(world, account.id, 'reset_password');

      return asStandIn(world, actor, {
        input: { token, newPassword: NEW_PASSWORD },
      });
    },
  },
  {
    mutation: 'verifyEmail',
    document: `mutation ($input: VerifyEmailInput!) {
      verifyEmail(input: $input) { email primary }
    }`,
    target: 'none',
    allowed: ACTORS,
    public: true,
    async prepare(world, actor) {
      const account = await createUser(world.api.dataSource, {
        verified: false,
      });
      const token = await createUserToken(world, account.id, 'verify_email');

      return asStandIn(world, actor, { input: { token } });
    },
  },
];

export const ACCOUNT_CASES: MutationCase[] = [
  ...OWN_ACCOUNT_CASES,
  ...PUBLIC_CASES,
];
