import { Module } from '@nestjs/common';

import { EMPLOYER_NEED_RESOLVERS } from './employer-needs.resolvers.js';

@Module({
  imports: [],
  providers: [...EMPLOYER_NEED_RESOLVERS],
})
export class EmployerNeedsModule {}
