import { Module } from '@nestjs/common';

import { CredentialsModule } from '../credentials/credentials.module.js';
import { VerificationModule } from '../verification/verification.module.js';
import { BadgeImportService } from './badge-import.service.js';
import { BadgeImportsController } from './badge-imports.controller.js';
import { BadgeImportsResolver } from './badge-imports.resolver.js';
import { ImportRateLimit } from './import-rate-limit.service.js';
import { ImportedBadgesService } from './imported-badges.service.js';
import { ImportedCredentialsRepository } from './imported-credentials.repository.js';

@Module({
  imports: [CredentialsModule, VerificationModule],
  controllers: [BadgeImportsController],
  providers: [
    BadgeImportService,
    BadgeImportsResolver,
    ImportedBadgesService,
    ImportedCredentialsRepository,
    ImportRateLimit,
  ],
  exports: [BadgeImportService],
})
export class BadgeImportsModule {}
