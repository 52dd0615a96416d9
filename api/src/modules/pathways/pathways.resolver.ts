import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Public, SignedIn } from '../../common/auth/access.decorators.js';
import {
  CurrentViewer,
  OptionalViewer,
} from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { AchievementConnection } from '../achievements/dto/achievement.model.js';
import {
  BadgeDesignsArgs,
  CreatePathwayInput,
  OrganisationPathwaysArgs,
  PathwayIdInput,
  PathwaysArgs,
  UpdatePathwayInput,
} from './dto/pathway.inputs.js';
import { PathwayConnection, PathwayModel } from './dto/pathway.model.js';
import { PathwayBuilder } from './pathway-builder.service.js';
import { PathwayQueries } from './pathway-queries.service.js';

/** Pathways: public reads of published ones, changes by owners and editors. */
@Resolver(() => PathwayModel)
export class PathwaysResolver {
  constructor(
    private readonly queries: PathwayQueries,
    private readonly builder: PathwayBuilder,
  ) {}

  @Public()
  @Query(() => PathwayModel, {
    description:
      'A published pathway, or any pathway for members of its organisation; NOT_FOUND otherwise.',
  })
  pathway(
    @OptionalViewer() viewer: Viewer | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PathwayModel> {
    return this.queries.findVisible(viewer, id);
  }

  @Public()
  @Query(() => PathwayConnection, {
    description:
      'Published pathways: with `near`, those with an opportunity that awards a step within the radius, nearest first; else by title.',
  })
  pathways(@Args() args: PathwaysArgs): Promise<PathwayConnection> {
    return this.queries.list(args);
  }

  @SignedIn()
  @Query(() => PathwayConnection, {
    description:
      "An organisation's pathways in every status, by title. For its members.",
  })
  organisationPathways(
    @CurrentViewer() viewer: Viewer,
    @Args() args: OrganisationPathwaysArgs,
  ): Promise<PathwayConnection> {
    return this.queries.forOrganisation(viewer, args);
  }

  @Public()
  @Query(() => AchievementConnection, {
    description:
      'Badge designs of every organisation that are not archived, by name, to choose as pathway steps.',
  })
  badgeDesigns(@Args() args: BadgeDesignsArgs): Promise<AchievementConnection> {
    return this.queries.badgeDesigns(args);
  }

  @SignedIn()
  @Mutation(() => PathwayModel, {
    description:
      'Builds a draft pathway. For owners and editors of the organisation.',
  })
  createPathway(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreatePathwayInput,
  ): Promise<PathwayModel> {
    return this.builder.create(viewer, input);
  }

  @SignedIn()
  @Mutation(() => PathwayModel, {
    description:
      'Replaces the fields and steps of a pathway that is not archived. Goal badges already issued stay.',
  })
  updatePathway(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdatePathwayInput,
  ): Promise<PathwayModel> {
    return this.builder.update(viewer, input);
  }

  @SignedIn()
  @Mutation(() => PathwayModel, {
    description: 'Publishes a pathway, so that learners see and follow it.',
  })
  publishPathway(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: PathwayIdInput,
  ): Promise<PathwayModel> {
    return this.builder.publish(viewer, input.pathwayId);
  }

  @SignedIn()
  @Mutation(() => PathwayModel, {
    description:
      'Archives a pathway: learners no longer see it and it issues no more goal badges.',
  })
  archivePathway(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: PathwayIdInput,
  ): Promise<PathwayModel> {
    return this.builder.archive(viewer, input.pathwayId);
  }
}
