import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { AdminOnly } from '../../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../../common/auth/viewer.js';
import {
  OrganisationConnection,
  OrganisationModel,
} from '../dto/organisation.model.js';
import {
  AwaitingVerificationArgs,
  RevokeOrganisationVerificationInput,
  VerifyOrganisationInput,
} from '../dto/verification.inputs.js';
import { OrganisationVerificationService } from './organisation-verification.service.js';

/** Platform administrators verifying organisations, councils above all. */
@AdminOnly()
@Resolver()
export class OrganisationVerificationResolver {
  constructor(private readonly verification: OrganisationVerificationService) {}

  @Query(() => OrganisationConnection, {
    description:
      'Organisations no administrator has verified yet: councils first, then oldest first. Admins only.',
  })
  organisationsAwaitingVerification(
    @Args() args: AwaitingVerificationArgs,
  ): Promise<OrganisationConnection> {
    return this.verification.listAwaiting(args);
  }

  @Mutation(() => OrganisationModel, {
    description:
      'Marks the organisation verified, which lets a council review listings and approve providers. Verifying twice keeps the first time. Admins only.',
  })
  verifyOrganisation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: VerifyOrganisationInput,
  ): Promise<OrganisationModel> {
    return this.verification.verify(viewer, input.organisationId);
  }

  @Mutation(() => OrganisationModel, {
    description:
      'Marks the organisation unverified again. A council then stops reviewing listings and its provider approvals stop counting; published listings stay published. Admins only.',
  })
  revokeOrganisationVerification(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RevokeOrganisationVerificationInput,
  ): Promise<OrganisationModel> {
    return this.verification.revoke(viewer, input.organisationId);
  }
}
