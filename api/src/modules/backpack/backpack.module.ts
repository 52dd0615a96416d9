import { Module } from '@nestjs/common';

import { AchievementsModule } from '../achievements/achievements.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { BackpackRepository } from './backpack.repository.js';
import { BackpackResolver } from './backpack.resolver.js';
import { BackpackService } from './backpack.service.js';
import { CredentialFieldsResolver } from './credential-fields.resolver.js';

/** Reading and sharing credentials; imported by AwardsModule. */
@Module({
  imports: [AchievementsModule, OrganisationsModule],
  providers: [
    BackpackRepository,
    BackpackResolver,
    BackpackService,
    CredentialFieldsResolver,
  ],
  exports: [BackpackRepository, BackpackService],
})
export class BackpackModule {}
