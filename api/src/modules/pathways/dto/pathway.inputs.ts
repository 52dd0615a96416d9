import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';

import { NearInput } from '../../opportunities/dto/search.args.js';

export const DEFAULT_PATHWAYS_PAGE = 20;
export const MAX_PATHWAYS_PAGE = 50;

@InputType('PathwayStepOptionInput', {
  description:
    'Exactly one of achievementId (a badge designed here, met only by credentials issued here) or achievementUri with issuerUri and name (a badge from elsewhere, met by imports of that Achievement from that issuer).',
})
export class PathwayStepOptionInput {
  @Field(() => ID, { nullable: true })
  achievementId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "An http(s) or urn: Achievement id, at most 500 characters. This site's own Achievement URLs become badges designed here.",
  })
  achievementUri?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The id of the issuer a badge from elsewhere must come from: the credential's issuer.id (OB 3.0, often a did:) or the issuer Profile id (OB 2.0), as the Issuer ID on an imported badge's page shows it. A did:, http(s) or urn: id, at most 500 characters; required with achievementUri.",
  })
  issuerUri?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The name to show for a badge from elsewhere, 1 to 120 characters; required with achievementUri.',
  })
  name?: string | null;
}

@InputType('PathwayStepInput')
export class PathwayStepInput {
  @Field(() => String, {
    nullable: true,
    description: 'At most 120 characters.',
  })
  title?: string | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 1,
    description: 'Any N of the options: 1 to the number of options.',
  })
  requiredCount?: number | null;

  @Field(() => [PathwayStepOptionInput], {
    description: '1 to 20 different badges.',
  })
  options!: PathwayStepOptionInput[];
}

/** The fields of a pathway that create and update both take. */
@InputType({ isAbstract: true })
export class PathwayFieldsInput {
  @Field({ description: '1 to 120 characters.' })
  title!: string;

  @Field({ description: '1 to 4,000 characters.' })
  description!: string;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Steps count only in order.',
  })
  ordered?: boolean | null;

  @Field(() => ID, {
    description:
      "The goal badge: a badge design of the pathway's organisation, not archived.",
  })
  goalAchievementId!: string;

  @Field(() => [Int], { nullable: true, description: 'SDG numbers, 1 to 17.' })
  sdgNumbers?: number[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Skill ids from `skills`.',
  })
  skillIds?: string[] | null;

  @Field(() => [PathwayStepInput], { description: '1 to 20 steps, in order.' })
  steps!: PathwayStepInput[];
}

@InputType('CreatePathwayInput', {
  description:
    'Problems come back as BAD_USER_INPUT with `extensions.field`, such as `input.steps.1.options.0`.',
})
export class CreatePathwayInput extends PathwayFieldsInput {
  @Field(() => ID)
  organisationId!: string;
}

@InputType('UpdatePathwayInput', {
  description: 'Replaces every field and step of the pathway.',
})
export class UpdatePathwayInput extends PathwayFieldsInput {
  @Field(() => ID)
  pathwayId!: string;
}

@InputType('PathwayIdInput')
export class PathwayIdInput {
  @Field(() => ID)
  pathwayId!: string;
}

@ArgsType()
export class PathwayPageArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_PATHWAYS_PAGE,
    description: `1 to ${MAX_PATHWAYS_PAGE}; null means ${DEFAULT_PATHWAYS_PAGE}.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ArgsType()
export class PathwaysArgs extends PathwayPageArgs {
  @Field(() => NearInput, {
    nullable: true,
    description:
      'Only pathways with an opportunity that awards a step within radiusKm, nearest first. The point is not stored.',
  })
  near?: NearInput | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Kilometres from `near`, above 0 and at most 200; default 25.',
  })
  radiusKm?: number | null;
}

@ArgsType()
export class OrganisationPathwaysArgs extends PathwayPageArgs {
  @Field(() => ID)
  organisationId!: string;
}

@ArgsType()
export class PathwayOpportunitiesArgs {
  @Field(() => ID)
  pathwayId!: string;

  @Field(() => NearInput, { nullable: true })
  near?: NearInput | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Kilometres from `near`, above 0 and at most 200; default 25.',
  })
  radiusKm?: number | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 5,
    description: 'Opportunities per step, 1 to 20; null means 5.',
  })
  limit?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'Only the steps the signed-in learner has not met; every step for anonymous callers.',
  })
  missingOnly?: boolean | null;
}

@ArgsType()
export class BadgeDesignsArgs extends PathwayPageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Words of the badge name, at most 100 characters.',
  })
  search?: string | null;
}
