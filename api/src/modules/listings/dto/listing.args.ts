import { ArgsType, Field, Float, ID, Int } from '@nestjs/graphql';

import { OpportunityStatus } from '../../opportunities/opportunity.entity.js';

@ArgsType()
export class OrganisationOpportunitiesArgs {
  @Field(() => ID)
  organisationId!: string;

  @Field(() => OpportunityStatus, {
    nullable: true,
    description: 'Only listings in this status; null means all.',
  })
  status?: OpportunityStatus | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 20,
    description: '1 to 100; null means 20.',
  })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ArgsType()
export class ModerationQueueArgs {
  @Field(() => ID)
  councilId!: string;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 20,
    description: '1 to 100; null means 20.',
  })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ArgsType()
export class NearestPlaceArgs {
  @Field(() => Float, { description: 'Degrees, -90 to 90.' })
  latitude!: number;

  @Field(() => Float, { description: 'Degrees, -180 to 180.' })
  longitude!: number;
}
