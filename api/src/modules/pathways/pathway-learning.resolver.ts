import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Public, SignedIn } from '../../common/auth/access.decorators.js';
import {
  CurrentViewer,
  OptionalViewer,
} from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import {
  PathwayIdInput,
  PathwayOpportunitiesArgs,
  PathwayPageArgs,
} from './dto/pathway.inputs.js';
import { PathwayConnection, PathwayModel } from './dto/pathway.model.js';
import { StepOpportunitiesModel } from './dto/progress.model.js';
import { PathwayLearning } from './pathway-learning.service.js';
import { PathwayQueries } from './pathway-queries.service.js';

/** Following pathways and finding where to earn their steps. */
@Resolver(() => PathwayModel)
export class PathwayLearningResolver {
  constructor(
    private readonly learning: PathwayLearning,
    private readonly queries: PathwayQueries,
  ) {}

  @SignedIn()
  @Query(() => PathwayConnection, {
    description:
      'Published pathways the signed-in learner follows, most recently followed first.',
  })
  myPathways(
    @CurrentViewer() viewer: Viewer,
    @Args() args: PathwayPageArgs,
  ): Promise<PathwayConnection> {
    return this.queries.followed(viewer, args);
  }

  @Public()
  @Query(() => [StepOpportunitiesModel], {
    description:
      'For each step (or each missing step), published opportunities that award one of its badges. The point is not stored.',
  })
  pathwayOpportunities(
    @OptionalViewer() viewer: Viewer | null,
    @Args() args: PathwayOpportunitiesArgs,
  ): Promise<StepOpportunitiesModel[]> {
    return this.learning.stepOpportunities(viewer, args);
  }

  @SignedIn()
  @Mutation(() => PathwayModel, {
    description:
      'Follows a published pathway; completes it at once if every step is met.',
  })
  followPathway(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: PathwayIdInput,
  ): Promise<PathwayModel> {
    return this.learning.follow(viewer, input.pathwayId);
  }

  @SignedIn()
  @Mutation(() => PathwayModel, { description: 'Stops following a pathway.' })
  unfollowPathway(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: PathwayIdInput,
  ): Promise<PathwayModel> {
    return this.learning.unfollow(viewer, input.pathwayId);
  }
}
