import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Viewer } from '../../common/auth/viewer.js';
import {
  ConflictError,
  NotFoundError,
} from '../../common/errors/domain-error.js';
import { cursorScope, encodeCursor } from '../../common/pagination/cursor.js';
import { AuditService } from '../audit/audit.service.js';
import { parseUuid } from '../listings/listing-input.js';
import {
  DEFAULT_LISTINGS_PAGE,
  pageRequest,
} from '../listings/listing-page.js';
import type { PageArgs } from './dto/proposal.args.js';
import type {
  ModerateProposalCommentInput,
  ModerateProposalInput,
  ReportProposalInput,
} from './dto/proposal.inputs.js';
import type {
  ProposalCommentModel,
  ProposalModel,
  ProposalReportConnection,
  ProposalReportModel,
} from './dto/proposal.model.js';
import { ProposalAccess, scopeOf } from './proposal-access.service.js';
import { ProposalCommentsRepository } from './proposal-comments.repository.js';
import { checkText, PROPOSAL_LIMITS } from './proposal-input.js';
import { ProposalRateLimit } from './proposal-rate-limit.js';
import { ProposalsRepository } from './proposals.repository.js';
import { PROPOSAL_SUBJECT } from './proposals.service.js';

export const PROPOSAL_COMMENT_SUBJECT = 'proposal_comment';

type Visibility = 'hide' | 'unhide';

/** Hiding, showing again and reporting proposals and comments. */
@Injectable()
export class ProposalModerationService {
  private readonly logger = new Logger(ProposalModerationService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly proposals: ProposalsRepository,
    private readonly comments: ProposalCommentsRepository,
    private readonly access: ProposalAccess,
    private readonly rateLimit: ProposalRateLimit,
    private readonly audit: AuditService,
  ) {}

  /** Hides or shows a proposal again, resolving its open reports. */
  async moderateProposal(
    viewer: Viewer,
    input: ModerateProposalInput,
    action: Visibility,
  ): Promise<ProposalModel> {
    const proposalId = parseUuid('input.proposalId', input.proposalId);
    const reason = checkText(
      'input.reason',
      input.reason,
      PROPOSAL_LIMITS.reasonLength,
    );
    // Moderators see every proposal they moderate, so checking the role
    // first gives others FORBIDDEN whether or not the id exists.
    const standing = await this.access.requireModerator(viewer, proposalId);
    const proposal = await this.access.requireVisible(
      viewer,
      'input.proposalId',
      proposalId,
    );
    await this.dataSource.transaction(async (manager) => {
      const changed = await this.comments.setHidden(
        manager,
        'proposals',
        proposal.id,
        action === 'hide' ? { reason, byId: viewer.userId } : null,
      );
      if (!changed) throw alreadyError('proposal', action);
      await this.comments.resolveReports(manager, proposal.id, null);
      await this.audit.record(
        {
          actorId: viewer.userId,
          organisationId: standing.councilId,
          subjectType: PROPOSAL_SUBJECT,
          subjectId: proposal.id,
          action,
          changes: {
            hidden: { from: action === 'unhide', to: action === 'hide' },
            reason,
          },
        },
        manager,
      );
    });
    this.logger.log(`User ${viewer.userId} ${action}d proposal ${proposal.id}`);

    return (await this.proposals.findOne(proposal.id))!;
  }

  /** Hides or shows a comment again, resolving its open reports. */
  async moderateComment(
    viewer: Viewer,
    input: ModerateProposalCommentInput,
    action: Visibility,
  ): Promise<ProposalCommentModel> {
    const commentId = parseUuid('input.commentId', input.commentId);
    const reason = checkText(
      'input.reason',
      input.reason,
      PROPOSAL_LIMITS.reasonLength,
    );
    const proposalId = await this.comments.findProposalIdOfComment(commentId);
    const standing = await this.access.requireModerator(
      viewer,
      proposalId ?? commentId,
    );
    const { comment, proposal } = await this.access.requireVisibleComment(
      viewer,
      commentId,
    );
    await this.dataSource.transaction(async (manager) => {
      const changed = await this.comments.setHidden(
        manager,
        'proposal_comments',
        comment.id,
        action === 'hide' ? { reason, byId: viewer.userId } : null,
      );
      if (!changed) throw alreadyError('comment', action);
      await this.comments.resolveReports(manager, proposal.id, comment.id);
      await this.audit.record(
        {
          actorId: viewer.userId,
          organisationId: standing.councilId,
          subjectType: PROPOSAL_COMMENT_SUBJECT,
          subjectId: comment.id,
          action,
          changes: {
            hidden: { from: action === 'unhide', to: action === 'hide' },
            reason,
          },
        },
        manager,
      );
    });
    this.logger.log(`User ${viewer.userId} ${action}d comment ${comment.id}`);

    return (await this.comments.findOne(comment.id))!;
  }

