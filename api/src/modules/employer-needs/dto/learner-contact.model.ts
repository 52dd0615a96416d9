import { Field, ID, ObjectType } from '@nestjs/graphql';

import { DateTimeScalar } from '../../../common/graphql/date-time.scalar.js';
import { PageInfo } from '../../../common/pagination/page-info.model.js';

@ObjectType('LearnerContactBadge', {
  description: 'A valid badge of a learner that aligns to a need skill.',
})
export class LearnerContactBadgeModel {
  @Field()
  name!: string;

  @Field()
  issuerName!: string;

  @Field(() => DateTimeScalar)
  issuedAt!: Date;

  /** Need skills the badge aligns to, as skill ids. */
  skillIds!: string[];
}

@ObjectType('LearnerContact', {
  description:
    'A learner who allows employer contact, holds a matching valid badge and consented to this employer. It never carries a coordinate.',
})
export class LearnerContactModel {
  @Field(() => ID, { description: "The learner's user id." })
  id!: string;

  @Field({
    description: 'The first name only while the learner may be under 18.',
  })
  name!: string;

  @Field()
  email!: string;

  @Field({ description: 'True while the learner may be under 18.' })
  isMinor!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'The name of the home place; only for adults with a home place who share a coarse location, never for minors.',
  })
  area!: string | null;

  /** Need skills the learner's valid badges cover, as skill ids. */
  coveredSkillIds!: string[];

  @Field(() => [LearnerContactBadgeModel], {
    description: 'Valid badges aligned to the need’s skills, oldest first.',
  })
  badges!: LearnerContactBadgeModel[];

  @Field(() => DateTimeScalar, {
    description: 'When the learner allowed this employer to contact them.',
  })
  consentedAt!: Date;
}

@ObjectType('LearnerContactEdge')
export class LearnerContactEdge {
  @Field()
  cursor!: string;

  @Field(() => LearnerContactModel)
  node!: LearnerContactModel;
}

@ObjectType('LearnerContactConnection')
export class LearnerContactConnection {
  @Field(() => [LearnerContactEdge])
  edges!: LearnerContactEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  /** Counts every contact, not only this page; runs only when selected. */
  countAll!: () => Promise<number>;
}

@ObjectType('EmployerContactConsent', {
  description:
    'The signed-in learner’s consent to one employer contacting them.',
})
export class EmployerContactConsentModel {
  employerId!: string;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}
