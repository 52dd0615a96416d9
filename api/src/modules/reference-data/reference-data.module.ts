import { Module } from '@nestjs/common';

import { ReferenceDataRepository } from './reference-data.repository.js';
import { ReferenceDataResolver } from './reference-data.resolver.js';
import { SkillsController } from './skills.controller.js';

@Module({
  controllers: [SkillsController],
  providers: [ReferenceDataRepository, ReferenceDataResolver],
  exports: [ReferenceDataRepository],
})
export class ReferenceDataModule {}
