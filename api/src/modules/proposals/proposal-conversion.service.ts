import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { Viewer } from '../../common/auth/viewer.js';
import {
  ConflictError,
  NotFoundError,
} from '../../common/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import type { OpportunityInput } from '../listings/dto/opportunity.input.js';
import { LISTING_LIMITS } from '../listings/listing-draft.js';
import { ListingsService } from '../listings/listings.service.js';
import type { OpportunityModel } from '../opportunities/dto/opportunity.model.js';
import { OpportunityMode } from '../opportunities/opportunity.entity.js';
import type { ConvertProposalToListingInput } from './dto/proposal.inputs.js';
import type { ProposalModel } from './dto/proposal.model.js';
import { ProposalStatus } from './proposal.entity.js';
import { ProposalAccess } from './proposal-access.service.js';
import { ProposalListingsRepository } from './proposal-listings.repository.js';
import { ProposalsRepository } from './proposals.repository.js';
import { PROPOSAL_SUBJECT } from './proposals.service.js';

/** The venue name of a draft made from a proposal without a nearby place. */
const UNNAMED_VENUE = 'Venue to be confirmed';

/** Turns proposals into draft listings of providers. */
@Injectable()
export class ProposalConversionService {
  private readonly logger = new Logger(ProposalConversionService.name);

  constructor(
    private readonly proposals: ProposalsRepository,
    private readonly listingLinks: ProposalListingsRepository,
    private readonly access: ProposalAccess,
    private readonly listings: ListingsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Creates a draft listing of the provider from the proposal, through the
   * listings service (which checks that the viewer is an owner or editor
   * of a provider). The credit to the proposal and its new status are
   * saved in the draft's transaction, so a failure leaves neither behind.
   */
  async convert(
    viewer: Viewer,
    input: ConvertProposalToListingInput,
  ): Promise<OpportunityModel> {
    const proposal = await this.access.requireVisible(
      viewer,
      'input.proposalId',
      input.proposalId,
    );
    requireConvertible(proposal);
    const draft = await this.listings.create(
      viewer,
      {
        organisationId: input.organisationId,
        listing: listingFrom(proposal, input),
      },
      (manager, opportunityId) =>
        this.credit(
          manager,
          viewer,
          proposal.id,
          opportunityId,
          input.organisationId,
        ),
    );
    this.logger.log(
      `User ${viewer.userId} made draft ${draft.id} from proposal ${proposal.id}`,
    );

    return draft;
  }

  /**
   * Links the new draft to the proposal, marks an open proposal taken up
   * and audits it, after checking the proposal again under a row lock.
   * `organisationId` is the provider that the listings service checked.
   */
  private async credit(
    manager: EntityManager,
    viewer: Viewer,
    proposalId: string,
    opportunityId: string,
    organisationId: string,
  ): Promise<void> {
    const locked = await this.listingLinks.lockForConversion(
      manager,
      proposalId,
    );
    if (locked === null) {
      throw new NotFoundError(`There is no proposal with id ${proposalId}.`);
    }
    requireConvertible(locked);
    await this.listingLinks.insertListing(
      manager,
      proposalId,
      opportunityId,
      viewer.userId,
    );
    if (locked.status === ProposalStatus.OPEN) {
      await this.proposals.setStatus(
        proposalId,
        ProposalStatus.TAKEN_UP,
        manager,
      );
    }
    await this.audit.record(
      {
        actorId: viewer.userId,
        organisationId,
        subjectType: PROPOSAL_SUBJECT,
        subjectId: proposalId,
        action: 'convert',
        changes: {
          status: { from: locked.status, to: ProposalStatus.TAKEN_UP },
          opportunityId,
        },
      },
      manager,
    );
  }
}

/** Rejects a proposal that is hidden or withdrawn. */
function requireConvertible(proposal: {
  status: ProposalStatus;
  hidden: boolean;
}): void {
  if (proposal.hidden) {
    throw new ConflictError(
      'The proposal is hidden by a moderator, so it cannot become a listing.',
    );
  }
  if (proposal.status === ProposalStatus.WITHDRAWN) {
    throw new ConflictError(
      'The proposal was withdrawn, so it cannot become a listing.',
    );
  }
}

/** Builds a listing with the proposal's title, description, place, SDGs and skills. */
function listingFrom(
  proposal: ProposalModel,
  input: ConvertProposalToListingInput,
): OpportunityInput {
  return {
    title: proposal.title,
    summary: summaryOf(proposal),
    description: proposal.description,
    kind: input.kind,
    mode: OpportunityMode.IN_PERSON,
    location: proposal.location,
    venueName: proposal.placeName ?? UNNAMED_VENUE,
    venueAddress: null,
    costMinor: null,
    currency: null,
    minAge: null,
    maxAge: null,
    capacity: null,
    sdgs: proposal.sdgNumbers,
    skills: proposal.skillIds,
    achievementId: null,
    sessions: [],
  };
}

/**
 * The first paragraph of the description, cut at a word to fit a listing
 * summary; the title stands in when that is too short.
 */
export function summaryOf(proposal: ProposalModel): string {
  const { min, max } = LISTING_LIMITS.summaryLength;
  const paragraph = proposal.description
    .split(/\n\s*\n/)[0]!
    .replace(/\s+/g, ' ')
    .trim();
  const characters = [...paragraph];
  let summary = paragraph;
  if (characters.length > max) {
    const cut = characters.slice(0, max - 1).join('');
    const lastSpace = cut.lastIndexOf(' ');
    summary = `${lastSpace > min ? cut.slice(0, lastSpace) : cut}…`;
  }
  if ([...summary].length >= min && /[\p{L}\p{N}]/u.test(summary)) {
    return summary;
  }

  return `A learner's idea: ${proposal.title}`.slice(0, max);
}
