import { Module } from '@nestjs/common';

import { OrganisationsModule } from '../organisations/organisations.module.js';
import { ImportTemplateController } from './import-template.controller.js';
import { OpportunityImportsController } from './opportunity-imports.controller.js';
import { OpportunityImportsRepository } from './opportunity-imports.repository.js';
import { OpportunityImportsService } from './opportunity-imports.service.js';

@Module({
  imports: [OrganisationsModule],
  controllers: [ImportTemplateController, OpportunityImportsController],
  providers: [OpportunityImportsRepository, OpportunityImportsService],
})
export class ImportsModule {}
