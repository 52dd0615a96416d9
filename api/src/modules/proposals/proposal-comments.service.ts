import { Injectable, Logger } from '@nestjs/common';

import type { Viewer } from '../../common/auth/viewer.js';
import {
  ConflictError,
  ForbiddenError,
} from '../../common/errors/domain-error.js';
import { cursorScope, encodeCursor } from '../../common/pagination/cursor.js';
import { parseUuid } from '../listings/listing-input.js';
import {
  DEFAULT_LISTINGS_PAGE,
  pageRequest,
} from '../listings/listing-page.js';
import type { PageArgs } from './dto/proposal.args.js';
import type { CommentOnProposalInput } from './dto/proposal.inputs.js';
import type {
  ProposalCommentConnection,
  ProposalCommentModel,
  ProposalModel,
  ProposalOrganisationModel,
} from './dto/proposal.model.js';
import { ProposalStatus } from './proposal.entity.js';
import { ProposalAccess, scopeOf } from './proposal-access.service.js';
import { ProposalCommentsRepository } from './proposal-comments.repository.js';
import { checkText, PROPOSAL_LIMITS } from './proposal-input.js';
import { ProposalRateLimit } from './proposal-rate-limit.js';
import { ProposalsRepository } from './proposals.repository.js';

/** Comments on proposals, personal or on behalf of an organisation. */
@Injectable()
export class ProposalCommentsService {
  private readonly logger = new Logger(ProposalCommentsService.name);

  constructor(
    private readonly repository: ProposalCommentsRepository,
    private readonly proposals: ProposalsRepository,
    private readonly access: ProposalAccess,
    private readonly rateLimit: ProposalRateLimit,
  ) {}

  /**
   * Adds a comment. With an organisation, the viewer must be an owner or
   * editor of that provider or council; admins get no exception, because
   * a reply speaks for the organisation.
   */
  async comment(
    viewer: Viewer,
    input: CommentOnProposalInput,
  ): Promise<ProposalCommentModel> {
    const proposal = await this.access.requireVisible(
      viewer,
      'input.proposalId',
      input.proposalId,
    );
    const body = checkText(
      'input.body',
      input.body,
      PROPOSAL_LIMITS.commentLength,
    );
    const organisationId = await this.speakingFor(viewer, input.organisationId);
    if (proposal.status === ProposalStatus.WITHDRAWN) {
      throw new ConflictError(
        'The proposal was withdrawn, so it takes no more comments.',
      );
    }
    await this.rateLimit.take(viewer.userId, 'comment');
    const id = await this.repository.insert(
      proposal.id,
      viewer.userId,
      organisationId,
      body,
    );
    this.logger.log(
      `User ${viewer.userId} commented ${id} on proposal ${proposal.id}${organisationId === null ? '' : ` for organisation ${organisationId}`}`,
    );

    return (await this.repository.findOne(id))!;
  }

  /** Lists the comments of a proposal the viewer may see, oldest first. */
  async page(
    viewer: Viewer | null,
    proposal: ProposalModel,
    args: PageArgs,
  ): Promise<ProposalCommentConnection> {
    const first = args.first ?? DEFAULT_LISTINGS_PAGE;
    const scope = cursorScope(['proposalComments', proposal.id]);
    const position = pageRequest(first, args.after, scope);
    const hits = await this.repository.findPage(
      proposal.id,
      scopeOf(viewer),
      first + 1,
      position,
    );
    const edges = hits.slice(0, first).map((hit) => ({
      node: hit.comment,
      cursor: encodeCursor({ key: hit.sortKey, id: hit.comment.id }, scope),
    }));

    return {
      edges,
      pageInfo: {
        hasNextPage: hits.length > first,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  /** Lists the organisations the viewer may reply for. */
  speakingOrganisations(viewer: Viewer): Promise<ProposalOrganisationModel[]> {
    return this.proposals.findSpeakingOrganisations(viewer.userId);
  }

  private async speakingFor(
    viewer: Viewer,
    rawId: string | null | undefined,
  ): Promise<string | null> {
    if (rawId === null || rawId === undefined) return null;
    const id = parseUuid('input.organisationId', rawId);
    const organisations = await this.speakingOrganisations(viewer);
    const found = organisations.find((each) => each.id === id);
    if (found === undefined) {
      throw new ForbiddenError(
        'You need to be an owner or editor of this provider or council to reply for it; omit organisationId to comment for yourself.',
      );
    }

    return found.id;
  }
}
