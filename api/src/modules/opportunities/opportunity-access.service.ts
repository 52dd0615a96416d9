import { Injectable } from '@nestjs/common';

import type { Viewer } from '../../common/auth/viewer.js';
import type { LoaderRegistry } from '../../common/graphql/loader-registry.js';
import { LISTING_ROLES } from '../organisations/organisation-access.service.js';
import type { OrganisationRole } from '../organisations/organisation-member.entity.js';
import type { OpportunityModel } from './dto/opportunity.model.js';
import { OpportunityStatus } from './opportunity.entity.js';
import { OpportunityAccessRepository } from './opportunity-access.repository.js';

/**
 * Decides who may see, edit and moderate one opportunity. Admins pass every
 * check. Moderators are owners and editors of a council whose area covers
 * the venue, so online listings have no council moderators, only admins.
 *
 * Pass the request's loaders from field resolvers so that a page of
 * listings costs one query per check, not one per listing.
 */
@Injectable()
export class OpportunityAccess {
  constructor(private readonly repository: OpportunityAccessRepository) {}

  /** Whether the viewer may read the listing in its current status. */
  async canView(
    viewer: Viewer | null,
    opportunity: OpportunityModel,
    loaders?: LoaderRegistry,
  ): Promise<boolean> {
    if (opportunity.status === OpportunityStatus.PUBLISHED) return true;
    if (viewer === null) return false;
    if (viewer.isAdmin) return true;
    if ((await this.roleOf(viewer, opportunity, loaders)) !== null) return true;
    // Learners keep sight of what they registered for, even while it is
    // back in review or after it was archived or rejected.
    if (await this.isRegistered(viewer, opportunity, loaders)) return true;

    if (opportunity.status !== OpportunityStatus.PENDING) return false;

    return this.canModerate(viewer, opportunity, loaders);
  }

  private async isRegistered(
    viewer: Viewer,
    opportunity: OpportunityModel,
    loaders?: LoaderRegistry,
  ): Promise<boolean> {
    const find = (ids: readonly string[]) =>
      this.repository.findRegisteredIds(viewer.userId, ids);
    if (loaders === undefined) return (await find([opportunity.id])).size > 0;

    return loaders.load(
      'opportunityAccess.registeredViewer',
      async (ids: readonly string[]) => {
        const registered = await find(ids);

        return new Map(ids.map((id) => [id, registered.has(id)]));
      },
      opportunity.id,
      false,
    );
  }

  /** Whether the viewer may change the listing: an owner or editor. */
  async canEdit(
    viewer: Viewer | null,
    opportunity: OpportunityModel,
    loaders?: LoaderRegistry,
  ): Promise<boolean> {
    if (viewer === null) return false;
    if (viewer.isAdmin) return true;
    const role = await this.roleOf(viewer, opportunity, loaders);

    return role !== null && LISTING_ROLES.includes(role);
  }

  /** Whether the viewer may approve or reject the listing, whatever its status. */
  async canModerate(
    viewer: Viewer,
    opportunity: OpportunityModel,
    loaders?: LoaderRegistry,
  ): Promise<boolean> {
    if (viewer.isAdmin) return true;
    if (opportunity.location === null) return false;
    const find = (ids: readonly string[]) =>
      this.repository.findModeratedIds(viewer.userId, ids);
    if (loaders === undefined) return (await find([opportunity.id])).size > 0;

    return loaders.load(
      'opportunityAccess.moderatedByViewer',
      async (ids: readonly string[]) => {
        const moderated = await find(ids);

        return new Map(ids.map((id) => [id, moderated.has(id)]));
      },
      opportunity.id,
      false,
    );
  }

  /** Whether the viewer is a member of the organisation, or an admin. */
  async isMemberOrAdmin(
    viewer: Viewer,
    opportunity: OpportunityModel,
    loaders?: LoaderRegistry,
  ): Promise<boolean> {
    return (
      viewer.isAdmin ||
      (await this.roleOf(viewer, opportunity, loaders)) !== null
    );
  }

  private async roleOf(
    viewer: Viewer,
    opportunity: OpportunityModel,
    loaders?: LoaderRegistry,
  ): Promise<OrganisationRole | null> {
    const find = (ids: readonly string[]) =>
      this.repository.findRoles(viewer.userId, ids);
    if (loaders === undefined) {
      return (
        (await find([opportunity.providerId])).get(opportunity.providerId) ??
        null
      );
    }

    return loaders.load<string, OrganisationRole | null>(
      'opportunityAccess.viewerRoleByOrganisationId',
      find,
      opportunity.providerId,
      null,
    );
  }
}
