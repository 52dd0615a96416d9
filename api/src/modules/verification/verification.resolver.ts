import { Args, Mutation, Resolver } from '@nestjs/graphql';

import { Public } from '../../common/auth/access.decorators.js';
import { VerificationResultModel } from './dto/verification.model.js';
import { VerifyCredentialInput } from './dto/verify-credential.input.js';
import { VerificationService } from './verification.service.js';

/** Verification of credentials, open to anyone. */
@Resolver(() => VerificationResultModel)
export class VerificationResolver {
  constructor(private readonly verification: VerificationService) {}

  @Public()
  @Mutation(() => VerificationResultModel, {
    description:
      'Checks a credential (JSON, VC-JWT, SVG, or PNG data: URL) and reports each check. A mutation because the input can be large; it changes nothing.',
  })
  verifyCredential(
    @Args('input') input: VerifyCredentialInput,
  ): Promise<VerificationResultModel> {
    return this.verification.verify({
      text: input.credential,
      recipientEmail: input.recipientEmail ?? null,
    });
  }
}
