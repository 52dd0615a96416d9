import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';

export const DEFAULT_CREDENTIALS_PAGE = 20;
export const MAX_CREDENTIALS_PAGE = 100;

@ArgsType()
export class MyCredentialsArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_CREDENTIALS_PAGE,
    description: `1 to ${MAX_CREDENTIALS_PAGE}; null means ${DEFAULT_CREDENTIALS_PAGE}.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ArgsType()
export class OrganisationCredentialsArgs extends MyCredentialsArgs {
  @Field(() => ID)
  organisationId!: string;

  @Field(() => ID, { nullable: true, description: 'Only this badge.' })
  achievementId?: string | null;
}

@InputType('ShareCredentialInput')
export class ShareCredentialInput {
  @Field(() => ID)
  credentialId!: string;

  @Field({ description: 'True makes the badge page public; false hides it.' })
  shared!: boolean;
}
