import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';

import { Public, SignedIn } from '../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { AccountModel } from './dto/account.model.js';
import {
  RequestPasswordResetInput,
  ResetPasswordInput,
  VerifyEmailInput,
} from './dto/email-link.inputs.js';
import { EmailVerificationService } from './email-verification.service.js';
import { PasswordResetService } from './password-reset.service.js';

/** The mutations behind links sent by e-mail. */
@Resolver()
export class EmailLinksResolver {
  constructor(
    private readonly verification: EmailVerificationService,
    private readonly passwordReset: PasswordResetService,
  ) {}

  @Public()
  @Mutation(() => AccountModel, {
    description:
      'Verifies the address a link was sent to and returns its account. It signs nobody in. The account is returned even to a caller who is not signed in, because holding an unused link proves control of the address, which is what a password reset accepts too.',
  })
  verifyEmail(@Args('input') input: VerifyEmailInput): Promise<AccountModel> {
    return this.verification.verify(input.token);
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description:
      'Sends a new verification link; CONFLICT when the address is verified already. At most 5 an hour.',
  })
  resendVerificationEmail(@CurrentViewer() viewer: Viewer): Promise<boolean> {
    return this.verification.resend(viewer);
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Sends a password reset link if the address has an account. Always returns true, so it does not reveal which addresses have accounts. At most 5 an hour per address and 20 per IP address.',
  })
  requestPasswordReset(
    @Args('input') input: RequestPasswordResetInput,
    @Context('req') request: Request,
  ): Promise<boolean> {
    return this.passwordReset.request(input, request);
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Sets a new password with a reset link and ends every session of the account; it signs nobody in.',
  })
  resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    return this.passwordReset.reset(input);
  }
}
