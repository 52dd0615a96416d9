import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { DateTimeScalar } from '../../../common/graphql/date-time.scalar.js';
import { ProfileVisibility } from '../user.entity.js';

registerEnumType(ProfileVisibility, { name: 'ProfileVisibility' });

@ObjectType('Account', {
  description: 'The signed-in user’s own account; only its owner sees it.',
})
export class AccountModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  emailVerified!: boolean;

  @Field()
  name!: string;

  @Field(() => Int)
  birthYear!: number;

  @Field({
    description:
      'True while the user may be under 18; safer privacy rules apply.',
  })
  isMinor!: boolean;

  @Field(() => ProfileVisibility)
  profileVisibility!: ProfileVisibility;

  @Field({ description: 'Employers may contact this learner.' })
  employerContact!: boolean;

  @Field({ description: 'Organisations may see a coarse home area.' })
  shareLocation!: boolean;

  /** The home place's id; the `homePlace` field loads it. */
  homePlaceId!: number | null;

  @Field()
  isAdmin!: boolean;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}
