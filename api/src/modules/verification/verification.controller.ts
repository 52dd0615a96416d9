import {
  Body,
  Controller,
  Headers,
  HttpCode,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import type { Request } from 'express';

import { Public } from '../../common/auth/access.decorators.js';
import { BadUserInputError } from '../../common/errors/domain-error.js';
import { clientIp } from '../accounts/client-ip.js';
import { VerificationService } from './verification.service.js';
import type { VerificationResult } from './verification-result.js';
import { VerifyRateLimit } from './verify-rate-limit.service.js';

/** POST /api/verify: verification of an uploaded credential or badge image. */
@Public()
@Controller('api/verify')
export class VerificationController {
  constructor(
    private readonly verification: VerificationService,
    private readonly rateLimit: VerifyRateLimit,
  ) {}

  /**
   * Verifies the raw body: JSON, a VC-JWT, or a baked PNG or SVG. The
   * format is read from the content, so a wrong Content-Type still works.
   */
  @Post()
  @HttpCode(200)
  async verify(
    @Body() body: unknown,
    @Headers('content-type') contentType: string | undefined,
    @Query('recipientEmail') recipientEmail: unknown,
    @Req() request: Request,
  ): Promise<VerificationResult> {
    if (!Buffer.isBuffer(body) || body.length === 0) {
      throw new BadUserInputError(
        'The request body is empty; send a credential (JSON or VC-JWT) or a baked PNG or SVG image.',
      );
    }
    if (recipientEmail !== undefined && typeof recipientEmail !== 'string') {
      throw new BadUserInputError(
        'recipientEmail must be given once, as an e-mail address.',
        'recipientEmail',
      );
    }

    await this.rateLimit.take(clientIp(request));

    return this.verification.verify({
      bytes: body,
      contentType,
      recipientEmail: recipientEmail ?? null,
    });
  }
}
