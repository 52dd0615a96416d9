import { Args, Mutation, Resolver } from '@nestjs/graphql';

import { SignedIn } from '../../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../../common/auth/viewer.js';
import {
  AcceptInvitationInput,
  ChangeMemberRoleInput,
  InviteMemberInput,
  RemoveMemberInput,
  RevokeInvitationInput,
} from '../dto/member.inputs.js';
import {
  MembershipModel,
  OrganisationInvitationModel,
  OrganisationMemberModel,
} from '../dto/membership.model.js';
import { InvitationAcceptanceService } from './invitation-acceptance.service.js';
import { InvitationsService } from './invitations.service.js';
import { MembersService } from './members.service.js';

/** Invitations and members; the services check the viewer's role. */
@SignedIn()
@Resolver()
export class MembersResolver {
  constructor(
    private readonly acceptance: InvitationAcceptanceService,
    private readonly invitations: InvitationsService,
    private readonly members: MembersService,
  ) {}

  @Mutation(() => OrganisationInvitationModel, {
    description:
      'E-mails an invitation link that works once for 7 days. Owners only.',
  })
  inviteMember(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: InviteMemberInput,
  ): Promise<OrganisationInvitationModel> {
    return this.invitations.invite(viewer, input);
  }

  @Mutation(() => OrganisationInvitationModel, { description: 'Owners only.' })
  revokeInvitation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RevokeInvitationInput,
  ): Promise<OrganisationInvitationModel> {
    return this.invitations.revoke(viewer, input);
  }

  @Mutation(() => MembershipModel, {
    description:
      'Joins the organisation; the viewer’s e-mail must be the invited address.',
  })
  acceptInvitation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AcceptInvitationInput,
  ): Promise<MembershipModel> {
    return this.acceptance.accept(viewer, input);
  }

  @Mutation(() => OrganisationMemberModel, {
    description: 'Owners only; the organisation always keeps an owner.',
  })
  changeMemberRole(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ChangeMemberRoleInput,
  ): Promise<OrganisationMemberModel> {
    return this.members.changeRole(viewer, input);
  }

  @Mutation(() => Boolean, {
    description:
      'Owners remove anyone, members themselves; never the last owner.',
  })
  removeMember(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RemoveMemberInput,
  ): Promise<boolean> {
    return this.members.remove(viewer, input);
  }
}
