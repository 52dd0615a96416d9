import {
  type MiddlewareConsumer,
  Module,
  type NestModule,
  RequestMethod,
} from '@nestjs/common';

import { AccountsModule } from '../accounts/accounts.module.js';
import { BadgeImportsModule } from '../badge-imports/badge-imports.module.js';
import {
  corsMiddleware,
  credentialTextParser,
  formBodyParser,
} from './api-middleware.js';
import { ConnectedAppsResolver } from './connected-apps/connected-apps.resolver.js';
import { ConnectedAppsService } from './connected-apps/connected-apps.service.js';
import { AuthorizationService } from './oauth/authorization.service.js';
import { ClientAuthentication } from './oauth/client-authentication.service.js';
import { ClientRegistrationService } from './oauth/client-registration.service.js';
import { OAuthController } from './oauth/oauth.controller.js';
import { OAuthRepository } from './oauth/oauth.repository.js';
import { OAuthRateLimit } from './oauth/oauth-rate-limit.service.js';
import { TokenService } from './oauth/token.service.js';
import { BearerAuthentication } from './resources/bearer-authentication.service.js';
import { ObApiController } from './resources/ob-api.controller.js';
import { ObResourcesRepository } from './resources/ob-resources.repository.js';
import { ObResourcesService } from './resources/ob-resources.service.js';

/**
 * The Open Badges 3.0 REST API under /ims/ob/v3p0, its OAuth 2.0
 * authorization server under /api/oauth, and the learner's consent.
 */
@Module({
  imports: [AccountsModule, BadgeImportsModule],
  controllers: [OAuthController, ObApiController],
  providers: [
    AuthorizationService,
    BearerAuthentication,
    ClientAuthentication,
    ClientRegistrationService,
    ConnectedAppsResolver,
    ConnectedAppsService,
    OAuthRateLimit,
    OAuthRepository,
    ObResourcesRepository,
    ObResourcesService,
    TokenService,
  ],
})
export class OpenBadgesApiModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(corsMiddleware)
      .forRoutes(
        { path: 'ims/ob/v3p0/{*path}', method: RequestMethod.ALL },
        { path: 'api/oauth/token', method: RequestMethod.ALL },
        { path: 'api/oauth/revoke', method: RequestMethod.ALL },
        { path: 'api/oauth/register', method: RequestMethod.ALL },
      );
    consumer
      .apply(formBodyParser)
      .forRoutes(
        { path: 'api/oauth/token', method: RequestMethod.POST },
        { path: 'api/oauth/revoke', method: RequestMethod.POST },
      );
    consumer.apply(credentialTextParser).forRoutes({
      path: 'ims/ob/v3p0/credentials',
      method: RequestMethod.POST,
    });
  }
}
