import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import { PageInfo } from '../../../common/pagination/page-info.model.js';
import { OpportunityKind } from '../opportunity.entity.js';
import { OpportunityModel } from './opportunity.model.js';

@ObjectType('OpportunityEdge')
export class OpportunityEdge {
  @Field(() => OpportunityModel)
  node!: OpportunityModel;

  @Field()
  cursor!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Great-circle distance from `near`, in kilometres.',
  })
  distanceKm!: number | null;
}

@ObjectType('OpportunityConnection')
export class OpportunityConnection {
  @Field(() => [OpportunityEdge])
  edges!: OpportunityEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  /** Counts every match, not only this page; runs only when selected. */
  countAll!: () => Promise<number>;
}

@ObjectType('OpportunityMarker', {
  description: 'The little a map needs to place one opportunity.',
})
export class OpportunityMarker {
  @Field(() => ID)
  id!: string;

  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;

  @Field()
  title!: string;

  @Field(() => OpportunityKind)
  kind!: OpportunityKind;

  @Field(() => [Int])
  sdgNumbers!: number[];
}

@ObjectType('OpportunityMarkerList')
export class OpportunityMarkerList {
  @Field(() => [OpportunityMarker])
  markers!: OpportunityMarker[];

  @Field(() => Int, { description: 'All matches, even past the limit.' })
  totalCount!: number;

  @Field({ description: 'True when more matches exist than `markers`.' })
  truncated!: boolean;
}
