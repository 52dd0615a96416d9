import { Module } from '@nestjs/common';

import { OpportunitiesModule } from '../opportunities/opportunities.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { PathwaysRepository } from '../pathways/pathways.repository.js';
import { ReferenceDataModule } from '../reference-data/reference-data.module.js';
import { EmployerContactService } from './employer-contact.service.js';
import { EMPLOYER_NEED_RESOLVERS } from './employer-needs.resolvers.js';
import { LearnerNeedsRepository } from './learner-needs.repository.js';
import { LearnerReachRepository } from './learner-reach.repository.js';
import { LearnerReachService } from './learner-reach.service.js';
import { NeedLoaders } from './need-loaders.service.js';
import { SkillNeedAccess } from './skill-need-access.service.js';
import { NeedFieldChecker } from './skill-need-fields.service.js';
import { SkillNeedMatchesRepository } from './skill-need-matches.repository.js';
import { SkillNeedMatchingService } from './skill-need-matching.service.js';
import { SkillNeedSearch } from './skill-need-search.service.js';
import { SkillNeedsRepository } from './skill-needs.repository.js';
import { SkillNeedsService } from './skill-needs.service.js';

@Module({
  imports: [OpportunitiesModule, OrganisationsModule, ReferenceDataModule],
  providers: [
    EmployerContactService,
    LearnerNeedsRepository,
    LearnerReachRepository,
    LearnerReachService,
    NeedFieldChecker,
    NeedLoaders,
    // Stateless SQL of the pathways feature, which does not export it;
    // matches load the pathways they name with it.
    PathwaysRepository,
    SkillNeedAccess,
    SkillNeedMatchesRepository,
    SkillNeedMatchingService,
    SkillNeedSearch,
    SkillNeedsRepository,
    SkillNeedsService,
    ...EMPLOYER_NEED_RESOLVERS,
  ],
})
export class EmployerNeedsModule {}
