import { Module } from '@nestjs/common';

import { AuditModule } from '../audit/audit.module.js';
import { ListingsModule } from '../listings/listings.module.js';
import { ReferenceDataModule } from '../reference-data/reference-data.module.js';
import { ProposalAccess } from './proposal-access.service.js';
import { ProposalCommentsRepository } from './proposal-comments.repository.js';
import { ProposalCommentsService } from './proposal-comments.service.js';
import { ProposalConversionService } from './proposal-conversion.service.js';
import { ProposalListingsRepository } from './proposal-listings.repository.js';
import { ProposalModerationService } from './proposal-moderation.service.js';
import { ProposalRateLimit } from './proposal-rate-limit.js';
import { ProposalsRepository } from './proposals.repository.js';
import { PROPOSAL_RESOLVERS } from './proposals.resolvers.js';
import { ProposalsService } from './proposals.service.js';

@Module({
  imports: [AuditModule, ListingsModule, ReferenceDataModule],
  providers: [
    ProposalAccess,
    ProposalCommentsRepository,
    ProposalCommentsService,
    ProposalConversionService,
    ProposalListingsRepository,
    ProposalModerationService,
    ProposalRateLimit,
    ProposalsRepository,
    ProposalsService,
    ...PROPOSAL_RESOLVERS,
  ],
})
export class ProposalsModule {}
