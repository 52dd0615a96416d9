import { Module } from '@nestjs/common';

import { INSIGHT_RESOLVERS } from './insights.resolvers.js';

@Module({
  imports: [],
  providers: [...INSIGHT_RESOLVERS],
})
export class InsightsModule {}
