import { Module } from '@nestjs/common';

import { OrganisationsRepository } from './organisations.repository.js';
import { OrganisationsResolver } from './organisations.resolver.js';
import { OrganisationsService } from './organisations.service.js';

@Module({
  providers: [
    OrganisationsRepository,
    OrganisationsService,
    OrganisationsResolver,
  ],
  exports: [OrganisationsRepository],
})
export class OrganisationsModule {}
