import {
  type MiddlewareConsumer,
  Module,
  type NestModule,
  RequestMethod,
} from '@nestjs/common';

import { IssuersModule } from '../issuers/issuers.module.js';
import { VerificationController } from './verification.controller.js';
import { VerificationResolver } from './verification.resolver.js';
import { VerificationService } from './verification.service.js';
import { VerifyBodyMiddleware } from './verify-body.middleware.js';

@Module({
  imports: [IssuersModule],
  controllers: [VerificationController],
  providers: [VerificationResolver, VerificationService],
  exports: [VerificationService],
})
export class VerificationModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(VerifyBodyMiddleware)
      .forRoutes({ path: 'api/verify', method: RequestMethod.POST });
  }
}
