import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Public } from '../../common/auth/access.decorators.js';
import { OptionalViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import type { RequestContext } from '../../common/graphql/loader-registry.js';
import { PageArgs } from './dto/proposal.args.js';
import {
  ProposalCommentConnection,
  ProposalCommentModel,
  ProposalListingModel,
  ProposalModel,
  ProposalOrganisationModel,
} from './dto/proposal.model.js';
import { ProposalAccess } from './proposal-access.service.js';
import { ProposalCommentsService } from './proposal-comments.service.js';
import { ProposalListingsRepository } from './proposal-listings.repository.js';
import { ProposalsRepository } from './proposals.repository.js';

/**
 * Fields of a proposal that depend on who is asking or need another query.
 * A proposal reaches a viewer only when they may see it, so these are public.
 */
@Resolver(() => ProposalModel)
export class ProposalFieldsResolver {
  constructor(
    private readonly access: ProposalAccess,
    private readonly commentsService: ProposalCommentsService,
    private readonly repository: ProposalsRepository,
    private readonly listingLinks: ProposalListingsRepository,
  ) {}

  @Public()
  @ResolveField(() => String, {
    nullable: true,
    description:
      "The moderator's reason while it is hidden. Only its author and moderators see a hidden proposal.",
  })
  hiddenReason(@Parent() proposal: ProposalModel): string | null {
    return proposal.hiddenReason;
  }

  @Public()
  @ResolveField(() => Boolean, { description: 'Whether the viewer wrote it.' })
  viewerIsAuthor(
    @Parent() proposal: ProposalModel,
    @OptionalViewer() viewer: Viewer | null,
  ): boolean {
    return viewer?.userId === proposal.authorId;
  }

  @Public()
  @ResolveField(() => Boolean, {
    description: 'Whether the viewer supports it; false when signed out.',
  })
  viewerSupports(
    @Parent() proposal: ProposalModel,
    @OptionalViewer() viewer: Viewer | null,
    @Context() { loaders }: RequestContext,
  ): Promise<boolean> {
    if (viewer === null) return Promise.resolve(false);

    return loaders.load(
      'proposals.supportedByViewer',
      (ids: readonly string[]) =>
        this.repository.findSupported(viewer.userId, ids),
      proposal.id,
      false,
    );
  }

  @Public()
  @ResolveField(() => Boolean, {
    description: 'Whether the viewer may hide it and its comments.',
  })
  viewerCanModerate(
    @Parent() proposal: ProposalModel,
    @OptionalViewer() viewer: Viewer | null,
    @Context() { loaders }: RequestContext,
  ): Promise<boolean> {
    return this.access.canModerate(viewer, proposal.id, loaders);
  }

  @Public()
  @ResolveField(() => ProposalCommentConnection, {
    description: 'Comments the viewer may see, oldest first.',
  })
  comments(
    @Parent() proposal: ProposalModel,
    @OptionalViewer() viewer: Viewer | null,
    @Args() args: PageArgs,
  ): Promise<ProposalCommentConnection> {
    return this.commentsService.page(viewer, proposal, args);
  }

  @Public()
  @ResolveField(() => [ProposalListingModel], {
    description: 'Listings that providers made from it, oldest first.',
  })
  listings(
    @Parent() proposal: ProposalModel,
    @Context() { loaders }: RequestContext,
  ): Promise<ProposalListingModel[]> {
    return loaders.load(
      'proposals.listings',
      (ids: readonly string[]) => this.listingLinks.findListings(ids),
      proposal.id,
      [],
    );
  }

  @Public()
  @ResolveField(() => [ProposalOrganisationModel], {
    description:
      'Providers and councils the viewer may reply for (as an owner or editor); providers among them may turn it into a listing. Empty when signed out.',
  })
  viewerOrganisations(
    @OptionalViewer() viewer: Viewer | null,
  ): Promise<ProposalOrganisationModel[]> {
    if (viewer === null) return Promise.resolve([]);

    return this.commentsService.speakingOrganisations(viewer);
  }
}

/** Fields of a comment that depend on who is asking. */
@Resolver(() => ProposalCommentModel)
export class ProposalCommentFieldsResolver {
  @Public()
  @ResolveField(() => String, {
    nullable: true,
    description:
      "The moderator's reason while it is hidden. Only its author and moderators see a hidden comment.",
  })
  hiddenReason(@Parent() comment: ProposalCommentModel): string | null {
    return comment.hiddenReason;
  }

  @Public()
  @ResolveField(() => Boolean, { description: 'Whether the viewer wrote it.' })
  viewerIsAuthor(
    @Parent() comment: ProposalCommentModel,
    @OptionalViewer() viewer: Viewer | null,
  ): boolean {
    return viewer?.userId === comment.authorId;
  }
}
