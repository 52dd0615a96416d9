import { Module } from '@nestjs/common';

import { OrganisationsModule } from '../organisations/organisations.module.js';
import { OpportunityImportsController } from './opportunity-imports.controller.js';
import { OpportunityImportsRepository } from './opportunity-imports.repository.js';
import { OpportunityImportsService } from './opportunity-imports.service.js';

@Module({
  imports: [OrganisationsModule],
  controllers: [OpportunityImportsController],
  providers: [OpportunityImportsRepository, OpportunityImportsService],
})
export class ImportsModule {}
