import { Module } from '@nestjs/common';

import { FilesModule } from '../files/files.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { ReferenceDataModule } from '../reference-data/reference-data.module.js';
import {
  AchievementFieldsResolver,
  SdgTargetsResolver,
} from './achievement-fields.resolver.js';
import { AchievementImageController } from './achievement-image.controller.js';
import { AchievementsRepository } from './achievements.repository.js';
import { AchievementsResolver } from './achievements.resolver.js';
import { AchievementsService } from './achievements.service.js';

@Module({
  imports: [FilesModule, OrganisationsModule, ReferenceDataModule],
  controllers: [AchievementImageController],
  providers: [
    AchievementFieldsResolver,
    AchievementsRepository,
    AchievementsResolver,
    AchievementsService,
    SdgTargetsResolver,
  ],
  exports: [AchievementsRepository, AchievementsService],
})
export class AchievementsModule {}
