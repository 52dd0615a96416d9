import { Field, ID, InputType } from '@nestjs/graphql';

import { OrganisationRole } from '../organisation-member.entity.js';

@InputType('InviteMemberInput')
export class InviteMemberInput {
  @Field(() => ID)
  organisationId!: string;

  @Field()
  email!: string;

  @Field(() => OrganisationRole)
  role!: OrganisationRole;
}

@InputType('RevokeInvitationInput')
export class RevokeInvitationInput {
  @Field(() => ID)
  invitationId!: string;
}

@InputType('AcceptInvitationInput')
export class AcceptInvitationInput {
  @Field({ description: 'The token from the link in the invitation e-mail.' })
  token!: string;
}

@InputType('ChangeMemberRoleInput')
export class ChangeMemberRoleInput {
  @Field(() => ID)
  organisationId!: string;

  @Field(() => ID)
  userId!: string;

  @Field(() => OrganisationRole)
  role!: OrganisationRole;
}

@InputType('RemoveMemberInput')
export class RemoveMemberInput {
  @Field(() => ID)
  organisationId!: string;

  @Field(() => ID)
  userId!: string;
}
