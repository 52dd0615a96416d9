import { Module } from '@nestjs/common';

import { AchievementsModule } from '../achievements/achievements.module.js';
import { OpportunitiesModule } from '../opportunities/opportunities.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { PlacesModule } from '../places/places.module.js';
import { ReferenceDataModule } from '../reference-data/reference-data.module.js';
import { ListingAchievementResolver } from './listing-achievement.resolver.js';
import { ListingFieldsResolver } from './listing-fields.resolver.js';
import { ListingQueriesRepository } from './listing-queries.repository.js';
import { ListingQueriesService } from './listing-queries.service.js';
import { ListingsRepository } from './listings.repository.js';
import { ListingsResolver } from './listings.resolver.js';
import { ListingsService } from './listings.service.js';
import { ModerationResolver } from './moderation.resolver.js';
import { ModerationService } from './moderation.service.js';

@Module({
  imports: [
    AchievementsModule,
    OpportunitiesModule,
    OrganisationsModule,
    PlacesModule,
    ReferenceDataModule,
  ],
  providers: [
    ListingAchievementResolver,
    ListingFieldsResolver,
    ListingQueriesRepository,
    ListingQueriesService,
    ListingsRepository,
    ListingsResolver,
    ListingsService,
    ModerationResolver,
    ModerationService,
  ],
  exports: [ListingsService],
})
export class ListingsModule {}
