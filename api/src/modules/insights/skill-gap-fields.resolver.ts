import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { SignedIn } from '../../common/auth/access.decorators.js';
import type { RequestContext } from '../../common/graphql/loader-registry.js';
import { SkillNeedModel } from '../employer-needs/dto/skill-need.model.js';
import { SkillNeedsRepository } from '../employer-needs/skill-needs.repository.js';
import { SkillGap } from './dto/insights.model.js';

/**
 * The needs of a skill gap. They are open needs, which anyone may see,
 * and one batched query loads the needs of every gap in the request.
 */
@SignedIn()
@Resolver(() => SkillGap)
export class SkillGapFieldsResolver {
  constructor(private readonly skillNeeds: SkillNeedsRepository) {}

  @ResolveField(() => [SkillNeedModel], {
    description: 'The unmet needs, soonest closing first.',
  })
  async needs(
    @Parent() gap: SkillGap,
    @Context() context: RequestContext,
  ): Promise<SkillNeedModel[]> {
    const found = await Promise.all(
      gap.needIds.map((id) =>
        context.loaders.load(
          'insights.skillNeedById',
          (ids: readonly string[]) => this.skillNeeds.findByIds(ids),
          id,
          null,
        ),
      ),
    );

    return found.filter((need) => need !== null);
  }
}
