import {
  Args,
  ID,
  Int,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';

import { Public } from '../../common/auth/access.decorators.js';
import { OptionalViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { OpportunityModel } from './dto/opportunity.model.js';
import {
  OpportunityConnection,
  OpportunityMarkerList,
} from './dto/opportunity-connection.model.js';
import {
  OpportunitiesArgs,
  OpportunityMarkersArgs,
} from './dto/search.args.js';
import { OpportunitiesService } from './opportunities.service.js';

@Resolver(() => OpportunityConnection)
export class OpportunitiesResolver {
  constructor(private readonly opportunitiesService: OpportunitiesService) {}

  @Public()
  @Query(() => OpportunityConnection, {
    description:
      'Published opportunities near a point, in a viewport, or anywhere; nearest first when `near` or `bbox` is given. Online opportunities have no location, so spatial searches leave them out.',
  })
  opportunities(
    @Args() args: OpportunitiesArgs,
  ): Promise<OpportunityConnection> {
    return this.opportunitiesService.search(args);
  }

  @Public()
  @Query(() => OpportunityMarkerList, {
    description: 'The located matches of a search, for a map.',
  })
  opportunityMarkers(
    @Args() args: OpportunityMarkersArgs,
  ): Promise<OpportunityMarkerList> {
    return this.opportunitiesService.markers(args);
  }

  @Public()
  @Query(() => OpportunityModel, {
    nullable: true,
    description:
      'A published opportunity, or an unpublished one for members of its organisation, moderators of a pending one, and admins; null for anyone else, as for an unknown id.',
  })
  opportunity(
    @Args('id', { type: () => ID }) id: string,
    @OptionalViewer() viewer: Viewer | null,
  ): Promise<OpportunityModel | null> {
    return this.opportunitiesService.findVisible(id, viewer);
  }

  @Public()
  @ResolveField(() => Int, { description: 'All matches, not only this page.' })
  totalCount(@Parent() connection: OpportunityConnection): Promise<number> {
    return connection.countAll();
  }
}
