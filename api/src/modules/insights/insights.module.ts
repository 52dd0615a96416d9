import { Module } from '@nestjs/common';

import { SkillNeedsRepository } from '../employer-needs/skill-needs.repository.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { ReferenceDataModule } from '../reference-data/reference-data.module.js';
import { InsightsRepository } from './insights.repository.js';
import { INSIGHT_RESOLVERS } from './insights.resolvers.js';
import { InsightsService } from './insights.service.js';
import { InsightsAccess } from './insights-access.service.js';
import { InsightsExportController } from './insights-export.controller.js';
import { InsightsExportService } from './insights-export.service.js';
import { InsightsMapRepository } from './insights-map.repository.js';

@Module({
  imports: [OrganisationsModule, ReferenceDataModule],
  controllers: [InsightsExportController],
  providers: [
    InsightsAccess,
    InsightsExportService,
    InsightsMapRepository,
    InsightsRepository,
    InsightsService,
    // Stateless SQL of the employer needs feature, which does not export
    // it; skill gaps load the needs they name with it.
    SkillNeedsRepository,
    ...INSIGHT_RESOLVERS,
  ],
})
export class InsightsModule {}
