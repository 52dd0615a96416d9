import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Public, SignedIn } from '../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { AchievementsService } from './achievements.service.js';
import {
  ArchiveAchievementInput,
  CreateAchievementInput,
  OrganisationAchievementsArgs,
  UpdateAchievementInput,
} from './dto/achievement.inputs.js';
import {
  AchievementConnection,
  AchievementModel,
} from './dto/achievement.model.js';
import { ACHIEVEMENT_TYPES } from './reference/achievement-types.js';

/** Badge design: public reads, changes by owners and editors. */
@Resolver(() => AchievementModel)
export class AchievementsResolver {
  constructor(private readonly achievements: AchievementsService) {}

  @Public()
  @Query(() => AchievementModel, {
    nullable: true,
    description:
      'A badge design, archived or not; NOT_FOUND when there is none.',
  })
  achievement(
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AchievementModel> {
    return this.achievements.findOne(id);
  }

  @Public()
  @Query(() => AchievementConnection, {
    description: "An organisation's badge designs by name.",
  })
  organisationAchievements(
    @Args() args: OrganisationAchievementsArgs,
  ): Promise<AchievementConnection> {
    return this.achievements.listForOrganisation(args);
  }

  @Public()
  @Query(() => [String], {
    description:
      'The Open Badges 3.0 AchievementType values; `ext:` terms are accepted too.',
  })
  achievementTypes(): readonly string[] {
    return ACHIEVEMENT_TYPES;
  }

  @SignedIn()
  @Mutation(() => AchievementModel, {
    description: 'Designs a badge. For owners and editors of the organisation.',
  })
  createAchievement(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateAchievementInput,
  ): Promise<AchievementModel> {
    return this.achievements.create(viewer, input);
  }

  @SignedIn()
  @Mutation(() => AchievementModel, {
    description:
      'Replaces the fields of a badge design that is not archived. Credentials already issued keep the design they were issued with.',
  })
  updateAchievement(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateAchievementInput,
  ): Promise<AchievementModel> {
    return this.achievements.update(viewer, input);
  }

  @SignedIn()
  @Mutation(() => AchievementModel, {
    description:
      'Archives a badge design: it can no longer be awarded or chosen for listings.',
  })
  archiveAchievement(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ArchiveAchievementInput,
  ): Promise<AchievementModel> {
    return this.achievements.archive(viewer, input.achievementId);
  }
}
