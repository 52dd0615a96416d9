import { Module } from '@nestjs/common';

import { AchievementsModule } from '../achievements/achievements.module.js';
import { CredentialsModule } from '../credentials/credentials.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import {
  AchievementEndorsementsResolver,
  CredentialEndorsementsResolver,
  EndorsementFieldsResolver,
  OrganisationEndorsementsResolver,
} from './endorsement-fields.resolver.js';
import { EndorsementsRepository } from './endorsements.repository.js';
import { EndorsementsResolver } from './endorsements.resolver.js';
import { EndorsementsService } from './endorsements.service.js';

@Module({
  imports: [AchievementsModule, CredentialsModule, OrganisationsModule],
  providers: [
    AchievementEndorsementsResolver,
    CredentialEndorsementsResolver,
    EndorsementFieldsResolver,
    EndorsementsRepository,
    EndorsementsResolver,
    EndorsementsService,
    OrganisationEndorsementsResolver,
  ],
  exports: [EndorsementsRepository],
})
export class EndorsementsModule {}
