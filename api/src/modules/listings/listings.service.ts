import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { Viewer } from '../../common/auth/viewer.js';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
} from '../../common/errors/domain-error.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { VerifiedEmail } from '../accounts/verified-email.service.js';
import { AuditService, diffFields } from '../audit/audit.service.js';
import { Mailer } from '../mail/mailer.service.js';
import type { OpportunityModel } from '../opportunities/dto/opportunity.model.js';
import { OpportunitiesRepository } from '../opportunities/opportunities.repository.js';
import { OpportunityStatus } from '../opportunities/opportunity.entity.js';
import { OpportunityAccess } from '../opportunities/opportunity-access.service.js';
import { OrganisationKind } from '../organisations/organisation.entity.js';
import {
  LISTING_ROLES,
  OrganisationAccess,
} from '../organisations/organisation-access.service.js';
import { ReferenceDataRepository } from '../reference-data/reference-data.repository.js';
import { opportunityCancelledNotices } from '../registrations/registration-mail.js';
import {
  sendNotices,
  withdrawUpcomingRegistrations,
} from '../registrations/session-registrations.js';
import type {
  CreateOpportunityInput,
  UpdateOpportunityInput,
} from './dto/listing-mutations.input.js';
import { auditSnapshot, OPPORTUNITY_SUBJECT } from './listing-audit.js';
import {
  checkStoredListing,
  keepOmittedAccessibility,
  type ListingChange,
  ListingInputError,
  parseUuid,
  toCheckedListing,
} from './listing-input.js';
import { ListingQueriesRepository } from './listing-queries.repository.js';
import {
  ListingsRepository,
  type StoredListing,
} from './listings.repository.js';
import {
  registrationNoticesAfterEdit,
  replaceSessionsChecked,
  requireCapacityFits,
} from './session-changes.js';

const NOT_EDITOR_MESSAGE =
  'You need to be an owner or editor of the organisation that lists this opportunity to change it.';

