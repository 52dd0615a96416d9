import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Public, SignedIn } from '../../common/auth/access.decorators.js';
import {
  CurrentViewer,
  OptionalViewer,
} from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { OpportunityModel } from '../opportunities/dto/opportunity.model.js';
import { ProposalArgs, ProposalsArgs } from './dto/proposal.args.js';
import {
  CommentOnProposalInput,
  ConvertProposalToListingInput,
  CreateProposalInput,
  ProposalIdInput,
  UpdateProposalInput,
} from './dto/proposal.inputs.js';
import {
  ProposalCommentModel,
  ProposalConnection,
  ProposalModel,
} from './dto/proposal.model.js';
import { ProposalCommentsService } from './proposal-comments.service.js';
import { ProposalConversionService } from './proposal-conversion.service.js';
import { ProposalsService } from './proposals.service.js';

/** Learners' proposals: finding, proposing, supporting and commenting. */
@Resolver()
export class ProposalsResolver {
  constructor(
    private readonly service: ProposalsService,
    private readonly comments: ProposalCommentsService,
    private readonly conversion: ProposalConversionService,
  ) {}

  @Public()
  @Query(() => ProposalConnection, {
    description:
      'Proposals in a map viewport or near a point, nearest first with `near`, else newest first. Open to anyone; hidden proposals appear only to their author and moderators.',
  })
  proposals(
    @OptionalViewer() viewer: Viewer | null,
    @Args() args: ProposalsArgs,
  ): Promise<ProposalConnection> {
    return this.service.search(viewer, args);
  }

  @Public()
  @Query(() => ProposalModel, {
    nullable: true,
    description:
      'One proposal; null when it does not exist or is hidden from the viewer. Open to anyone.',
  })
  proposal(
    @OptionalViewer() viewer: Viewer | null,
    @Args() args: ProposalArgs,
  ): Promise<ProposalModel | null> {
    return this.service.find(viewer, args.id);
  }

  @SignedIn()
  @Mutation(() => ProposalModel, {
    description:
      'Proposes an opportunity or pathway idea. For any signed-in user, at most 5 an hour and 20 a day.',
  })
  createProposal(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateProposalInput,
  ): Promise<ProposalModel> {
    return this.service.create(viewer, input);
  }

  @SignedIn()
  @Mutation(() => ProposalModel, {
    description: 'Replaces a proposal. For its author, until it is withdrawn.',
  })
  updateProposal(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateProposalInput,
  ): Promise<ProposalModel> {
    return this.service.update(viewer, input);
  }

  @SignedIn()
  @Mutation(() => ProposalModel, {
    description: 'Withdraws a proposal. For its author.',
  })
  withdrawProposal(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ProposalIdInput,
  ): Promise<ProposalModel> {
    return this.service.withdraw(viewer, input.proposalId);
  }

  @SignedIn()
  @Mutation(() => ProposalModel, {
    description:
      'Supports a proposal once; repeating it changes nothing. For any signed-in user who can see it, at most 60 an hour.',
  })
  supportProposal(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ProposalIdInput,
  ): Promise<ProposalModel> {
    return this.service.support(viewer, input.proposalId);
  }

  @SignedIn()
  @Mutation(() => ProposalModel, {
    description: "Withdraws the viewer's support. For any signed-in user.",
  })
  removeProposalSupport(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ProposalIdInput,
  ): Promise<ProposalModel> {
    return this.service.removeSupport(viewer, input.proposalId);
  }

  @SignedIn()
  @Mutation(() => ProposalCommentModel, {
    description:
      'Comments on a proposal, for oneself or, with `organisationId`, for a provider or council where the viewer is an owner or editor. For any signed-in user, at most 30 an hour.',
  })
  commentOnProposal(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CommentOnProposalInput,
  ): Promise<ProposalCommentModel> {
    return this.comments.comment(viewer, input);
  }

  @SignedIn()
  @Mutation(() => OpportunityModel, {
    description:
      "Creates a draft listing of a provider from a proposal and credits the proposal. For the provider's owners and editors, and admins.",
  })
  convertProposalToListing(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ConvertProposalToListingInput,
  ): Promise<OpportunityModel> {
    return this.conversion.convert(viewer, input);
  }
}
