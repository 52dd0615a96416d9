import {
  type MiddlewareConsumer,
  Module,
  type NestModule,
  RequestMethod,
} from '@nestjs/common';

import { ProviderApprovalsRepository } from './approvals/provider-approvals.repository.js';
import { ProviderApprovalsResolver } from './approvals/provider-approvals.resolver.js';
import { ProviderApprovalsService } from './approvals/provider-approvals.service.js';
import { CouncilAreaController } from './council-areas/council-area.controller.js';
import { CouncilAreaBodyMiddleware } from './council-areas/council-area-body.middleware.js';
import { CouncilAreasRepository } from './council-areas/council-areas.repository.js';
import { CouncilAreasResolver } from './council-areas/council-areas.resolver.js';
import { CouncilAreasService } from './council-areas/council-areas.service.js';
import { AccountMembershipsResolver } from './members/account-memberships.resolver.js';
import { InvitationAcceptanceService } from './members/invitation-acceptance.service.js';
import { InvitationsRepository } from './members/invitations.repository.js';
import { InvitationsService } from './members/invitations.service.js';
import { MembersRepository } from './members/members.repository.js';
import { MembersResolver } from './members/members.resolver.js';
import { MembersService } from './members/members.service.js';
import { OrganisationAccess } from './organisation-access.service.js';
import { OrganisationFieldsResolver } from './organisation-fields.resolver.js';
import { OrganisationFieldsService } from './organisation-fields.service.js';
import { OrganisationsRepository } from './organisations.repository.js';
import { OrganisationsResolver } from './organisations.resolver.js';
import { OrganisationsService } from './organisations.service.js';
import { OrganisationVerificationRepository } from './verification/organisation-verification.repository.js';
import { OrganisationVerificationResolver } from './verification/organisation-verification.resolver.js';
import { OrganisationVerificationService } from './verification/organisation-verification.service.js';

@Module({
  controllers: [CouncilAreaController],
  providers: [
    AccountMembershipsResolver,
    CouncilAreasRepository,
    CouncilAreasResolver,
    CouncilAreasService,
    InvitationAcceptanceService,
    InvitationsRepository,
    InvitationsService,
    MembersRepository,
    MembersResolver,
    MembersService,
    OrganisationAccess,
    OrganisationFieldsResolver,
    OrganisationFieldsService,
    OrganisationsRepository,
    OrganisationsResolver,
    OrganisationsService,
    OrganisationVerificationRepository,
    OrganisationVerificationResolver,
    OrganisationVerificationService,
    ProviderApprovalsRepository,
    ProviderApprovalsResolver,
    ProviderApprovalsService,
  ],
  exports: [OrganisationAccess, OrganisationsRepository],
})
export class OrganisationsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CouncilAreaBodyMiddleware).forRoutes({
      path: 'api/organisations/:id/area',
      method: RequestMethod.PUT,
    });
  }
}
