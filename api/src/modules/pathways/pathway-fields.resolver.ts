import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Public } from '../../common/auth/access.decorators.js';
import { OptionalViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import type { RequestContext } from '../../common/graphql/loader-registry.js';
import { AchievementsRepository } from '../achievements/achievements.repository.js';
import { AchievementModel } from '../achievements/dto/achievement.model.js';
import { OrganisationModel } from '../organisations/dto/organisation.model.js';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import { SdgModel } from '../reference-data/dto/sdg.model.js';
import { SkillModel } from '../reference-data/dto/skill.model.js';
import { ReferenceDataRepository } from '../reference-data/reference-data.repository.js';
import {
  PathwayModel,
  PathwayStepModel,
  PathwayStepOptionModel,
} from './dto/pathway.model.js';
import { PathwayProgressModel } from './dto/progress.model.js';
import { PathwayLearnersRepository } from './pathway-learners.repository.js';
import { PathwayLearning } from './pathway-learning.service.js';
import { PathwaysRepository } from './pathways.repository.js';

const ALL = 'all';

/** Fields of a pathway from other tables, batched per request. */
@Public()
@Resolver(() => PathwayModel)
export class PathwayFieldsResolver {
  constructor(
    private readonly pathways: PathwaysRepository,
    private readonly learners: PathwayLearnersRepository,
    private readonly learning: PathwayLearning,
    private readonly achievements: AchievementsRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly referenceData: ReferenceDataRepository,
  ) {}

  @ResolveField(() => OrganisationModel, {
    description:
      'The organisation that builds the pathway and issues its goal badge.',
  })
  async organisation(
    @Parent() pathway: PathwayModel,
    @Context() { loaders }: RequestContext,
  ): Promise<OrganisationModel> {
    const found = await loaders.load(
      'organisationById',
      (ids: readonly string[]) => this.organisations.findByIds(ids),
      pathway.organisationId,
      null,
    );
    if (found === null) {
      throw new Error(`Organisation of pathway ${pathway.id} is missing`);
    }

    return found;
  }

  @ResolveField(() => AchievementModel, {
    description: 'The badge issued once every step is met.',
  })
  async goalAchievement(
    @Parent() pathway: PathwayModel,
    @Context() { loaders }: RequestContext,
  ): Promise<AchievementModel> {
    const found = await loaders.load(
      'achievementById',
      (ids: readonly string[]) => this.achievements.findByIds(ids),
      pathway.goalAchievementId,
      null,
    );
    if (found === null) {
      throw new Error(`Goal badge of pathway ${pathway.id} is missing`);
    }

    return found;
  }

  @ResolveField(() => [PathwayStepModel], { description: 'In order.' })
  steps(
    @Parent() pathway: PathwayModel,
    @Context() { loaders }: RequestContext,
  ): Promise<PathwayStepModel[]> {
    return loaders.load(
      'pathwayStepsById',
      (ids: readonly string[]) => this.pathways.findSteps(ids),
      pathway.id,
      [],
    );
  }

  @ResolveField(() => [SdgModel])
  async sdgs(
    @Parent() pathway: PathwayModel,
    @Context() { loaders }: RequestContext,
  ): Promise<SdgModel[]> {
    const all = await loaders.load(
      'pathways.allSdgs',
      async () => new Map([[ALL, await this.referenceData.findSdgs()]]),
      ALL,
      [],
    );

    return all.filter((sdg) => pathway.sdgNumbers.includes(sdg.number));
  }

  @ResolveField(() => [SkillModel])
  async skills(
    @Parent() pathway: PathwayModel,
    @Context() { loaders }: RequestContext,
  ): Promise<SkillModel[]> {
    const all = await loaders.load(
      'pathways.allSkills',
      async () => new Map([[ALL, await this.referenceData.findSkills()]]),
      ALL,
      [],
    );

    return all.filter((skill) => pathway.skillIds.includes(skill.id));
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether the signed-in learner follows it; false when signed out.',
  })
  async followedByMe(
    @Parent() pathway: PathwayModel,
    @OptionalViewer() viewer: Viewer | null,
    @Context() { loaders }: RequestContext,
  ): Promise<boolean> {
    if (viewer === null) return false;

    return loaders.load(
      'pathwayFollowedByViewer',
      (ids: readonly string[]) =>
        this.learners.findFollowed(viewer.userId, ids),
      pathway.id,
      false,
    );
  }

  @ResolveField(() => PathwayProgressModel, {
    nullable: true,
    description: "The signed-in learner's progress; null when signed out.",
  })
  myProgress(
    @Parent() pathway: PathwayModel,
    @OptionalViewer() viewer: Viewer | null,
    @Context() { loaders }: RequestContext,
  ): Promise<PathwayProgressModel | null> | null {
    if (viewer === null) return null;

    return loaders.load(
      'pathwayProgressOfViewer',
      (ids: readonly string[]) => this.learning.progress(viewer.userId, ids),
      pathway.id,
      null,
    );
  }
}

/** The badge design of a step option, batched per request. */
@Public()
@Resolver(() => PathwayStepOptionModel)
export class PathwayStepOptionFieldsResolver {
  constructor(private readonly achievements: AchievementsRepository) {}

  @ResolveField(() => AchievementModel, {
    nullable: true,
    description:
      'The badge design, for a badge designed here; null for one from elsewhere.',
  })
  achievement(
    @Parent() option: PathwayStepOptionModel,
    @Context() { loaders }: RequestContext,
  ): Promise<AchievementModel | null> | null {
    if (option.achievementId === null) return null;

    return loaders.load(
      'achievementById',
      (ids: readonly string[]) => this.achievements.findByIds(ids),
      option.achievementId,
      null,
    );
  }
}
