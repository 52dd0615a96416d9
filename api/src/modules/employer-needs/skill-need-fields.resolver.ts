import {
  Args,
  Context,
  Float,
  Int,
  Parent,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';

import { Public, SignedIn } from '../../common/auth/access.decorators.js';
import {
  CurrentViewer,
  OptionalViewer,
} from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import type { RequestContext } from '../../common/graphql/loader-registry.js';
import { SuppressedCount } from '../../common/privacy/suppressed-count.model.js';
import { OrganisationModel } from '../organisations/dto/organisation.model.js';
import { SkillModel } from '../reference-data/dto/skill.model.js';
import { LearnerContactConnection } from './dto/learner-contact.model.js';
import { SkillNeedPageArgs } from './dto/skill-need.args.js';
import { SkillNeedConnection, SkillNeedModel } from './dto/skill-need.model.js';
import {
  LearnerSkillMatchModel,
  SkillNeedMatchConnection,
} from './dto/skill-need-match.model.js';
import { LearnerReachService } from './learner-reach.service.js';
import { NeedLoaders } from './need-loaders.service.js';
import { SkillNeedMatchingService } from './skill-need-matching.service.js';

/**
 * Fields of a skill need from other tables. A need reaches a viewer only
 * when they may see it, so the plain fields are public. Matches and the
 * learners near it are for members of the employer and admins.
 */
@Resolver(() => SkillNeedModel)
export class SkillNeedFieldsResolver {
  constructor(
    private readonly loaders: NeedLoaders,
    private readonly matching: SkillNeedMatchingService,
    private readonly reach: LearnerReachService,
  ) {}

  @Public()
  @ResolveField(() => OrganisationModel)
  employer(
    @Parent() need: SkillNeedModel,
    @Context() { loaders }: RequestContext,
  ): Promise<OrganisationModel> {
    return this.loaders.organisation(need.employerId, loaders);
  }

  @Public()
  @ResolveField(() => [SkillModel], { description: 'In framework order.' })
  skills(
    @Parent() need: SkillNeedModel,
    @Context() { loaders }: RequestContext,
  ): Promise<SkillModel[]> {
    return this.loaders.skills(need.skillIds, loaders);
  }

  @Public()
  @ResolveField(() => Float, {
    description: 'Kilometres around the location that count as local.',
  })
  radiusKm(@Parent() need: SkillNeedModel): number {
    return need.radiusMetres / 1000;
  }

  @SignedIn()
  @ResolveField(() => SkillNeedMatchConnection, {
    description:
      'Published opportunities and pathways within the radius that build at least one need skill: most need skills first, then nearest, then by id. For members of the employer and admins; FORBIDDEN for anyone else.',
  })
  matches(
    @Parent() need: SkillNeedModel,
    @CurrentViewer() viewer: Viewer,
    @Args() args: SkillNeedPageArgs,
    @Context() { loaders }: RequestContext,
  ): Promise<SkillNeedMatchConnection> {
    return this.matching.matches(viewer, need, args, loaders);
  }

  @SignedIn()
  @ResolveField(() => SuppressedCount, {
    description:
      'Learners whose home place is within the radius, who allow employer contact and hold a valid badge aligned to a need skill, rounded down to a multiple of 5: 1 to 4 is suppressed (value null), 0 is 0, and 5 to 9 shows as 5. For members of the employer and admins.',
  })
  learnerCount(
    @Parent() need: SkillNeedModel,
    @CurrentViewer() viewer: Viewer,
    @Context() { loaders }: RequestContext,
  ): Promise<SuppressedCount> {
    return this.reach.learnerCount(viewer, need, loaders);
  }

  @SignedIn()
  @ResolveField(() => LearnerContactConnection, {
    description:
      "Learners who consented to this employer, allow employer contact and hold a valid badge aligned to a need skill, wherever they live (the need's place and radius play no part): most need skills covered first, then earliest consent. For members of the employer and admins.",
  })
  contacts(
    @Parent() need: SkillNeedModel,
    @CurrentViewer() viewer: Viewer,
    @Args() args: SkillNeedPageArgs,
    @Context() { loaders }: RequestContext,
  ): Promise<LearnerContactConnection> {
    return this.reach.contacts(viewer, need, args, loaders);
  }

  @Public()
  @ResolveField(() => LearnerSkillMatchModel, {
    nullable: true,
    description:
      "The signed-in learner's fit: need skills held and missing, and nearby pathways adding missing ones. Null when signed out.",
  })
  myMatch(
    @Parent() need: SkillNeedModel,
    @OptionalViewer() viewer: Viewer | null,
    @Context() { loaders }: RequestContext,
  ): Promise<LearnerSkillMatchModel> | null {
    if (viewer === null) return null;

    return this.matching.myMatch(viewer, need, loaders);
  }
}

/** The total of a page of skill needs. */
@Resolver(() => SkillNeedConnection)
export class SkillNeedConnectionResolver {
  @Public()
  @ResolveField(() => Int, { description: 'All matches, not only this page.' })
  totalCount(@Parent() connection: SkillNeedConnection): Promise<number> {
    return connection.countAll();
  }
}
