import {
  Field,
  Float,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';

import { DateTimeScalar } from '../../../common/graphql/date-time.scalar.js';
import { PageInfo } from '../../../common/pagination/page-info.model.js';
import { PathwayStatus } from '../pathway.entity.js';
import type { StepOptionDefinition } from '../progress/progress.js';

registerEnumType(PathwayStatus, { name: 'PathwayStatus' });

@ObjectType('PathwayStepOption', {
  description:
    'A badge that counts for a step: one designed here, or one from elsewhere named by its Achievement id.',
})
export class PathwayStepOptionModel implements StepOptionDefinition {
  @Field({
    description:
      'The Open Badges Achievement id (or OB 2.0 BadgeClass id); imports of a badge from elsewhere must name it and issuerUri.',
  })
  achievementUri!: string;

  /** Resolved to `achievement` by a field resolver. */
  achievementId!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'For a badge from elsewhere, the issuer id an imported badge must name to count; null for badges designed here, which only credentials issued here meet.',
  })
  issuerUri!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The builder's name for a badge from elsewhere; null for ours.",
  })
  name!: string | null;
}

@ObjectType('PathwayStep')
export class PathwayStepModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '1 for the first step.' })
  position!: number;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => Int, {
    description: 'How many different options a learner must hold: any N of.',
  })
  requiredCount!: number;

  @Field(() => [PathwayStepOptionModel])
  options!: PathwayStepOptionModel[];
}

@ObjectType('Pathway', {
  description:
    'Steps of badges that together earn a goal badge from the organisation.',
})
export class PathwayModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => PathwayStatus)
  status!: PathwayStatus;

  @Field({
    description: 'True when a step counts only once every earlier step is met.',
  })
  ordered!: boolean;

  @Field(() => DateTimeScalar, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;

  organisationId!: string;

  goalAchievementId!: string;

  sdgNumbers!: number[];

  skillIds!: string[];
}

@ObjectType('PathwayEdge')
export class PathwayEdge {
  @Field(() => PathwayModel)
  node!: PathwayModel;

  @Field()
  cursor!: string;

  @Field(() => Float, {
    nullable: true,
    description:
      'Kilometres from `near` to the nearest opportunity that awards a step; null without `near`.',
  })
  distanceKm!: number | null;
}

@ObjectType('PathwayConnection')
export class PathwayConnection {
  @Field(() => [PathwayEdge])
  edges!: PathwayEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
