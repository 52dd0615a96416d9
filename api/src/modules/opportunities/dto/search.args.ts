import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';

import { DateTimeScalar } from '../../../common/graphql/date-time.scalar.js';
import { OpportunityKind, OpportunityMode } from '../opportunity.entity.js';

@InputType({
  description:
    'A point to search around: both coordinates, or the id of a place.',
})
export class NearInput {
  @Field(() => Float, { nullable: true, description: 'Degrees, -90 to 90.' })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: 'Degrees, -180 to 180.' })
  longitude?: number | null;

  @Field(() => ID, { nullable: true, description: 'A place from `places`.' })
  placeId?: string | null;
}

@InputType({
  description:
    'A map viewport in degrees. A west edge greater than the east edge crosses the antimeridian.',
})
export class BoundingBoxInput {
  @Field(() => Float)
  west!: number;

  @Field(() => Float)
  south!: number;

  @Field(() => Float)
  east!: number;

  @Field(() => Float)
  north!: number;
}

@InputType({
  description:
    'Within one list any value matches; every filter given must match.',
})
export class OpportunityFilterInput {
  @Field(() => [Int], { nullable: true, description: 'SDG numbers, 1 to 17.' })
  sdgs?: number[] | null;

  @Field(() => [ID], { nullable: true, description: 'Skill ids.' })
  skills?: string[] | null;

  @Field(() => [OpportunityKind], { nullable: true })
  kinds?: OpportunityKind[] | null;

  @Field(() => [OpportunityMode], { nullable: true })
  modes?: OpportunityMode[] | null;

  @Field(() => Boolean, { nullable: true })
  freeOnly?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: "The learner's age in years; matches the age range.",
  })
  age?: number | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Has a session starting at or after this time.',
  })
  startsAfter?: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Has a session starting before this time.',
  })
  startsBefore?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words to find in the title, summary or description.',
  })
  text?: string | null;
}

@ArgsType()
export class SearchArgs {
  @Field(() => NearInput, { nullable: true })
  near?: NearInput | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Kilometres from `near`, above 0 and at most 200; default 25.',
  })
  radiusKm?: number | null;

  @Field(() => BoundingBoxInput, { nullable: true })
  bbox?: BoundingBoxInput | null;

  @Field(() => OpportunityFilterInput, { nullable: true })
  filter?: OpportunityFilterInput | null;
}

@ArgsType()
export class OpportunitiesArgs extends SearchArgs {
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
export class OpportunityMarkersArgs extends SearchArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: 5000,
    description: '1 to 5000; null means 5000.',
  })
  limit?: number | null;
}
