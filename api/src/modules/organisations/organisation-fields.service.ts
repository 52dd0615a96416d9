import { Injectable } from '@nestjs/common';

import type { Viewer } from '../../common/auth/viewer.js';
import { ForbiddenError } from '../../common/errors/domain-error.js';
import type { LoaderRegistry } from '../../common/graphql/loader-registry.js';
import { ProviderApprovalsRepository } from './approvals/provider-approvals.repository.js';
import type {
  OrganisationInvitationModel,
  OrganisationMemberModel,
} from './dto/membership.model.js';
import type { OrganisationModel } from './dto/organisation.model.js';
import { InvitationsRepository } from './members/invitations.repository.js';
import { MembersRepository } from './members/members.repository.js';
import { OrganisationKind } from './organisation.entity.js';
import { ALL_ROLES } from './organisation-access.service.js';
import { OrganisationRole } from './organisation-member.entity.js';
import { OrganisationsRepository } from './organisations.repository.js';

/**
 * Fields of an organisation that come from other tables. Each loads through
 * a per-request DataLoader, and so does the viewer's role that decides who
 * may read them, so a list of organisations costs one query per field.
 */
@Injectable()
export class OrganisationFieldsService {
  constructor(
    private readonly organisations: OrganisationsRepository,
    private readonly memberRows: MembersRepository,
    private readonly invitations: InvitationsRepository,
    private readonly approvals: ProviderApprovalsRepository,
  ) {}

  viewerRole(
    viewer: Viewer | null,
    organisationId: string,
    loaders: LoaderRegistry,
  ): Promise<OrganisationRole | null> {
    if (viewer === null) return Promise.resolve(null);

    return loaders.load(
      `organisationRoleOf:${viewer.userId}`,
      (ids: readonly string[]) => this.memberRows.rolesOf(viewer.userId, ids),
      organisationId,
      null,
    );
  }

  async members(
    viewer: Viewer,
    organisation: OrganisationModel,
    loaders: LoaderRegistry,
  ): Promise<OrganisationMemberModel[]> {
    await this.requireRole(viewer, organisation, ALL_ROLES, loaders, 'members');

    return loaders.load(
      'membersByOrganisationId',
      (ids: readonly string[]) => this.memberRows.findByOrganisationIds(ids),
      organisation.id,
      [],
    );
  }

  async invitationsOf(
    viewer: Viewer,
    organisation: OrganisationModel,
    loaders: LoaderRegistry,
  ): Promise<OrganisationInvitationModel[]> {
    await this.requireRole(
      viewer,
      organisation,
      [OrganisationRole.OWNER],
      loaders,
      'invitations',
    );

    return loaders.load(
      'pendingInvitationsByOrganisationId',
      (ids: readonly string[]) =>
        this.invitations.findPendingByOrganisationIds(ids),
      organisation.id,
      [],
    );
  }

  async approvedProviders(
    viewer: Viewer,
    organisation: OrganisationModel,
    loaders: LoaderRegistry,
  ): Promise<OrganisationModel[]> {
    if (organisation.kind !== OrganisationKind.COUNCIL) return [];
    await this.requireRole(
      viewer,
      organisation,
      ALL_ROLES,
      loaders,
      'approved providers',
    );

    return loaders.load(
      'approvedProvidersByCouncilId',
      (ids: readonly string[]) => this.approvals.findApprovedProviders(ids),
      organisation.id,
      [],
    );
  }

  approvingCouncils(
    organisation: OrganisationModel,
    loaders: LoaderRegistry,
  ): Promise<OrganisationModel[]> {
    if (organisation.kind !== OrganisationKind.PROVIDER) {
      return Promise.resolve([]);
    }

    return loaders.load(
      'approvingCouncilsByProviderId',
      (ids: readonly string[]) => this.approvals.findApprovingCouncils(ids),
      organisation.id,
      [],
    );
  }

  /** When an administrator verified the organisation; null if not verified. */
  async verifiedAt(
    organisation: OrganisationModel,
    loaders: LoaderRegistry,
  ): Promise<Date | null> {
    if (organisation.verifiedAt !== undefined) return organisation.verifiedAt;
    const stored = await loaders.load(
      'organisationById',
      (ids: readonly string[]) => this.organisations.findByIds(ids),
      organisation.id,
      null,
    );

    return stored?.verifiedAt ?? null;
  }

  async createdAt(
    organisation: OrganisationModel,
    loaders: LoaderRegistry,
  ): Promise<Date> {
    if (organisation.createdAt !== undefined) return organisation.createdAt;
    const stored = await loaders.load(
      'organisationById',
      (ids: readonly string[]) => this.organisations.findByIds(ids),
      organisation.id,
      null,
    );
    if (stored?.createdAt === undefined) {
      throw new Error(`Organisation ${organisation.id} is missing`);
    }

    return stored.createdAt;
  }

  /** The area as GeoJSON, reusing it when the parent was just stored. */
  area(
    organisation: OrganisationModel & { area?: string },
    loaders: LoaderRegistry,
  ): Promise<string | null> {
    if (organisation.kind !== OrganisationKind.COUNCIL) {
      return Promise.resolve(null);
    }
    if (organisation.area !== undefined) {
      return Promise.resolve(organisation.area);
    }

    return loaders.load(
      'areaByOrganisationId',
      (ids: readonly string[]) => this.organisations.findAreasByIds(ids),
      organisation.id,
      null,
    );
  }

  private async requireRole(
    viewer: Viewer,
    organisation: OrganisationModel,
    roles: readonly OrganisationRole[],
    loaders: LoaderRegistry,
    fieldName: string,
  ): Promise<void> {
    if (viewer.isAdmin) return;
    const role = await this.viewerRole(viewer, organisation.id, loaders);
    if (role === null || !roles.includes(role)) {
      const audience = roles.length === ALL_ROLES.length ? 'members' : 'owners';
      throw new ForbiddenError(
        `Only ${audience} of ${organisation.name} can see its ${fieldName}.`,
      );
    }
  }
}
