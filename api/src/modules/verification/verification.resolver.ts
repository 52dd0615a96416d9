import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';

import { Public } from '../../common/auth/access.decorators.js';
import type { RequestContext } from '../../common/graphql/loader-registry.js';
import { clientIp } from '../accounts/client-ip.js';
import { VerificationResultModel } from './dto/verification.model.js';
import { VerifyCredentialInput } from './dto/verify-credential.input.js';
import { VerificationService } from './verification.service.js';
import { VerifyRateLimit } from './verify-rate-limit.service.js';

/** Verification of credentials, open to anyone. */
@Resolver(() => VerificationResultModel)
export class VerificationResolver {
  constructor(
    private readonly verification: VerificationService,
    private readonly rateLimit: VerifyRateLimit,
  ) {}

  @Public()
  @Mutation(() => VerificationResultModel, {
    description:
      'Checks a credential (JSON, VC-JWT, SVG, or PNG data: URL) and reports each check. A mutation because the input can be large; it changes nothing. Limited per client IP address together with POST /api/verify (RATE_LIMITED), and costed so that one request holds at most 5.',
  })
  async verifyCredential(
    @Args('input') input: VerifyCredentialInput,
    @Context() context: RequestContext,
  ): Promise<VerificationResultModel> {
    await this.rateLimit.take(clientIp(context.req));

    return this.verification.verify({
      text: input.credential,
      recipientEmail: input.recipientEmail ?? null,
    });
  }
}
