import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';

import { OrganisationKind } from '../organisation.entity.js';

@InputType('VerifyOrganisationInput')
export class VerifyOrganisationInput {
  @Field(() => ID)
  organisationId!: string;
}

@InputType('RevokeOrganisationVerificationInput')
export class RevokeOrganisationVerificationInput {
  @Field(() => ID)
  organisationId!: string;
}

@ArgsType()
export class AwaitingVerificationArgs {
  @Field(() => OrganisationKind, {
    nullable: true,
    description: 'Only organisations of this kind; null means every kind.',
  })
  kind?: OrganisationKind | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 20,
    description: '1 to 100; null means 20.',
  })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
