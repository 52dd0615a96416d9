import { Module } from '@nestjs/common';

import { IssuersModule } from '../issuers/issuers.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { CredentialDrafts } from './credential-drafts.service.js';
import { CredentialIssuer } from './credential-issuer.service.js';
import { IssuingRepository } from './issuing.repository.js';
import { LearnerBadgeEvents } from './learner-badge-events.js';
import { CredentialStatusResolver } from './status/credential-status.resolver.js';
import { CredentialStatusService } from './status/credential-status.service.js';
import { StatusListController } from './status/status-list.controller.js';
import { StatusListsRepository } from './status/status-lists.repository.js';

@Module({
  imports: [IssuersModule, OrganisationsModule],
  controllers: [StatusListController],
  providers: [
    CredentialDrafts,
    CredentialIssuer,
    CredentialStatusResolver,
    CredentialStatusService,
    IssuingRepository,
    LearnerBadgeEvents,
    StatusListsRepository,
  ],
  exports: [
    CredentialIssuer,
    CredentialStatusService,
    IssuersModule,
    LearnerBadgeEvents,
  ],
})
export class CredentialsModule {}
