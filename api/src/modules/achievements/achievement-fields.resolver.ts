import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Public } from '../../common/auth/access.decorators.js';
import type { RequestContext } from '../../common/graphql/loader-registry.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { OrganisationModel } from '../organisations/dto/organisation.model.js';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import { SdgModel } from '../reference-data/dto/sdg.model.js';
import { SkillModel } from '../reference-data/dto/skill.model.js';
import { ReferenceDataRepository } from '../reference-data/reference-data.repository.js';
import { AchievementModel } from './dto/achievement.model.js';
import { SDG_TARGETS } from './reference/sdg-targets.js';

const ALL = 'all';

/** Fields of a badge design from other tables, batched per request. */
@Public()
@Resolver(() => AchievementModel)
export class AchievementFieldsResolver {
  constructor(
    private readonly organisations: OrganisationsRepository,
    private readonly referenceData: ReferenceDataRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @ResolveField(() => OrganisationModel, {
    description: 'The issuer: the organisation that designed the badge.',
  })
  async organisation(
    @Parent() achievement: AchievementModel,
    @Context() { loaders }: RequestContext,
  ): Promise<OrganisationModel> {
    const organisation = await loaders.load(
      'organisationById',
      (ids: readonly string[]) => this.organisations.findByIds(ids),
      achievement.organisationId,
      null,
    );
    if (organisation === null) {
      throw new Error(
        `Organisation ${achievement.organisationId} of achievement ${achievement.id} is missing`,
      );
    }

    return organisation;
  }

  @ResolveField(() => String, {
    description:
      'The uploaded image, or an SVG in the colour of the first SDG with the initials of the name.',
  })
  imageUrl(@Parent() achievement: AchievementModel): string {
    return `${this.config.publicUrl}/api/achievements/${achievement.id}/image`;
  }

  @ResolveField(() => [SdgModel])
  async sdgs(
    @Parent() achievement: AchievementModel,
    @Context() { loaders }: RequestContext,
  ): Promise<SdgModel[]> {
    const all = await loaders.load(
      'achievements.allSdgs',
      async () => new Map([[ALL, await this.referenceData.findSdgs()]]),
      ALL,
      [],
    );

    return all.filter((sdg) => achievement.sdgNumbers.includes(sdg.number));
  }

  @ResolveField(() => [SkillModel])
  async skills(
    @Parent() achievement: AchievementModel,
    @Context() { loaders }: RequestContext,
  ): Promise<SkillModel[]> {
    const all = await loaders.load(
      'achievements.allSkills',
      async () => new Map([[ALL, await this.referenceData.findSkills()]]),
      ALL,
      [],
    );

    return all.filter((skill) => achievement.skillIds.includes(skill.id));
  }
}

/** The SDG target codes, for choosing targets of a badge. */
@Public()
@Resolver(() => SdgModel)
export class SdgTargetsResolver {
  @ResolveField(() => [String], {
    description:
      "The goal's target codes, such as `4.1` to `4.7` and `4.a` to `4.c`.",
  })
  targets(@Parent() sdg: SdgModel): readonly string[] {
    return SDG_TARGETS.get(sdg.number) ?? [];
  }
}
