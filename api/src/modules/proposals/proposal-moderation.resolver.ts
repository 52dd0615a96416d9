import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Public, SignedIn } from '../../common/auth/access.decorators.js';
import {
  CurrentViewer,
  OptionalViewer,
} from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { PageArgs } from './dto/proposal.args.js';
import {
  DismissProposalReportInput,
  ModerateProposalCommentInput,
  ModerateProposalInput,
  ReportProposalInput,
} from './dto/proposal.inputs.js';
import {
  ProposalCommentModel,
  ProposalModel,
  ProposalReportConnection,
  ProposalReportModel,
} from './dto/proposal.model.js';
import { ProposalModerationService } from './proposal-moderation.service.js';

const MODERATORS =
  'For owners and editors of a verified council whose area covers the proposal, and admins.';

/** Reports, and the hiding of proposals and comments by moderators. */
@Resolver()
export class ProposalModerationResolver {
  constructor(private readonly moderation: ProposalModerationService) {}

  @Public()
  @Query(() => Boolean, {
    description:
      'Whether the viewer moderates proposals anywhere: an admin, or an owner or editor of a verified council with an area. Open to anyone; false when signed out.',
  })
  canModerateProposals(
    @OptionalViewer() viewer: Viewer | null,
  ): Promise<boolean> {
    return this.moderation.moderatesAnywhere(viewer);
  }

  @SignedIn()
  @Query(() => ProposalReportConnection, {
    description: `Open reports of proposals and comments that the viewer moderates, oldest first; empty for others. ${MODERATORS}`,
  })
  proposalReports(
    @CurrentViewer() viewer: Viewer,
    @Args() args: PageArgs,
  ): Promise<ProposalReportConnection> {
    return this.moderation.reports(viewer, args);
  }

  @SignedIn()
  @Mutation(() => ProposalModel, {
    description: `Hides a proposal from everyone but its author and moderators, with the reason. ${MODERATORS}`,
  })
  hideProposal(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ModerateProposalInput,
  ): Promise<ProposalModel> {
    return this.moderation.moderateProposal(viewer, input, 'hide');
  }

  @SignedIn()
  @Mutation(() => ProposalModel, {
    description: `Shows a hidden proposal again, with the reason. ${MODERATORS}`,
  })
  unhideProposal(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ModerateProposalInput,
  ): Promise<ProposalModel> {
    return this.moderation.moderateProposal(viewer, input, 'unhide');
  }

  @SignedIn()
  @Mutation(() => ProposalCommentModel, {
    description: `Hides a comment from everyone but its author and moderators, with the reason. ${MODERATORS}`,
  })
  hideProposalComment(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ModerateProposalCommentInput,
  ): Promise<ProposalCommentModel> {
    return this.moderation.moderateComment(viewer, input, 'hide');
  }

  @SignedIn()
  @Mutation(() => ProposalCommentModel, {
    description: `Shows a hidden comment again, with the reason. ${MODERATORS}`,
  })
  unhideProposalComment(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ModerateProposalCommentInput,
  ): Promise<ProposalCommentModel> {
    return this.moderation.moderateComment(viewer, input, 'unhide');
  }

  @SignedIn()
  @Mutation(() => ProposalReportModel, {
    description:
      'Reports a proposal or one of its comments to its moderators. For any signed-in user who can see it, at most 20 an hour.',
  })
  reportProposal(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ReportProposalInput,
  ): Promise<ProposalReportModel> {
    return this.moderation.report(viewer, input);
  }

  @SignedIn()
  @Mutation(() => ProposalReportModel, {
    description: `Closes a report without hiding anything. ${MODERATORS}`,
  })
  dismissProposalReport(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: DismissProposalReportInput,
  ): Promise<ProposalReportModel> {
    return this.moderation.dismiss(viewer, input.reportId);
  }
}
