import { Field, ID, InputType } from '@nestjs/graphql';

import { ProfileVisibility } from '../user.entity.js';

@InputType('UpdateProfileInput', {
  description: 'Fields left out keep their value.',
})
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => ProfileVisibility, { nullable: true })
  profileVisibility?: ProfileVisibility | null;

  @Field(() => Boolean, { nullable: true })
  employerContact?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Cannot be turned on while the account holder is a minor.',
  })
  shareLocation?: boolean | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'A place from `places` as the home area, which matches the learner with nearby skill needs; null clears it. Nothing more precise than the place is stored.',
  })
  homePlaceId?: string | null;
}

@InputType('ChangeEmailInput')
export class ChangeEmailInput {
  @Field()
  newEmail!: string;

  @Field()
  currentPassword!: string;
}

@InputType('ChangePasswordInput')
export class ChangePasswordInput {
  @Field()
  currentPassword!: string;

  @Field()
  newPassword!: string;
}

@InputType('DeleteAccountInput')
export class DeleteAccountInput {
  @Field()
  currentPassword!: string;
}
