import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';

export const DEFAULT_ACHIEVEMENTS_PAGE = 20;
export const MAX_ACHIEVEMENTS_PAGE = 100;

/** The fields of a badge design that create and update both take. */
@InputType({ isAbstract: true })
export class AchievementFieldsInput {
  @Field({ description: '1 to 120 characters.' })
  name!: string;

  @Field({ description: '1 to 2,000 characters.' })
  description!: string;

  @Field({ description: 'Markdown, 1 to 5,000 characters.' })
  criteriaNarrative!: string;

  @Field({
    description:
      'One of `achievementTypes`, or an extension term such as `ext:Volunteering`.',
  })
  achievementType!: string;

  @Field(() => [String], {
    nullable: true,
    description: 'At most 20 tags of 1 to 40 characters.',
  })
  tags?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Days a credential stays valid, 1 to 3,650; null: forever.',
  })
  validityDays?: number | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'A file uploaded with purpose achievement_image by the same organisation; null: an image generated from the SDG colours.',
  })
  imageFileId?: string | null;

  @Field(() => [Int], { nullable: true, description: 'SDG numbers, 1 to 17.' })
  sdgNumbers?: number[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'SDG target codes such as `4.4`, each of a chosen goal.',
  })
  sdgTargets?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Skill ids from `skills`.',
  })
  skillIds?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'ESCO skill URIs, `http://data.europa.eu/esco/skill/<id>`; at most 20.',
  })
  escoSkillUris?: string[] | null;
}

@InputType('CreateAchievementInput', {
  description:
    'Problems come back as BAD_USER_INPUT with `extensions.field`, such as `input.sdgTargets.1`.',
})
export class CreateAchievementInput extends AchievementFieldsInput {
  @Field(() => ID)
  organisationId!: string;
}

@InputType('UpdateAchievementInput', {
  description: 'Replaces every field of the design.',
})
export class UpdateAchievementInput extends AchievementFieldsInput {
  @Field(() => ID)
  achievementId!: string;
}

@InputType('ArchiveAchievementInput')
export class ArchiveAchievementInput {
  @Field(() => ID)
  achievementId!: string;
}

@ArgsType()
export class OrganisationAchievementsArgs {
  @Field(() => ID)
  organisationId!: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  includeArchived?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_ACHIEVEMENTS_PAGE,
    description: `1 to ${MAX_ACHIEVEMENTS_PAGE}; null means ${DEFAULT_ACHIEVEMENTS_PAGE}.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
