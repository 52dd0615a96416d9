import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Viewer } from '../../common/auth/viewer.js';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
} from '../../common/errors/domain-error.js';
import { cursorScope } from '../../common/pagination/cursor.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { VerifiedEmail } from '../accounts/verified-email.service.js';
import { AuditService } from '../audit/audit.service.js';
import { Mailer } from '../mail/mailer.service.js';
import type { OpportunityModel } from '../opportunities/dto/opportunity.model.js';
import type { OpportunityConnection } from '../opportunities/dto/opportunity-connection.model.js';
import { OpportunitiesRepository } from '../opportunities/opportunities.repository.js';
import { OpportunityStatus } from '../opportunities/opportunity.entity.js';
import { OrganisationKind } from '../organisations/organisation.entity.js';
import {
  LISTING_ROLES,
  OrganisationAccess,
} from '../organisations/organisation-access.service.js';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import { awaitingVerificationError } from '../organisations/verification/council-verification.js';
import { opportunityRejectedNotices } from '../registrations/registration-mail.js';
import type { Recipient } from '../registrations/session-registrations.js';
import {
  sendNotices,
  withdrawUpcomingRegistrations,
} from '../registrations/session-registrations.js';
import type { ModerationQueueArgs } from './dto/listing.args.js';
import type { RejectOpportunityInput } from './dto/listing-mutations.input.js';
import { OPPORTUNITY_SUBJECT } from './listing-audit.js';
import { parseUuid } from './listing-input.js';
import {
  DEFAULT_LISTINGS_PAGE,
  pageRequest,
  toConnection,
} from './listing-page.js';
import { ListingQueriesRepository } from './listing-queries.repository.js';
import { ListingsRepository } from './listings.repository.js';

export const REASON_LENGTH = { min: 5, max: 1000 };

const NOT_MODERATOR_MESSAGE =
  'Only owners and editors of a council whose area covers this listing, and admins, may review it. Admins review online listings.';

