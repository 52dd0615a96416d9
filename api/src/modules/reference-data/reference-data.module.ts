import { Module } from '@nestjs/common';

import { ReferenceDataRepository } from './reference-data.repository.js';
import { ReferenceDataResolver } from './reference-data.resolver.js';

@Module({
  providers: [ReferenceDataRepository, ReferenceDataResolver],
  exports: [ReferenceDataRepository],
})
export class ReferenceDataModule {}
