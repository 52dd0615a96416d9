import { Field, ObjectType } from '@nestjs/graphql';

import { AccountModel } from './account.model.js';

@ObjectType('EmailVerification', {
  description:
    'The outcome of verifyEmail: which address is now verified. A link can be opened by anyone who holds it, so the account comes back only to a caller signed in to the account that the link belongs to.',
})
export class EmailVerificationModel {
  @Field({ description: 'The address that is now verified.' })
  email!: string;

  @Field({
    description:
      'True for the address the account signs in with, false for an extra address.',
  })
  primary!: boolean;

  @Field(() => AccountModel, {
    nullable: true,
    description:
      "The caller's own account when the link belongs to it; null for anyone else, including a caller who is not signed in.",
  })
  account!: AccountModel | null;
}
