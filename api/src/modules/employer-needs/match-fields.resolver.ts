import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Public } from '../../common/auth/access.decorators.js';
import type { RequestContext } from '../../common/graphql/loader-registry.js';
import { OpportunityModel } from '../opportunities/dto/opportunity.model.js';
import { PathwayModel } from '../pathways/dto/pathway.model.js';
import { SkillModel } from '../reference-data/dto/skill.model.js';
import {
  LearnerContactBadgeModel,
  LearnerContactConnection,
  LearnerContactModel,
} from './dto/learner-contact.model.js';
import {
  LearnerSkillMatchModel,
  PathwaySkillSuggestionModel,
  SkillNeedMatchConnection,
  SkillNeedMatchKind,
  SkillNeedMatchModel,
} from './dto/skill-need-match.model.js';
import { NeedLoaders } from './need-loaders.service.js';

/**
 * Fields of a match. A match reaches only those allowed to see the need's
 * matches, and it names published records, so the fields are public.
 */
@Public()
@Resolver(() => SkillNeedMatchModel)
export class SkillNeedMatchFieldsResolver {
  constructor(private readonly loaders: NeedLoaders) {}

  @ResolveField(() => OpportunityModel, {
    nullable: true,
    description: 'Set when `kind` is OPPORTUNITY.',
  })
  opportunity(
    @Parent() match: SkillNeedMatchModel,
    @Context() { loaders }: RequestContext,
  ): Promise<OpportunityModel | null> | null {
    if (match.kind !== SkillNeedMatchKind.OPPORTUNITY) return null;

    return this.loaders.opportunity(match.id, loaders);
  }

  @ResolveField(() => PathwayModel, {
    nullable: true,
    description: 'Set when `kind` is PATHWAY.',
  })
  pathway(
    @Parent() match: SkillNeedMatchModel,
    @Context() { loaders }: RequestContext,
  ): Promise<PathwayModel | null> | null {
    if (match.kind !== SkillNeedMatchKind.PATHWAY) return null;

    return this.loaders.pathway(match.id, loaders);
  }

  @ResolveField(() => [SkillModel], {
    description: 'Need skills it builds, in framework order.',
  })
  coveredSkills(
    @Parent() match: SkillNeedMatchModel,
    @Context() { loaders }: RequestContext,
  ): Promise<SkillModel[]> {
    return this.loaders.skills(match.coveredSkillIds, loaders);
  }
}

/** The total of a page of matches. */
@Public()
@Resolver(() => SkillNeedMatchConnection)
export class SkillNeedMatchConnectionResolver {
  @ResolveField(() => Int, { description: 'All matches, not only this page.' })
  totalCount(@Parent() connection: SkillNeedMatchConnection): Promise<number> {
    return connection.countAll();
  }
}

/** Skills of a learner's fit to a need, which only that learner sees. */
@Public()
@Resolver(() => LearnerSkillMatchModel)
export class LearnerSkillMatchFieldsResolver {
  constructor(private readonly loaders: NeedLoaders) {}

  @ResolveField(() => [SkillModel], {
    description: 'Need skills the learner holds a valid badge for.',
  })
  heldSkills(
    @Parent() match: LearnerSkillMatchModel,
    @Context() { loaders }: RequestContext,
  ): Promise<SkillModel[]> {
    return this.loaders.skills(match.heldSkillIds, loaders);
  }

  @ResolveField(() => [SkillModel], {
    description: 'Need skills the learner holds no valid badge for.',
  })
  missingSkills(
    @Parent() match: LearnerSkillMatchModel,
    @Context() { loaders }: RequestContext,
  ): Promise<SkillModel[]> {
    return this.loaders.skills(match.missingSkillIds, loaders);
  }
}

/** The pathway and skills of a suggestion. */
@Public()
@Resolver(() => PathwaySkillSuggestionModel)
export class PathwaySkillSuggestionFieldsResolver {
  constructor(private readonly loaders: NeedLoaders) {}

  @ResolveField(() => PathwayModel)
  async pathway(
    @Parent() suggestion: PathwaySkillSuggestionModel,
    @Context() { loaders }: RequestContext,
  ): Promise<PathwayModel> {
    const pathway = await this.loaders.pathway(suggestion.pathwayId, loaders);
    if (pathway === null) {
      throw new Error(`Suggested pathway ${suggestion.pathwayId} is missing`);
    }

    return pathway;
  }

  @ResolveField(() => [SkillModel], {
    description: 'Missing need skills the pathway builds.',
  })
  addsSkills(
    @Parent() suggestion: PathwaySkillSuggestionModel,
    @Context() { loaders }: RequestContext,
  ): Promise<SkillModel[]> {
    return this.loaders.skills(suggestion.addsSkillIds, loaders);
  }
}

/**
 * Skills of a learner contact. A contact reaches only members of the
 * employer and admins, who were checked by the `contacts` field.
 */
@Public()
@Resolver(() => LearnerContactModel)
export class LearnerContactFieldsResolver {
  constructor(private readonly loaders: NeedLoaders) {}

  @ResolveField(() => [SkillModel], {
    description: 'Need skills the learner’s valid badges cover.',
  })
  coveredSkills(
    @Parent() contact: LearnerContactModel,
    @Context() { loaders }: RequestContext,
  ): Promise<SkillModel[]> {
    return this.loaders.skills(contact.coveredSkillIds, loaders);
  }
}

/** Skills of a learner contact's badge. */
@Public()
@Resolver(() => LearnerContactBadgeModel)
export class LearnerContactBadgeFieldsResolver {
  constructor(private readonly loaders: NeedLoaders) {}

  @ResolveField(() => [SkillModel], {
    description: 'Need skills the badge aligns to.',
  })
  skills(
    @Parent() badge: LearnerContactBadgeModel,
    @Context() { loaders }: RequestContext,
  ): Promise<SkillModel[]> {
    return this.loaders.skills(badge.skillIds, loaders);
  }
}

/** The total of a page of contacts. */
@Public()
@Resolver(() => LearnerContactConnection)
export class LearnerContactConnectionResolver {
  @ResolveField(() => Int, { description: 'All contacts, not only this page.' })
  totalCount(@Parent() connection: LearnerContactConnection): Promise<number> {
    return connection.countAll();
  }
}
