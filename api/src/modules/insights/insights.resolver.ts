import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { SignedIn } from '../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import {
  CouncilInsightsArgs,
  DensityGridArgs,
  InsightOverTimeArgs,
  SdgGapsArgs,
  SkillGapsArgs,
} from './dto/insights.args.js';
import {
  CouncilInsights,
  InsightFigure,
  InsightGridCell,
  InsightTimePoint,
  SdgGap,
  SkillGap,
} from './dto/insights.model.js';
import { InsightsService } from './insights.service.js';
import { InsightsAccess } from './insights-access.service.js';

/** Council insights: the entry point, checked once for the whole object. */
@Resolver()
export class InsightsResolver {
  constructor(private readonly access: InsightsAccess) {}

  @SignedIn()
  @Query(() => CouncilInsights, {
    description:
      'Activity and gaps of the published opportunities in a council area, from `from` to `to`. For members (any role) of a verified council with an area, and admins.',
  })
  councilInsights(
    @CurrentViewer() viewer: Viewer,
    @Args() args: CouncilInsightsArgs,
  ): Promise<CouncilInsights> {
    return this.access.open(viewer, args);
  }
}

/**
 * The figures of a CouncilInsights object. Its query already checked the
 * viewer, so each field runs only the SQL it needs.
 */
@SignedIn()
@Resolver(() => CouncilInsights)
export class CouncilInsightsFieldsResolver {
  constructor(private readonly insights: InsightsService) {}

  @ResolveField(() => InsightFigure, {
    description: 'Every published opportunity in the area; key `total`.',
  })
  totals(@Parent() parent: CouncilInsights): Promise<InsightFigure> {
    return this.insights.totals(parent);
  }

  @ResolveField(() => [InsightFigure], {
    description:
      'All 17 SDGs in number order, zeros included; key = SDG number.',
  })
  bySdg(@Parent() parent: CouncilInsights): Promise<InsightFigure[]> {
    return this.insights.bySdg(parent);
  }

  @ResolveField(() => [InsightFigure], {
    description:
      'All 16 skills in framework order, zeros included; key = skill id.',
  })
  bySkill(@Parent() parent: CouncilInsights): Promise<InsightFigure[]> {
    return this.insights.bySkill(parent);
  }

  @ResolveField(() => [InsightFigure], {
    description:
      'Gazetteer places of the venues, most opportunities first, at most 50; key = place id.',
  })
  byPlace(@Parent() parent: CouncilInsights): Promise<InsightFigure[]> {
    return this.insights.byPlace(parent);
  }

  @ResolveField(() => [InsightTimePoint], {
    description:
      'One point per week or month of the window, empty ones included.',
  })
  overTime(
    @Parent() parent: CouncilInsights,
    @Args() args: InsightOverTimeArgs,
  ): Promise<InsightTimePoint[]> {
    return this.insights.overTime(parent, args);
  }

  @ResolveField(() => [InsightGridCell], {
    description:
      'Published opportunities per grid cell, for cells that meet the area; at most 5000 cells.',
  })
  densityGrid(
    @Parent() parent: CouncilInsights,
    @Args() args: DensityGridArgs,
  ): Promise<InsightGridCell[]> {
    return this.insights.densityGrid(parent, args);
  }

  @ResolveField(() => [SkillGap], {
    description:
      'Skills of open employer needs in the area with no published opportunity building them within `gapDistanceKm`; most unmet needs first.',
  })
  skillGaps(
    @Parent() parent: CouncilInsights,
    @Args() args: SkillGapsArgs,
  ): Promise<SkillGap[]> {
    return this.insights.skillGaps(parent, args);
  }

  @ResolveField(() => [SdgGap], {
    description:
      'SDGs with fewer than `fewThreshold` published opportunities in the area, fewest first, zeros included.',
  })
  sdgGaps(
    @Parent() parent: CouncilInsights,
    @Args() args: SdgGapsArgs,
  ): Promise<SdgGap[]> {
    return this.insights.sdgGaps(parent, args);
  }
}
