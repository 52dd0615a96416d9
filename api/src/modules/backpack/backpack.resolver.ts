import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Public, SignedIn } from '../../common/auth/access.decorators.js';
import {
  CurrentViewer,
  OptionalViewer,
} from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import {
  CredentialConnection,
  CredentialObject,
} from '../awards/dto/credential.type.js';
import { BackpackService } from './backpack.service.js';
import {
  MyCredentialsArgs,
  OrganisationCredentialsArgs,
  ShareCredentialInput,
} from './dto/backpack.inputs.js';

/** Badges as learners and issuers read them. */
@Resolver(() => CredentialObject)
export class BackpackResolver {
  constructor(private readonly backpack: BackpackService) {}

  @Public()
  @Query(() => CredentialObject, {
    description:
      'A badge, for members of its issuer, its recipient, and anyone once the recipient shares it; otherwise NOT_FOUND.',
  })
  credential(
    @OptionalViewer() viewer: Viewer | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CredentialObject> {
    return this.backpack.find(viewer, id);
  }

  @SignedIn()
  @Query(() => CredentialConnection, {
    description:
      "The viewer's badges, newest first: those awarded to the account and to its verified e-mail address.",
  })
  myCredentials(
    @CurrentViewer() viewer: Viewer,
    @Args() args: MyCredentialsArgs,
  ): Promise<CredentialConnection> {
    return this.backpack.mine(viewer, args);
  }

  @SignedIn()
  @Query(() => CredentialConnection, {
    description: 'Badges an organisation issued, newest first, for members.',
  })
  organisationCredentials(
    @CurrentViewer() viewer: Viewer,
    @Args() args: OrganisationCredentialsArgs,
  ): Promise<CredentialConnection> {
    return this.backpack.forOrganisation(viewer, args);
  }

  @SignedIn()
  @Mutation(() => CredentialObject, {
    description:
      "Makes the recipient's badge page public, or private again. For the recipient only.",
  })
  shareCredential(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ShareCredentialInput,
  ): Promise<CredentialObject> {
    return this.backpack.share(viewer, input);
  }
}
