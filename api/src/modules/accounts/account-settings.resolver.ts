import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { Request, Response } from 'express';

import { SignedIn } from '../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { AccountSettingsService } from './account-settings.service.js';
import { AccountDeletionService } from './deletion/account-deletion.service.js';
import { AccountModel } from './dto/account.model.js';
import {
  ChangeEmailInput,
  ChangePasswordInput,
  DeleteAccountInput,
  UpdateProfileInput,
} from './dto/settings.inputs.js';

/** The signed-in user's changes to their own account. */
@SignedIn()
@Resolver()
export class AccountSettingsResolver {
  constructor(
    private readonly settings: AccountSettingsService,
    private readonly deletion: AccountDeletionService,
  ) {}

  @Mutation(() => AccountModel, {
    description:
      'Changes the name and privacy settings given. `shareLocation: true` is rejected while the user may be under 18.',
  })
  updateProfile(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateProfileInput,
  ): Promise<AccountModel> {
    return this.settings.updateProfile(viewer, input);
  }

  @Mutation(() => AccountModel, {
    description:
      'Moves the account to a new address, unverified until its link is used; the old address gets a notice.',
  })
  changeEmail(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ChangeEmailInput,
    @Context('req') request: Request,
  ): Promise<AccountModel> {
    return this.settings.changeEmail(viewer, input, request);
  }

  @Mutation(() => Boolean, {
    description: 'Sets a new password and ends every other session.',
  })
  changePassword(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ChangePasswordInput,
    @Context('req') request: Request,
  ): Promise<boolean> {
    return this.settings.changePassword(viewer, input, request);
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes the account and everything that is only its own, and signs out. CONFLICT while the user is the only owner of an organisation with other members or listings.',
  })
  deleteAccount(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: DeleteAccountInput,
    @Context('req') request: Request,
    @Context('res') response: Response,
  ): Promise<boolean> {
    return this.deletion.delete(viewer, input, request, response);
  }
}
