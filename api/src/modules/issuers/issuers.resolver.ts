import {
  Args,
  Mutation,
  Parent,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';

import { Public, SignedIn } from '../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { OrganisationModel } from '../organisations/dto/organisation.model.js';
import { requireUuid } from '../registrations/session-access.service.js';
import { RotateIssuerKeysInput } from './dto/issuer.inputs.js';
import { IssuersService } from './issuers.service.js';

/** An organisation's identity as an Open Badges issuer, and its keys. */
@Resolver(() => OrganisationModel)
export class IssuersResolver {
  constructor(private readonly issuers: IssuersService) {}

  @Public()
  @ResolveField(() => String, {
    description:
      'The organisation’s did:web, the issuer id of the badges it awards. Its DID document lists its public keys.',
  })
  issuerId(@Parent() organisation: OrganisationModel): string {
    return this.issuers.issuerId(organisation.id);
  }

  @SignedIn()
  @Mutation(() => OrganisationModel, {
    description:
      'Retires the organisation’s signing keys and creates new ones, for its owners. Badges signed with the old keys keep verifying.',
  })
  rotateIssuerKeys(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RotateIssuerKeysInput,
  ): Promise<OrganisationModel> {
    return this.issuers.rotateKeys(
      viewer,
      requireUuid(input.organisationId, 'input.organisationId').toLowerCase(),
    );
  }
}
