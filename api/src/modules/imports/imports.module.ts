import { Module } from '@nestjs/common';

import { OrganisationsModule } from '../organisations/organisations.module.js';

@Module({
  imports: [OrganisationsModule],
  providers: [],
})
export class ImportsModule {}
