import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Viewer } from '../../common/auth/viewer.js';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  ForbiddenReason,
  NotFoundError,
} from '../../common/errors/domain-error.js';
import { checkStorableText } from '../../common/validation/text.js';
import { VerifiedEmail } from '../accounts/verified-email.service.js';
import { AuditService } from '../audit/audit.service.js';
import {
  CredentialStatus,
  CredentialType,
} from '../credentials/credential.entity.js';
import { CredentialIssuer } from '../credentials/credential-issuer.service.js';
import { CredentialStatusService } from '../credentials/status/credential-status.service.js';
import {
  LISTING_ROLES,
  OrganisationAccess,
} from '../organisations/organisation-access.service.js';
import { requireUuid } from '../registrations/session-access.service.js';
import type {
  EndorseAchievementInput,
  EndorseOrganisationInput,
  RevokeEndorsementInput,
} from './dto/endorsement.inputs.js';
import type { EndorsementObject } from './dto/endorsement.type.js';
import {
  EndorsementsRepository,
  type OrganisationFacts,
} from './endorsements.repository.js';

const MAX_COMMENT = 2000;

/** The subject of one endorsement: a badge or an organisation. */
type Subject = { achievementId: string } | { endorsedOrganisationId: string };

/**
 * Endorsements: an organisation's owners and editors vouch, in a signed
 * `EndorsementCredential`, for another organisation's badge or for the
 * organisation itself.
 */
@Injectable()
export class EndorsementsService {
  private readonly logger = new Logger(EndorsementsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: EndorsementsRepository,
    private readonly issuer: CredentialIssuer,
    private readonly status: CredentialStatusService,
    private readonly access: OrganisationAccess,
    private readonly verifiedEmail: VerifiedEmail,
    private readonly audit: AuditService,
  ) {}

  async endorseAchievement(
    viewer: Viewer,
    input: EndorseAchievementInput,
  ): Promise<EndorsementObject> {
    const comment = cleanComment(input.comment);
    const endorser = await this.endorser(viewer, input.organisationId);
    const id = requireUuid(input.achievementId, 'input.achievementId');
    const achievement = await this.repository.findAchievement(id);
    if (achievement === null) {
      throw new NotFoundError(`Achievement ${id} not found.`);
    }
    if (achievement.organisationId === endorser.id) {
      throw new BadUserInputError(
        `"${achievement.name}" is a badge of ${endorser.name}; an organisation cannot endorse its own badges.`,
        'input.achievementId',
      );
    }
    if (achievement.archived) {
      throw new BadUserInputError(
        `"${achievement.name}" is archived, so it cannot be endorsed.`,
        'input.achievementId',
      );
    }

    return this.issue(viewer, endorser, { achievementId: id }, comment);
  }

  async endorseOrganisation(
    viewer: Viewer,
    input: EndorseOrganisationInput,
  ): Promise<EndorsementObject> {
    const comment = cleanComment(input.comment);
    const endorser = await this.endorser(viewer, input.organisationId);
    const field = 'input.endorsedOrganisationId';
    const id = requireUuid(input.endorsedOrganisationId, field);
    if (id === endorser.id) {
      throw new BadUserInputError(
        `${endorser.name} cannot endorse itself; pick another organisation.`,
        field,
      );
    }
    if ((await this.repository.findOrganisation(id)) === null) {
      throw new NotFoundError(`Organisation ${id} not found.`);
    }

    return this.issue(
      viewer,
      endorser,
      { endorsedOrganisationId: id },
      comment,
    );
  }

  async revoke(
    viewer: Viewer,
    input: RevokeEndorsementInput,
  ): Promise<EndorsementObject> {
    const id = requireUuid(input.endorsementId, 'input.endorsementId');
    const endorsement = await this.repository.findById(id);
    if (endorsement === null) {
      throw new NotFoundError(`Endorsement ${id} not found.`);
    }
    await this.access.require(
      viewer,
      endorsement.organisationId,
      LISTING_ROLES,
    );
    const reason = checkStorableText('input.reason', input.reason.trim());
    if (reason === '' || reason.length > MAX_COMMENT) {
      throw new BadUserInputError(
        `reason has ${reason.length} characters; give 1 to ${MAX_COMMENT}.`,
        'input.reason',
      );
    }
    await this.status.changeStatus(
      id,
      CredentialStatus.REVOKED,
      reason,
      viewer.userId,
    );
    this.logger.log(`User ${viewer.userId} revoked endorsement ${id}`);

    return (await this.repository.findById(id))!;
  }

  /**
   * The endorsing organisation, for its owners and editors with a verified
   * address. A council vouches with the platform's trust, so it must be
   * verified itself; providers and employers need not be.
   */
  private async endorser(
    viewer: Viewer,
    organisationId: string,
  ): Promise<OrganisationFacts> {
    const id = requireUuid(organisationId, 'input.organisationId');
    await this.access.require(viewer, id, LISTING_ROLES);
    await this.verifiedEmail.require(viewer, 'endorsing');
    const endorser = (await this.repository.findOrganisation(id))!;
    if (endorser.kind === 'council' && !endorser.verified) {
      throw new ForbiddenError(
        `${endorser.name} is awaiting verification by the platform administrators, so it cannot endorse yet.`,
        ForbiddenReason.OrganisationNotVerified,
      );
    }

    return endorser;
  }

  private async issue(
    viewer: Viewer,
    endorser: OrganisationFacts,
    subject: Subject,
    comment: string,
  ): Promise<EndorsementObject> {
    const id = await this.dataSource.transaction(async (manager) => {
      await this.repository.lock(
        manager,
        `endorse:${endorser.id}:${JSON.stringify(subject)}`,
      );
      const existing = await this.repository.findUnrevoked(
        manager,
        endorser.id,
        subject,
      );
      if (existing !== null) {
        throw new ConflictError(
          `${endorser.name} already endorses this (endorsement ${existing}); revoke it first to endorse again with a new comment.`,
        );
      }
      const credential = await this.issuer.issue(manager, {
        type: CredentialType.ENDORSEMENT,
        organisationId: endorser.id,
        issuedById: viewer.userId,
        ...subject,
        endorsementComment: comment,
      });
      await this.audit.record(
        {
          actorId: viewer.userId,
          organisationId: endorser.id,
          subjectType: 'credential',
          subjectId: credential.id,
          action: 'endorse',
          changes: { ...subject },
        },
        manager,
      );

      return credential.id;
    });
    this.logger.log(`User ${viewer.userId} issued endorsement ${id}`);

    return (await this.repository.findById(id))!;
  }
}

function cleanComment(raw: string): string {
  const comment = checkStorableText('input.comment', raw.trim());
  if (comment === '' || comment.length > MAX_COMMENT) {
    throw new BadUserInputError(
      `comment has ${comment.length} characters; write 1 to ${MAX_COMMENT}.`,
      'input.comment',
    );
  }

  return comment;
}
