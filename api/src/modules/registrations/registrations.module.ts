import { Module } from '@nestjs/common';

import { OpportunitiesModule } from '../opportunities/opportunities.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { AttendanceService } from './attendance.service.js';
import { RegistrationFieldsResolver } from './registration-fields.resolver.js';
import { RegistrationListsRepository } from './registration-lists.repository.js';
import { RegistrationListsService } from './registration-lists.service.js';
import { RegistrationLoadersRepository } from './registration-loaders.repository.js';
import { RegistrationsRepository } from './registrations.repository.js';
import { RegistrationsResolver } from './registrations.resolver.js';
import { RegistrationsService } from './registrations.service.js';
import { RegistrationsExportController } from './registrations-export.controller.js';
import { RegistrationsExportService } from './registrations-export.service.js';
import { SessionAccess } from './session-access.service.js';
import { SessionRegistrationFieldsResolver } from './session-registration-fields.resolver.js';

@Module({
  imports: [OpportunitiesModule, OrganisationsModule],
  controllers: [RegistrationsExportController],
  providers: [
    AttendanceService,
    RegistrationFieldsResolver,
    RegistrationListsRepository,
    RegistrationListsService,
    RegistrationLoadersRepository,
    RegistrationsExportService,
    RegistrationsRepository,
    RegistrationsResolver,
    RegistrationsService,
    SessionAccess,
    SessionRegistrationFieldsResolver,
  ],
})
export class RegistrationsModule {}
