import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

import { DateTimeScalar } from '../../../common/graphql/date-time.scalar.js';

@ObjectType('EmailAddress', {
  description:
    "One of the signed-in user's e-mail addresses. Badges sent to any verified address belong to the account.",
})
export class EmailAddressModel {
  @Field(() => ID, {
    nullable: true,
    description:
      'The id of an extra address; null for the primary address, which is changed with changeEmail.',
  })
  id!: string | null;

  @Field()
  email!: string;

  @Field({ description: 'True for the address the account signs in with.' })
  primary!: boolean;

  @Field()
  verified!: boolean;

  @Field(() => DateTimeScalar, { nullable: true })
  verifiedAt!: Date | null;

  @Field(() => DateTimeScalar)
  addedAt!: Date;
}

@InputType('AddEmailAddressInput')
export class AddEmailAddressInput {
  @Field()
  email!: string;
}

@InputType('EmailAddressInput')
export class EmailAddressInput {
  @Field(() => ID, { description: 'The id of an extra address.' })
  emailAddressId!: string;
}
