import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';

import { SignedIn } from '../../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../../common/auth/viewer.js';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import {
  CredentialObject,
  toCredentialObject,
} from '../../awards/dto/credential.type.js';
import { CredentialStatus } from '../credential.entity.js';
import { ChangeCredentialStatusInput } from '../dto/credential-status.inputs.js';
import { CredentialStatusService } from './credential-status.service.js';

/**
 * Revocation, suspension and reinstatement, for owners and awarders of the
 * issuing organisation.
 */
@SignedIn()
@Resolver(() => CredentialObject)
export class CredentialStatusResolver {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly status: CredentialStatusService,
  ) {}

  @Mutation(() => CredentialObject, {
    description:
      'Revokes a credential for good: its status list shows it revoked and verifiers reject it.',
  })
  revokeCredential(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ChangeCredentialStatusInput,
  ): Promise<CredentialObject> {
    return this.change(viewer, input, CredentialStatus.REVOKED);
  }

  @Mutation(() => CredentialObject, {
    description:
      'Suspends an active credential until it is reinstated or revoked.',
  })
  suspendCredential(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ChangeCredentialStatusInput,
  ): Promise<CredentialObject> {
    return this.change(viewer, input, CredentialStatus.SUSPENDED);
  }

  @Mutation(() => CredentialObject, {
    description: 'Makes a suspended credential active again.',
  })
  reinstateCredential(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ChangeCredentialStatusInput,
  ): Promise<CredentialObject> {
    return this.change(viewer, input, CredentialStatus.ACTIVE);
  }

  private async change(
    viewer: Viewer,
    input: ChangeCredentialStatusInput,
    status: CredentialStatus,
  ): Promise<CredentialObject> {
    const credential = await this.status.changeStatusAs(
      viewer,
      input.credentialId,
      status,
      input.reason,
    );

    return toCredentialObject(credential, this.config.publicUrl);
  }
}
