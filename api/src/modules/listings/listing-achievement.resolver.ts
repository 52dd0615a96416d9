import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Public } from '../../common/auth/access.decorators.js';
import type { RequestContext } from '../../common/graphql/loader-registry.js';
import { AchievementsRepository } from '../achievements/achievements.repository.js';
import { AchievementModel } from '../achievements/dto/achievement.model.js';
import { OpportunityModel } from '../opportunities/dto/opportunity.model.js';

/** The badge a listing awards, batched per request. */
@Public()
@Resolver(() => OpportunityModel)
export class ListingAchievementResolver {
  constructor(private readonly achievements: AchievementsRepository) {}

  @ResolveField(() => AchievementModel, {
    nullable: true,
    description: 'The badge that taking part earns; null for none.',
  })
  achievement(
    @Parent() opportunity: OpportunityModel,
    @Context() { loaders }: RequestContext,
  ): Promise<AchievementModel | null> {
    return loaders.load(
      'listings.achievementByOpportunityId',
      (ids: readonly string[]) => this.achievements.findByOpportunityIds(ids),
      opportunity.id,
      null,
    );
  }
}
