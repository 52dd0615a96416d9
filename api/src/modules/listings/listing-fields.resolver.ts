import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Public, SignedIn } from '../../common/auth/access.decorators.js';
import {
  CurrentViewer,
  OptionalViewer,
} from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { ForbiddenError } from '../../common/errors/domain-error.js';
import type { RequestContext } from '../../common/graphql/loader-registry.js';
import { OpportunityModel } from '../opportunities/dto/opportunity.model.js';
import { OpportunityStatus } from '../opportunities/opportunity.entity.js';
import { OpportunityAccess } from '../opportunities/opportunity-access.service.js';
import { AuditEntryModel } from './dto/audit-entry.model.js';
import { ListingQueriesRepository } from './listing-queries.repository.js';

/** Fields of an opportunity that depend on who is asking. */
@Resolver(() => OpportunityModel)
export class ListingFieldsResolver {
  constructor(
    private readonly access: OpportunityAccess,
    private readonly queries: ListingQueriesRepository,
  ) {}

  @Public()
  @ResolveField(() => Boolean, {
    description:
      'Whether the viewer may change this listing: an owner or editor of its organisation, or an admin, while it is not archived.',
  })
  async viewerCanEdit(
    @Parent() opportunity: OpportunityModel,
    @OptionalViewer() viewer: Viewer | null,
    @Context() { loaders }: RequestContext,
  ): Promise<boolean> {
    if (opportunity.status === OpportunityStatus.ARCHIVED) return false;

    return this.access.canEdit(viewer, opportunity, loaders);
  }

  @SignedIn()
  @ResolveField(() => [AuditEntryModel], {
    description:
      'Every recorded change, newest first. For members of the organisation, moderators of a council covering the venue, and admins.',
  })
  async auditLog(
    @Parent() opportunity: OpportunityModel,
    @CurrentViewer() viewer: Viewer,
    @Context() { loaders }: RequestContext,
  ): Promise<AuditEntryModel[]> {
    const allowed =
      (await this.access.isMemberOrAdmin(viewer, opportunity, loaders)) ||
      (await this.access.canModerate(viewer, opportunity, loaders));
    if (!allowed) {
      throw new ForbiddenError(
        'Only members of the organisation, moderators of a council covering the venue, and admins may read the audit log of this listing.',
      );
    }

    return loaders.load(
      'listings.auditEntriesByOpportunityId',
      (ids: readonly string[]) => this.queries.findAuditEntries(ids),
      opportunity.id,
      [],
    );
  }
}