/** Council and admin review of pending listings. */
@Injectable()
export class ModerationService {
  private readonly logger = new Logger(ModerationService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ListingsRepository,
    private readonly queries: ListingQueriesRepository,
    private readonly opportunities: OpportunitiesRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly organisationAccess: OrganisationAccess,
    private readonly verifiedEmail: VerifiedEmail,
    private readonly audit: AuditService,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Lists the pending listings inside the council's area, oldest first. */
  async queue(
    viewer: Viewer,
    args: ModerationQueueArgs,
  ): Promise<OpportunityConnection> {
    const councilId = parseUuid('councilId', args.councilId);
    await this.organisationAccess.require(viewer, councilId, LISTING_ROLES);
    const council = (await this.organisations.findByIds([councilId])).get(
      councilId,
    );
    if (council === undefined) {
      throw new NotFoundError(`There is no organisation with id ${councilId}.`);
    }
    if (council.kind !== OrganisationKind.COUNCIL) {
      throw new BadUserInputError(
        `The organisation is a ${council.kind}, and only councils have a moderation queue.`,
        'councilId',
      );
    }
    if (!viewer.isAdmin && !council.verifiedAt) {
      throw awaitingVerificationError(council.name);
    }
    const first = args.first ?? DEFAULT_LISTINGS_PAGE;
    const scope = cursorScope(['moderationQueue', councilId]);
    const position = pageRequest(first, args.after, scope);
    const hits = await this.queries.findModerationQueue(
      councilId,
      first + 1,
      position,
    );

    return toConnection(hits, first, scope, () =>
      this.queries.countModerationQueue(councilId),
    );
  }

  /** Publishes a pending listing. */
  async approve(viewer: Viewer, rawId: string): Promise<OpportunityModel> {
    const id = parseUuid('input.opportunityId', rawId);
    await this.requireModerator(viewer, id);
    await this.verifiedEmail.require(viewer, 'approving a listing');
    await this.review(viewer, id, 'approve', null);
    this.logger.log(`User ${viewer.userId} approved opportunity ${id}`);

    return this.load(id);
  }

  /** Sends a pending listing back to its provider with the reason. */
  async reject(
    viewer: Viewer,
    input: RejectOpportunityInput,
  ): Promise<OpportunityModel> {
    const id = parseUuid('input.opportunityId', input.opportunityId);
    await this.requireModerator(viewer, id);
    await this.verifiedEmail.require(viewer, 'rejecting a listing');
    const reason = checkReason(input.reason);
    const cancelled = await this.review(viewer, id, 'reject', reason);
    this.logger.log(
      `User ${viewer.userId} rejected opportunity ${id}; withdrew ${cancelled.length} registrations`,
    );
    await sendNotices(
      this.mailer,
      this.logger,
      opportunityRejectedNotices(cancelled, this.config.publicUrl),
    );

    return this.load(id);
  }

  private async review(
    viewer: Viewer,
    id: string,
    action: 'approve' | 'reject',
    reason: string | null,
  ): Promise<Recipient[]> {
    return this.dataSource.transaction(async (manager) => {
      const stored = await this.repository.lockAndRead(manager, id);
      if (stored === null) {
        throw new NotFoundError(`There is no opportunity with id ${id}.`);
      }
      if (stored.status !== OpportunityStatus.PENDING) {
        throw new ConflictError(
          `The listing is ${stored.status}, and only pending listings can be ${action === 'approve' ? 'approved' : 'rejected'}.`,
        );
      }
      const status =
        action === 'approve'
          ? OpportunityStatus.PUBLISHED
          : OpportunityStatus.REJECTED;
      await this.repository.setStatus(manager, id, {
        status,
        publish: action === 'approve',
        review: { reviewerId: viewer.userId, note: reason },
      });
      const changes: Record<string, unknown> = {
        status: { from: stored.status, to: status },
      };
      if (reason !== null) changes.reason = reason;
      // A listing that was published and went back to review may already
      // have registrations; rejecting it cancels those still to come.
      const withdrawn =
        action === 'reject'
          ? await withdrawUpcomingRegistrations(manager, id)
          : [];
      if (withdrawn.length > 0) {
        changes.activeRegistrations = { from: withdrawn.length, to: 0 };
      }
      await this.audit.record(
        {
          actorId: viewer.userId,
          organisationId: stored.providerId,
          subjectType: OPPORTUNITY_SUBJECT,
          subjectId: id,
          action,
          changes,
        },
        manager,
      );

      return withdrawn;
    });
  }

  /**
   * Rejects unless the viewer may review the listing: an admin, or an owner
   * or editor of a verified council whose area covers the venue. An unknown
   * id gets the same FORBIDDEN as a listing outside the viewer's councils.
   */
  private async requireModerator(viewer: Viewer, id: string): Promise<void> {
    const found = (await this.opportunities.findByIds([id])).get(id);
    if (viewer.isAdmin) {
      if (found !== undefined) return;
      throw new NotFoundError(`There is no opportunity with id ${id}.`);
    }
    const councils =
      found === undefined
        ? []
        : await this.queries.findModeratingCouncils(viewer.userId, id);
    if (councils.some((council) => council.verified)) return;
    if (councils[0] !== undefined) {
      throw awaitingVerificationError(councils[0].name);
    }

    throw new ForbiddenError(NOT_MODERATOR_MESSAGE);
  }

  private async load(id: string): Promise<OpportunityModel> {
    const found = (await this.opportunities.findByIds([id])).get(id);
    if (found === undefined) {
      throw new NotFoundError(`There is no opportunity with id ${id}.`);
    }

    return found;
  }
}

function checkReason(raw: string): string {
  const reason = raw.trim();
  if (reason.includes('\u0000')) {
    throw new BadUserInputError(
      'The reason contains a NUL character (U+0000); remove it.',
      'input.reason',
    );
  }
  const length = [...reason].length;
  const { min, max } = REASON_LENGTH;
  if (length < min || length > max) {
    throw new BadUserInputError(
      `The reason is ${length} characters long; it must be ${min} to ${max} characters, so that the provider knows what to change.`,
      'input.reason',
    );
  }

  return reason;
}
