import {
  type MiddlewareConsumer,
  Module,
  type NestModule,
  RequestMethod,
} from '@nestjs/common';

import { AccountsModule } from '../accounts/accounts.module.js';
import { IssuersModule } from '../issuers/issuers.module.js';
import { VerificationController } from './verification.controller.js';
import { VerificationRepository } from './verification.repository.js';
import { VerificationResolver } from './verification.resolver.js';
import { VerificationService } from './verification.service.js';
import { VerifyBodyMiddleware } from './verify-body.middleware.js';
import { VerifyRateLimit } from './verify-rate-limit.service.js';

@Module({
  imports: [AccountsModule, IssuersModule],
  controllers: [VerificationController],
  providers: [
    VerificationResolver,
    VerificationService,
    VerificationRepository,
    VerifyRateLimit,
  ],
  exports: [VerificationService],
})
export class VerificationModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(VerifyBodyMiddleware)
      .forRoutes({ path: 'api/verify', method: RequestMethod.POST });
  }
}
