import { Module } from '@nestjs/common';

import { OPEN_DATA_RESOLVERS } from './open-data.resolvers.js';

@Module({
  imports: [],
  providers: [...OPEN_DATA_RESOLVERS],
})
export class OpenDataModule {}
