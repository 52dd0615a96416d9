import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('EndorseAchievementInput')
export class EndorseAchievementInput {
  @Field(() => ID, { description: 'The endorsing organisation.' })
  organisationId!: string;

  @Field(() => ID)
  achievementId!: string;

  @Field({ description: '1 to 2000 characters.' })
  comment!: string;
}

@InputType('EndorseOrganisationInput')
export class EndorseOrganisationInput {
  @Field(() => ID, { description: 'The endorsing organisation.' })
  organisationId!: string;

  @Field(() => ID)
  endorsedOrganisationId!: string;

  @Field({ description: '1 to 2000 characters.' })
  comment!: string;
}

@InputType('RevokeEndorsementInput')
export class RevokeEndorsementInput {
  @Field(() => ID)
  endorsementId!: string;

  @Field()
  reason!: string;
}
