import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { DateTimeScalar } from '../../../common/graphql/date-time.scalar.js';
import { PageInfo } from '../../../common/pagination/page-info.model.js';

@ObjectType('Achievement', {
  description:
    'A badge design: the Open Badges 3.0 Achievement that credentials issued for it carry.',
})
export class AchievementModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field({ description: 'What a learner does to earn it, in Markdown.' })
  criteriaNarrative!: string;

  @Field({
    description:
      'An Open Badges 3.0 AchievementType value, such as `Badge`, or an `ext:` extension term.',
  })
  achievementType!: string;

  @Field(() => [String])
  tags!: string[];

  @Field(() => Int, {
    nullable: true,
    description: 'Days from issue until a credential expires; null: never.',
  })
  validityDays!: number | null;

  @Field(() => [String], {
    description: 'SDG targets such as `4.4`, each of one of `sdgs`.',
  })
  sdgTargets!: string[];

  @Field(() => [String], { description: 'ESCO skill concept URIs.' })
  escoSkillUris!: string[];

  @Field({ description: 'Archived designs cannot be awarded or listed.' })
  archived!: boolean;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;

  organisationId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The uploaded image file; null when the image is generated from the SDG colours.',
  })
  imageFileId!: string | null;

  archivedAt!: Date | null;

  sdgNumbers!: number[];

  skillIds!: string[];
}

@ObjectType('AchievementEdge')
export class AchievementEdge {
  @Field(() => AchievementModel)
  node!: AchievementModel;

  @Field()
  cursor!: string;
}

@ObjectType('AchievementConnection')
export class AchievementConnection {
  @Field(() => [AchievementEdge])
  edges!: AchievementEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'All matches, across every page.' })
  totalCount!: number;
}
