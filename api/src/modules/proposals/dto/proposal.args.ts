import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';

import {
  BoundingBoxInput,
  NearInput,
} from '../../opportunities/dto/search.args.js';
import { ProposalKind, ProposalStatus } from '../proposal.entity.js';

@InputType('ProposalFilterInput', {
  description:
    'Within one list any value matches; every filter given must match.',
})
export class ProposalFilterInput {
  @Field(() => [ProposalKind], { nullable: true })
  kinds?: ProposalKind[] | null;

  @Field(() => [Int], { nullable: true, description: 'SDG numbers, 1 to 17.' })
  sdgs?: number[] | null;

  @Field(() => [ID], { nullable: true, description: 'Skill ids.' })
  skills?: string[] | null;

  @Field(() => [ProposalStatus], {
    nullable: true,
    description: 'Null means open and taken up, leaving withdrawn ones out.',
  })
  statuses?: ProposalStatus[] | null;
}

@ArgsType()
export class PageArgs {
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
export class ProposalsArgs extends PageArgs {
  @Field(() => BoundingBoxInput, {
    nullable: true,
    description: 'Only proposals inside this map viewport.',
  })
  bbox?: BoundingBoxInput | null;

  @Field(() => NearInput, {
    nullable: true,
    description:
      'Sort nearest first from this point and keep those within `radiusKm`.',
  })
  near?: NearInput | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Kilometres from `near`, above 0 and at most 200; default 25.',
  })
  radiusKm?: number | null;

  @Field(() => ProposalFilterInput, { nullable: true })
  filter?: ProposalFilterInput | null;
}

@ArgsType()
export class ProposalArgs {
  @Field(() => ID)
  id!: string;
}
