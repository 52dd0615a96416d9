import { Module } from '@nestjs/common';

import { OrganisationsModule } from '../organisations/organisations.module.js';
import { PlacesModule } from '../places/places.module.js';
import { ReferenceDataModule } from '../reference-data/reference-data.module.js';
import { OpportunitiesRepository } from './opportunities.repository.js';
import { OpportunitiesResolver } from './opportunities.resolver.js';
import { OpportunitiesService } from './opportunities.service.js';
import { OpportunityAccessRepository } from './opportunity-access.repository.js';
import { OpportunityAccess } from './opportunity-access.service.js';
import { OpportunityFieldsResolver } from './opportunity-fields.resolver.js';

@Module({
  imports: [OrganisationsModule, PlacesModule, ReferenceDataModule],
  providers: [
    OpportunitiesRepository,
    OpportunitiesService,
    OpportunitiesResolver,
    OpportunityFieldsResolver,
    OpportunityAccess,
    OpportunityAccessRepository,
  ],
  exports: [OpportunitiesRepository, OpportunityAccess],
})
export class OpportunitiesModule {}