  /** Reports a proposal or one of its comments to its moderators. */
  async report(
    viewer: Viewer,
    input: ReportProposalInput,
  ): Promise<ProposalReportModel> {
    const reason = checkText(
      'input.reason',
      input.reason,
      PROPOSAL_LIMITS.reasonLength,
    );
    const hasComment =
      input.commentId !== null && input.commentId !== undefined;
    const proposal = hasComment
      ? (await this.access.requireVisibleComment(viewer, input.commentId!))
          .proposal
      : await this.access.requireVisible(
          viewer,
          'input.proposalId',
          input.proposalId,
        );
    const commentId = hasComment
      ? parseUuid('input.commentId', input.commentId!)
      : null;
    if (proposal.id !== parseUuid('input.proposalId', input.proposalId)) {
      throw new NotFoundError(
        `There is no comment with id ${commentId} on proposal ${input.proposalId}.`,
      );
    }
    if (
      await this.comments.hasOpenReport(viewer.userId, proposal.id, commentId)
    ) {
      throw new ConflictError(
        'You have already reported this, and moderators have not acted on it yet.',
      );
    }
    await this.rateLimit.take(viewer.userId, 'report');
    const id = await this.comments.insertReport(
      viewer.userId,
      proposal.id,
      commentId,
      reason,
    );
    this.logger.log(`User ${viewer.userId} reported proposal ${proposal.id}`);

    return (await this.comments.findReport(id))!;
  }

  /** Lists the open reports the viewer moderates, oldest first. */
  async reports(
    viewer: Viewer,
    args: PageArgs,
  ): Promise<ProposalReportConnection> {
    const first = args.first ?? DEFAULT_LISTINGS_PAGE;
    const scope = cursorScope(['proposalReports', viewer.userId]);
    const position = pageRequest(first, args.after, scope);
    const hits = await this.comments.findOpenReports(
      scopeOf(viewer),
      first + 1,
      position,
    );
    const edges = hits.slice(0, first).map((hit) => ({
      node: hit.report,
      cursor: encodeCursor({ key: hit.sortKey, id: hit.report.id }, scope),
    }));

    return {
      edges,
      pageInfo: {
        hasNextPage: hits.length > first,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  /** Closes a report without hiding anything. */
  async dismiss(viewer: Viewer, rawId: string): Promise<ProposalReportModel> {
    const id = parseUuid('input.reportId', rawId);
    const report = await this.comments.findReport(id);
    if (report === null) {
      throw new NotFoundError(`There is no report with id ${id}.`);
    }
    await this.access.requireModerator(viewer, report.proposalId);
    if (report.resolvedAt !== null) {
      throw new ConflictError('The report is already resolved.');
    }
    await this.comments.resolveReport(id);
    await this.audit.record({
      actorId: viewer.userId,
      organisationId: null,
      subjectType:
        report.commentId === null ? PROPOSAL_SUBJECT : PROPOSAL_COMMENT_SUBJECT,
      subjectId: report.commentId ?? report.proposalId,
      action: 'dismiss_report',
      changes: { report: id },
    });

    return (await this.comments.findReport(id))!;
  }

  /** Checks whether the viewer moderates proposals anywhere. */
  async moderatesAnywhere(viewer: Viewer | null): Promise<boolean> {
    if (viewer === null) return false;
    if (viewer.isAdmin) return true;

    return this.comments.moderatesAnywhere(viewer.userId);
  }
}

function alreadyError(what: 'proposal' | 'comment', action: Visibility) {
  return new ConflictError(
    `The ${what} is already ${action === 'hide' ? 'hidden' : 'shown'}.`,
  );
}
