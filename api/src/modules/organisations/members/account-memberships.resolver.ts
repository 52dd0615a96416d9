import { Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { SignedIn } from '../../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../../common/auth/viewer.js';
import { AccountModel } from '../../accounts/dto/account.model.js';
import { MembershipModel } from '../dto/membership.model.js';
import { MembersService } from './members.service.js';

/** The organisations of the signed-in account. */
@Resolver(() => AccountModel)
export class AccountMembershipsResolver {
  constructor(private readonly members: MembersService) {}

  @SignedIn()
  @ResolveField(() => [MembershipModel], {
    description: 'Organisations the account belongs to, by name.',
  })
  memberships(
    @CurrentViewer() viewer: Viewer,
    @Parent() account: AccountModel,
  ): Promise<MembershipModel[]> {
    return this.members.membershipsOf(viewer, account.id);
  }
}
