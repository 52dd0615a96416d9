import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Public, SignedIn } from '../../common/auth/access.decorators.js';
import {
  CurrentViewer,
  OptionalViewer,
} from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import {
  OrganisationSkillNeedsArgs,
  SkillNeedArgs,
  SkillNeedMarkersArgs,
  SkillNeedsArgs,
} from './dto/skill-need.args.js';
import {
  CreateSkillNeedInput,
  UpdateSkillNeedInput,
} from './dto/skill-need.inputs.js';
import {
  SkillNeedConnection,
  SkillNeedMarker,
  SkillNeedModel,
} from './dto/skill-need.model.js';
import { SkillNeedSearch } from './skill-need-search.service.js';
import { SkillNeedsService } from './skill-needs.service.js';

/** Employers' skill needs: posting, editing and finding them. */
@Resolver()
export class SkillNeedsResolver {
  constructor(
    private readonly needs: SkillNeedsService,
    private readonly search: SkillNeedSearch,
  ) {}

  @Public()
  @Query(() => SkillNeedModel, {
    description:
      'One skill need. Open needs are public; closed ones and those past `closesOn` reach members of the employer and admins; NOT_FOUND for anyone else.',
  })
  skillNeed(
    @OptionalViewer() viewer: Viewer | null,
    @Args() args: SkillNeedArgs,
  ): Promise<SkillNeedModel> {
    return this.needs.requireVisible(viewer, args.id);
  }

  @Public()
  @Query(() => SkillNeedConnection, {
    description:
      'Open skill needs near a point, in a viewport, or anywhere: nearest first with `near`, else closing soonest first. Open to anyone.',
  })
  skillNeeds(@Args() args: SkillNeedsArgs): Promise<SkillNeedConnection> {
    return this.search.search(args);
  }

  @Public()
  @Query(() => [SkillNeedMarker], {
    description:
      'The open skill needs of a search, for a map layer, closing soonest first. Open to anyone.',
  })
  skillNeedMarkers(
    @Args() args: SkillNeedMarkersArgs,
  ): Promise<SkillNeedMarker[]> {
    return this.search.markers(args);
  }

  @SignedIn()
  @Query(() => SkillNeedConnection, {
    description:
      "An employer's skill needs of every status, closing soonest first. For its members and admins.",
  })
  organisationSkillNeeds(
    @CurrentViewer() viewer: Viewer,
    @Args() args: OrganisationSkillNeedsArgs,
  ): Promise<SkillNeedConnection> {
    return this.needs.listForEmployer(viewer, args);
  }

  @SignedIn()
  @Mutation(() => SkillNeedModel, {
    description:
      'Posts a skill need. For owners and editors of a verified employer, and admins.',
  })
  createSkillNeed(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateSkillNeedInput,
  ): Promise<SkillNeedModel> {
    return this.needs.create(viewer, input);
  }

  @SignedIn()
  @Mutation(() => SkillNeedModel, {
    description:
      'Changes a skill need, closes it early or reopens it. Its place, radius and skills may change 10 times in 24 hours; more is RATE_LIMITED. For owners and editors of its verified employer, and admins.',
  })
  updateSkillNeed(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateSkillNeedInput,
  ): Promise<SkillNeedModel> {
    return this.needs.update(viewer, input);
  }
}
