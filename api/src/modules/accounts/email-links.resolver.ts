import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';

import { Public, SignedIn } from '../../common/auth/access.decorators.js';
import {
  CurrentViewer,
  OptionalViewer,
} from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import {
  RequestPasswordResetInput,
  ResetPasswordInput,
  VerifyEmailInput,
} from './dto/email-link.inputs.js';
import { EmailVerificationModel } from './dto/email-verification.model.js';
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
  @Mutation(() => EmailVerificationModel, {
    description:
      'Verifies the address a link was sent to and returns which address that is. It signs nobody in. Anyone holding the link may use it, but the account comes back only to a caller signed in to that account.',
  })
  verifyEmail(
    @Args('input') input: VerifyEmailInput,
    @OptionalViewer() viewer: Viewer | null,
  ): Promise<EmailVerificationModel> {
    return this.verification.verify(input.token, viewer);
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
