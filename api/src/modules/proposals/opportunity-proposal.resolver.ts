import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Public } from '../../common/auth/access.decorators.js';
import { OptionalViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import type { RequestContext } from '../../common/graphql/loader-registry.js';
import { OpportunityModel } from '../opportunities/dto/opportunity.model.js';
import { ProposalModel } from './dto/proposal.model.js';
import { ProposalAccess } from './proposal-access.service.js';
import { ProposalListingsRepository } from './proposal-listings.repository.js';
import { ProposalsRepository } from './proposals.repository.js';

/** The proposal a listing credits. */
@Resolver(() => OpportunityModel)
export class OpportunityProposalResolver {
  constructor(
    private readonly repository: ProposalsRepository,
    private readonly listingLinks: ProposalListingsRepository,
    private readonly access: ProposalAccess,
  ) {}

  @Public()
  @ResolveField(() => ProposalModel, {
    nullable: true,
    description:
      'The proposal this listing was made from; null when none, or when it is hidden from the viewer.',
  })
  async proposal(
    @Parent() opportunity: OpportunityModel,
    @OptionalViewer() viewer: Viewer | null,
    @Context() { loaders }: RequestContext,
  ): Promise<ProposalModel | null> {
    const proposalId = await loaders.load(
      'proposals.idByOpportunityId',
      (ids: readonly string[]) =>
        this.listingLinks.findProposalIdsOfListings(ids),
      opportunity.id,
      null,
    );
    if (proposalId === null) return null;
    const proposal = await loaders.load(
      'proposals.byId',
      (ids: readonly string[]) => this.repository.findByIds(ids),
      proposalId,
      null,
    );
    if (proposal === null) return null;

    return (await this.access.mayView(viewer, proposal)) ? proposal : null;
  }
}
