import { Module } from '@nestjs/common';

import { AchievementsModule } from '../achievements/achievements.module.js';
import { BackpackModule } from '../backpack/backpack.module.js';
import { CredentialsModule } from '../credentials/credentials.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { AwardService } from './award.service.js';
import { AwardChecks } from './award-checks.service.js';
import { AwardIssuing } from './award-issuing.service.js';
import { AwardJobRunner } from './award-job-runner.service.js';
import { AwardJobsRepository } from './award-jobs.repository.js';
import { AwardsRepository } from './awards.repository.js';
import { AwardsResolver } from './awards.resolver.js';
import { BulkAwardService } from './bulk-award.service.js';
import { ClaimCodesRepository } from './claim-codes.repository.js';
import { ClaimCodesResolver } from './claim-codes.resolver.js';
import { ClaimCodesService } from './claim-codes.service.js';
import { ClaimRedemptionService } from './claim-redemption.service.js';

@Module({
  imports: [
    AchievementsModule,
    BackpackModule,
    CredentialsModule,
    OrganisationsModule,
  ],
  providers: [
    AwardChecks,
    AwardIssuing,
    AwardJobRunner,
    AwardJobsRepository,
    AwardService,
    AwardsRepository,
    AwardsResolver,
    BulkAwardService,
    ClaimCodesRepository,
    ClaimCodesResolver,
    ClaimCodesService,
    ClaimRedemptionService,
  ],
})
export class AwardsModule {}
