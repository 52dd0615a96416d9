import { Injectable } from '@nestjs/common';

import type { Viewer } from '../../common/auth/viewer.js';
import {
  ForbiddenError,
  NotFoundError,
} from '../../common/errors/domain-error.js';
import type { LoaderRegistry } from '../../common/graphql/loader-registry.js';
import { parseUuid } from '../listings/listing-input.js';
import { awaitingVerificationError } from '../organisations/verification/council-verification.js';
import type {
  ProposalCommentModel,
  ProposalModel,
} from './dto/proposal.model.js';
import { ProposalCommentsRepository } from './proposal-comments.repository.js';
import type { ViewerScope } from './proposal-sql.js';
import { ProposalsRepository } from './proposals.repository.js';

const NOT_MODERATOR_MESSAGE =
  'Only owners and editors of a verified council whose area covers this proposal, and admins, may moderate it.';

/** Who moderates a proposal: an admin, or a council through which the viewer acts. */
export interface ModeratorStanding {
  councilId: string | null;
}

export function scopeOf(viewer: Viewer | null): ViewerScope {
  return { userId: viewer?.userId ?? null, isAdmin: viewer?.isAdmin ?? false };
}

/**
 * Decides who may read and moderate proposals and comments. Hidden content
 * reaches only its author, admins and the owners and editors of a verified
 * council whose area covers the proposal; to everyone else it does not exist.
 */
@Injectable()
export class ProposalAccess {
  constructor(
    private readonly proposals: ProposalsRepository,
    private readonly comments: ProposalCommentsRepository,
  ) {}

  /** Returns the council the viewer moderates the proposal through, or null. */
  async moderatorStanding(
    viewer: Viewer | null,
    proposalId: string,
  ): Promise<ModeratorStanding | null> {
    if (viewer === null) return null;
    if (viewer.isAdmin) return { councilId: null };
    const councils = await this.comments.findModeratingCouncils(
      viewer.userId,
      proposalId,
    );
    const verified = councils.find((council) => council.verified);

    return verified === undefined ? null : { councilId: verified.id };
  }

  /** Like `moderatorStanding`, cached per request for field resolvers. */
  canModerate(
    viewer: Viewer | null,
    proposalId: string,
    loaders: LoaderRegistry,
  ): Promise<boolean> {
    if (viewer === null) return Promise.resolve(false);
    if (viewer.isAdmin) return Promise.resolve(true);

    return loaders.load(
      'proposals.moderates',
      (ids: readonly string[]) =>
        this.comments.findModerated(viewer.userId, ids),
      proposalId,
      false,
    );
  }

  /** Raises unless the viewer moderates the proposal; returns how. */
  async requireModerator(
    viewer: Viewer,
    proposalId: string,
  ): Promise<ModeratorStanding> {
    const standing = await this.moderatorStanding(viewer, proposalId);
    if (standing !== null) return standing;
    const councils = await this.comments.findModeratingCouncils(
      viewer.userId,
      proposalId,
    );
    if (councils[0] !== undefined) {
      throw awaitingVerificationError(councils[0].name);
    }

    throw new ForbiddenError(NOT_MODERATOR_MESSAGE);
  }

  /** Finds a proposal the viewer may see, or raises NOT_FOUND. */
  async requireVisible(
    viewer: Viewer | null,
    field: string,
    rawId: string,
  ): Promise<ProposalModel> {
    const id = parseUuid(field, rawId);
    const proposal = await this.findVisible(viewer, id);
    if (proposal === null) {
      throw new NotFoundError(`There is no proposal with id ${id}.`);
    }

    return proposal;
  }

  async findVisible(
    viewer: Viewer | null,
    id: string,
  ): Promise<ProposalModel | null> {
    const proposal = await this.proposals.findOne(id);
    if (proposal === null) return null;

    return (await this.mayView(viewer, proposal)) ? proposal : null;
  }

  async mayView(
    viewer: Viewer | null,
    proposal: ProposalModel,
  ): Promise<boolean> {
    if (!proposal.hidden || viewer?.userId === proposal.authorId) return true;

    return (await this.moderatorStanding(viewer, proposal.id)) !== null;
  }

  /** Finds a comment the viewer may see, with its proposal, or raises NOT_FOUND. */
  async requireVisibleComment(
    viewer: Viewer,
    rawId: string,
  ): Promise<{ comment: ProposalCommentModel; proposal: ProposalModel }> {
    const id = parseUuid('input.commentId', rawId);
    const comment = await this.comments.findOne(id);
    const proposal =
      comment === null
        ? null
        : await this.findVisible(viewer, comment.proposalId);
    const visible =
      comment !== null &&
      proposal !== null &&
      (!comment.hidden ||
        comment.authorId === viewer.userId ||
        (await this.moderatorStanding(viewer, proposal.id)) !== null);
    if (!visible) throw new NotFoundError(`There is no comment with id ${id}.`);

    return { comment, proposal };
  }
}
