import { Field, ID, ObjectType } from '@nestjs/graphql';

import { DateTimeScalar } from '../../../common/graphql/date-time.scalar.js';
import { OrganisationRole } from '../organisation-member.entity.js';
import { OrganisationModel } from './organisation.model.js';

@ObjectType('MemberUser', {
  description: 'A member as the other members of the organisation see them.',
})
export class MemberUserModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'Shown only to members of the organisation.' })
  email!: string;
}

@ObjectType('OrganisationMember')
export class OrganisationMemberModel {
  @Field(() => MemberUserModel)
  user!: MemberUserModel;

  @Field(() => OrganisationRole)
  role!: OrganisationRole;

  @Field(() => DateTimeScalar)
  joinedAt!: Date;
}

@ObjectType('OrganisationInvitation', {
  description: 'A pending e-mailed invitation to join an organisation.',
})
export class OrganisationInvitationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field(() => OrganisationRole)
  role!: OrganisationRole;

  @Field(() => DateTimeScalar)
  expiresAt!: Date;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

@ObjectType('Membership', {
  description: 'An organisation the signed-in user belongs to.',
})
export class MembershipModel {
  @Field(() => OrganisationModel)
  organisation!: OrganisationModel;

  @Field(() => OrganisationRole)
  role!: OrganisationRole;
}

@ObjectType('ProviderApproval', {
  description:
    'A council’s approval of a provider: its listings in the council’s area skip moderation.',
})
export class ProviderApprovalModel {
  @Field(() => OrganisationModel)
  provider!: OrganisationModel;

  @Field(() => OrganisationModel)
  council!: OrganisationModel;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}
