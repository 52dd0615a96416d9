import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';

import { AccessGuard } from '../../common/auth/access.guard.js';
import { VIEWER_RESOLVER } from '../../common/auth/viewer.js';
import { SessionsRepository } from './sessions/sessions.repository.js';
import { SessionsService } from './sessions/sessions.service.js';

@Global()
@Module({
  providers: [
    SessionsRepository,
    SessionsService,
    { provide: VIEWER_RESOLVER, useExisting: SessionsService },
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [SessionsService],
})
export class AccountsModule {}
