import {
  Field,
  Float,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';

import { DateTimeScalar } from '../../../common/graphql/date-time.scalar.js';
import { OpportunityModel } from '../../opportunities/dto/opportunity.model.js';
import { StepState } from '../progress/progress.js';

registerEnumType(StepState, {
  name: 'PathwayStepState',
  valuesMap: {
    WAITING: {
      description:
        'Held, but counts only once an earlier step of the ordered pathway is met.',
    },
  },
});

@ObjectType('PathwayStepContribution', {
  description: 'A badge of the learner that counts for a step.',
})
export class StepContributionModel {
  @Field({ description: '`issued` (here) or `imported`.' })
  kind!: string;

  @Field(() => ID, {
    description: 'The credential id, or the imported badge id.',
  })
  credentialId!: string;

  @Field()
  achievementUri!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;
}

@ObjectType('PathwayStepProgress')
export class StepProgressModel {
  @Field(() => ID)
  stepId!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => StepState)
  state!: StepState;

  @Field(() => Int)
  requiredCount!: number;

  @Field(() => Int, {
    description: 'How many different options of the step the learner holds.',
  })
  heldCount!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'For a waiting step: the first earlier step not yet met.',
  })
  waitingForStep!: number | null;

  @Field(() => [StepContributionModel])
  contributions!: StepContributionModel[];
}

@ObjectType('PathwayProgress', {
  description: "The signed-in learner's progress, from their valid badges.",
})
export class PathwayProgressModel {
  @Field()
  complete!: boolean;

  @Field(() => Int)
  metCount!: number;

  @Field(() => Int)
  stepCount!: number;

  @Field(() => [StepProgressModel])
  steps!: StepProgressModel[];

  @Field(() => ID, {
    nullable: true,
    description: 'The goal badge credential, once the pathway is completed.',
  })
  goalCredentialId!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  completedAt!: Date | null;
}

@ObjectType('NearbyStepOpportunity')
export class NearbyStepOpportunityModel {
  @Field(() => OpportunityModel)
  opportunity!: OpportunityModel;

  @Field(() => Float, {
    nullable: true,
    description: 'Kilometres from `near`; null without `near`.',
  })
  distanceKm!: number | null;
}

@ObjectType('PathwayStepOpportunities', {
  description:
    'Published opportunities that award one of the badges of a step.',
})
export class StepOpportunitiesModel {
  @Field(() => ID)
  stepId!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => [NearbyStepOpportunityModel], {
    description: 'Nearest first with `near`, else by title.',
  })
  opportunities!: NearbyStepOpportunityModel[];
}