/** Creating, editing, submitting and archiving listings, each audited. */
@Injectable()
export class ListingsService {
  private readonly logger = new Logger(ListingsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ListingsRepository,
    private readonly queries: ListingQueriesRepository,
    private readonly opportunities: OpportunitiesRepository,
    private readonly opportunityAccess: OpportunityAccess,
    private readonly organisationAccess: OrganisationAccess,
    private readonly referenceData: ReferenceDataRepository,
    private readonly verifiedEmail: VerifiedEmail,
    private readonly audit: AuditService,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Saves a new listing as a draft of a provider organisation. A caller that
   * stores more about the draft passes `inSameTransaction`, which runs after
   * the insert, so that the draft and the caller's rows commit or roll back
   * together.
   */
  async create(
    viewer: Viewer,
    input: CreateOpportunityInput,
    inSameTransaction?: (
      manager: EntityManager,
      opportunityId: string,
    ) => Promise<void>,
  ): Promise<OpportunityModel> {
    const organisationId = parseUuid(
      'input.organisationId',
      input.organisationId,
    );
    await this.organisationAccess.require(
      viewer,
      organisationId,
      LISTING_ROLES,
    );
    await this.requireProvider(organisationId);
    const listing = toCheckedListing(input.listing, await this.knownSkills());
    const keptIndex = listing.sessions.findIndex((each) => each.id !== null);
    if (keptIndex >= 0) {
      throw new ListingInputError([
        {
          field: `sessions.${keptIndex}.id`,
          message:
            'A new listing has no sessions to keep, so omit the session id.',
        },
      ]);
    }

    const id = await this.dataSource.transaction(async (manager) => {
      await this.checkAchievement(manager, organisationId, listing, null);
      const placeId = await this.repository.findNearestPlaceId(
        manager,
        listing.location,
      );
      const created = await this.repository.insert(
        manager,
        organisationId,
        listing,
        placeId,
      );
      await this.record(manager, viewer, organisationId, created, 'create', {
        ...diffFields({}, auditSnapshot(listing, OpportunityStatus.DRAFT)),
      });
      await inSameTransaction?.(manager, created);

      return created;
    });
    this.logger.log(`User ${viewer.userId} created opportunity ${id}`);

    return this.load(id);
  }

  /**
   * Replaces a listing. A published listing stays published only while the
   * provider is approved for its (possibly moved) venue; else it goes back
   * to pending for a moderator. A raised capacity moves the waiting lists
   * up, and learners of a session whose times changed are e-mailed.
   */
  async update(
    viewer: Viewer,
    input: UpdateOpportunityInput,
  ): Promise<OpportunityModel> {
    const id = parseUuid('input.opportunityId', input.opportunityId);
    await this.requireEditor(viewer, id);
    const listing = toCheckedListing(input.listing, await this.knownSkills());

    const notices = await this.dataSource.transaction(async (manager) => {
      const stored = await this.lock(manager, id);
      if (stored.status === OpportunityStatus.ARCHIVED) {
        throw new ConflictError(
          'The listing is archived, so it cannot be changed. Create a new listing instead.',
        );
      }
      keepOmittedAccessibility(input.listing, listing, stored.listing);
      await this.checkAchievement(
        manager,
        stored.providerId,
        listing,
        stored.listing.achievementId,
      );
      const changedTimes = await replaceSessionsChecked(
        manager,
        this.repository,
        id,
        stored.listing.sessions,
        listing.sessions,
      );
      await requireCapacityFits(manager, this.repository, id, listing.capacity);
      await this.save(manager, viewer, stored, id, listing);

      return registrationNoticesAfterEdit(manager, {
        before: stored.listing,
        after: listing,
        changedTimes,
        publicUrl: this.config.publicUrl,
      });
    });
    await sendNotices(this.mailer, this.logger, notices);

    return this.load(id);
  }

  /**
   * Sends a draft or rejected listing for publication after checking it
   * again: published at once when a council that approved the provider
   * covers the venue (any approving council for an online listing), else
   * pending for a moderator.
   */
  async submit(viewer: Viewer, rawId: string): Promise<OpportunityModel> {
    const id = parseUuid('input.opportunityId', rawId);
    await this.requireEditor(viewer, id);
    await this.verifiedEmail.require(viewer, 'submitting a listing');
    const knownSkills = await this.knownSkills();

    await this.dataSource.transaction(async (manager) => {
      const stored = await this.lock(manager, id);
      if (
        stored.status !== OpportunityStatus.DRAFT &&
        stored.status !== OpportunityStatus.REJECTED
      ) {
        throw new ConflictError(
          `The listing is ${stored.status}, and only a draft or rejected listing can be submitted.`,
        );
      }
      checkStoredListing(stored.listing, knownSkills);
      const approved = await this.repository.isApprovedForLocation(manager, id);
      const status = approved
        ? OpportunityStatus.PUBLISHED
        : OpportunityStatus.PENDING;
      await this.repository.setStatus(manager, id, {
        status,
        publish: approved,
      });
      await this.record(
        manager,
        viewer,
        stored.providerId,
        id,
        approved ? 'publish' : 'submit',
        { status: { from: stored.status, to: status } },
      );
    });
    this.logger.log(`User ${viewer.userId} submitted opportunity ${id}`);

    return this.load(id);
  }

  /**
   * Takes a listing out of search and moderation, from any status. The
   * registrations of sessions that have not started are withdrawn in the
   * same transaction, and those learners are e-mailed after it commits.
   */
  async archive(viewer: Viewer, rawId: string): Promise<OpportunityModel> {
    const id = parseUuid('input.opportunityId', rawId);
    await this.requireEditor(viewer, id);

    const cancelled = await this.dataSource.transaction(async (manager) => {
      const stored = await this.lock(manager, id);
      if (stored.status === OpportunityStatus.ARCHIVED) {
        throw new ConflictError('The listing is already archived.');
      }
      await this.repository.setStatus(manager, id, {
        status: OpportunityStatus.ARCHIVED,
      });
      const withdrawn = await withdrawUpcomingRegistrations(manager, id);
      await this.record(manager, viewer, stored.providerId, id, 'archive', {
        status: { from: stored.status, to: OpportunityStatus.ARCHIVED },
        ...(withdrawn.length > 0 && {
          activeRegistrations: { from: withdrawn.length, to: 0 },
        }),
      });

      return withdrawn;
    });
    this.logger.log(
      `User ${viewer.userId} archived opportunity ${id}; withdrew ${cancelled.length} registrations`,
    );
    await sendNotices(
      this.mailer,
      this.logger,
      opportunityCancelledNotices(cancelled, this.config.publicUrl),
    );

    return this.load(id);
  }

  /** Saves the checked listing over `stored` and audits the difference. */
  private async save(
    manager: EntityManager,
    viewer: Viewer,
    stored: StoredListing,
    id: string,
    listing: ListingChange,
  ): Promise<void> {
    const placeId = await this.repository.findNearestPlaceId(
      manager,
      listing.location,
    );
    await this.repository.update(manager, id, listing, placeId);
    const status = await this.statusAfterEdit(manager, id, stored.status);
    const changes = diffFields(
      auditSnapshot(stored.listing, stored.status),
      auditSnapshot(listing, status),
    );
    if (Object.keys(changes).length > 0) {
      await this.record(manager, viewer, stored.providerId, id, 'update', {
        ...changes,
      });
    }
  }

  /**
   * Rejects a badge of another organisation, or an archived badge that the
   * listing did not have already. An unknown id gets the same message as
   * another organisation's badge.
   */
  private async checkAchievement(
    manager: EntityManager,
    organisationId: string,
    listing: ListingChange,
    keptId: string | null,
  ): Promise<void> {
    const id = listing.achievementId;
    if (id === null) return;
    const found = await this.repository.findAchievement(manager, id);
    let message: string | null = null;
    if (found === null || found.organisationId !== organisationId) {
      message = `achievementId ${id} is not a badge of this organisation; choose one from organisationAchievements.`;
    } else if (found.archivedAt !== null && id !== keptId) {
      message = `The badge ${id} is archived, so it cannot be chosen; choose a badge that is not archived.`;
    }
    if (message !== null) {
      throw new ListingInputError([{ field: 'achievementId', message }]);
    }
  }

  private async statusAfterEdit(
    manager: EntityManager,
    id: string,
    status: OpportunityStatus,
  ): Promise<OpportunityStatus> {
    if (status !== OpportunityStatus.PUBLISHED) return status;
    if (await this.repository.isApprovedForLocation(manager, id)) return status;
    await this.repository.setStatus(manager, id, {
      status: OpportunityStatus.PENDING,
    });

    return OpportunityStatus.PENDING;
  }

  /**
   * Rejects unless the viewer may edit the listing. An unknown id gets the
   * same FORBIDDEN as a listing of another organisation, so that ids cannot
   * be probed. Only admins learn that it does not exist.
   */
  private async requireEditor(viewer: Viewer, id: string): Promise<void> {
    const found = (await this.opportunities.findByIds([id])).get(id);
    if (found === undefined) {
      if (viewer.isAdmin) {
        throw new NotFoundError(`There is no opportunity with id ${id}.`);
      }
      throw new ForbiddenError(NOT_EDITOR_MESSAGE);
    }
    if (!(await this.opportunityAccess.canEdit(viewer, found))) {
      throw new ForbiddenError(NOT_EDITOR_MESSAGE);
    }
  }

  private async requireProvider(organisationId: string): Promise<void> {
    const kind = await this.queries.findOrganisationKind(organisationId);
    if (kind === null) {
      throw new NotFoundError(
        `There is no organisation with id ${organisationId}.`,
      );
    }
    if (kind !== OrganisationKind.PROVIDER) {
      throw new BadUserInputError(
        `The organisation is a ${kind}, and only provider organisations list opportunities.`,
        'input.organisationId',
      );
    }
  }

  private async lock(
    manager: EntityManager,
    id: string,
  ): Promise<StoredListing> {
    const stored = await this.repository.lockAndRead(manager, id);
    if (stored === null) {
      throw new NotFoundError(`There is no opportunity with id ${id}.`);
    }

    return stored;
  }

  private async knownSkills(): Promise<Set<string>> {
    const skills = await this.referenceData.findSkills();

    return new Set(skills.map((skill) => skill.id));
  }

  private record(
    manager: EntityManager,
    viewer: Viewer,
    organisationId: string,
    opportunityId: string,
    action: string,
    changes: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(
      {
        actorId: viewer.userId,
        organisationId,
        subjectType: OPPORTUNITY_SUBJECT,
        subjectId: opportunityId,
        action,
        changes,
      },
      manager,
    );
  }

  private async load(id: string): Promise<OpportunityModel> {
    const found = (await this.opportunities.findByIds([id])).get(id);
    if (found === undefined) {
      throw new NotFoundError(`There is no opportunity with id ${id}.`);
    }

    return found;
  }
}
