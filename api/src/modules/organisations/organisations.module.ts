import { Module } from '@nestjs/common';

import { OrganisationAccess } from './organisation-access.service.js';
import { OrganisationsRepository } from './organisations.repository.js';
import { OrganisationsResolver } from './organisations.resolver.js';
import { OrganisationsService } from './organisations.service.js';

@Module({
  providers: [
    OrganisationAccess,
    OrganisationsRepository,
    OrganisationsService,
    OrganisationsResolver,
  ],
  exports: [OrganisationAccess, OrganisationsRepository],
})
export class OrganisationsModule {}
