import { Args, Mutation, Resolver } from '@nestjs/graphql';

import { SignedIn } from '../../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../../common/auth/viewer.js';
import { ProviderApprovalModel } from '../dto/membership.model.js';
import {
  ApproveProviderInput,
  RevokeProviderApprovalInput,
} from '../dto/organisation.inputs.js';
import { ProviderApprovalsService } from './provider-approvals.service.js';

/** Councils approving providers; the service checks the viewer's role. */
@SignedIn()
@Resolver()
export class ProviderApprovalsResolver {
  constructor(private readonly approvals: ProviderApprovalsService) {}

  @Mutation(() => ProviderApprovalModel, {
    description:
      'Owners and editors of the council, with a verified e-mail address; the council must be verified and have an area. Approving twice keeps the first approval.',
  })
  approveProvider(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ApproveProviderInput,
  ): Promise<ProviderApprovalModel> {
    return this.approvals.approve(viewer, input);
  }

  @Mutation(() => Boolean, {
    description:
      'Owners and editors of a verified council, with a verified e-mail address; false when there was no approval.',
  })
  revokeProviderApproval(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RevokeProviderApprovalInput,
  ): Promise<boolean> {
    return this.approvals.revoke(viewer, input);
  }
}
