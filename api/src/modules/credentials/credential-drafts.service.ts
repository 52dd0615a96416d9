import { randomUUID } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import {
  BadUserInputError,
  ConflictError,
  NotFoundError,
} from '../../common/errors/domain-error.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { IssuersService } from '../issuers/issuers.service.js';
import { buildAlignments } from './documents/alignments.js';
import {
  type AchievementFields,
  buildEndorsementCredential,
  buildOpenBadgeCredential,
  type CredentialFrame,
} from './documents/credential-documents.js';
import { emailIdentity } from './documents/recipient-identity.js';
import {
  achievementImageUrl,
  achievementUrl,
  fileUrl,
} from './documents/urls.js';
import {
  type CheckedEvidence,
  checkEvidence,
  type IssueRequest,
} from './issue-request.js';
import {
  type AchievementRow,
  IssuingRepository,
} from './issuing.repository.js';

/** A document ready to sign, with the columns that go with it. */
export interface Draft {
  document: Record<string, unknown>;
  recipientEmail: string | null;
  evidence: CheckedEvidence[];
}

/**
 * Builds the unsigned `OpenBadgeCredential` or `EndorsementCredential` of
 * an issue request, checking that the records it names fit together.
 */
@Injectable()
export class CredentialDrafts {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly issuers: IssuersService,
    private readonly repository: IssuingRepository,
  ) {}

  async openBadge(
    manager: EntityManager,
    request: IssueRequest,
    frame: CredentialFrame,
    achievement: AchievementRow | null,
  ): Promise<Draft> {
    if (achievement === null || request.recipient === undefined) {
      throw new BadUserInputError(
        'An open badge needs an achievementId and a recipient.',
      );
    }
    if (achievement.organisationId !== request.organisationId) {
      throw new BadUserInputError(
        `Achievement ${achievement.id} belongs to another organisation; an organisation awards only its own badges.`,
        'input.achievementId',
      );
    }
    if (achievement.archivedAt !== null) {
      throw new ConflictError(
        `Achievement "${achievement.name}" is archived, so it cannot be awarded.`,
        'input.achievementId',
      );
    }
    const email = request.recipient.email.trim().toLowerCase();
    const evidence = await this.checkedEvidence(manager, request);
    const narrative = request.narrative?.trim() || null;
    const document = buildOpenBadgeCredential(frame, {
      subjectId: `urn:uuid:${randomUUID()}`,
      identity: emailIdentity(email),
      achievement: await this.achievementFields(manager, achievement, frame),
      narrative,
      evidence: evidence.map((item) => ({
        url: item.url ?? fileUrl(this.config.publicUrl, item.fileId!),
        name: item.name,
        narrative: item.narrative,
      })),
    });

    return { document, recipientEmail: email, evidence };
  }

  async endorsement(
    manager: EntityManager,
    request: IssueRequest,
    frame: CredentialFrame,
    achievement: AchievementRow | null,
  ): Promise<Draft> {
    const comment = request.endorsementComment?.trim() ?? '';
    if (comment === '') {
      throw new BadUserInputError(
        'An endorsement needs a comment.',
        'input.comment',
      );
    }
    const subject =
      achievement !== null
        ? {
            subjectId: achievementUrl(this.config.publicUrl, achievement.id),
            subjectName: achievement.name,
          }
        : await this.endorsedOrganisation(manager, request);
    const document = buildEndorsementCredential(frame, {
      ...subject,
      comment,
    });

    return { document, recipientEmail: null, evidence: [] };
  }

  private async endorsedOrganisation(
    manager: EntityManager,
    request: IssueRequest,
  ): Promise<{ subjectId: string; subjectName: string }> {
    const id = request.endorsedOrganisationId;
    if (id === undefined) {
      throw new BadUserInputError(
        'An endorsement needs an achievementId or an endorsedOrganisationId.',
      );
    }
    const organisation = await this.repository.findIssuer(manager, id);
    if (organisation === null) {
      throw new NotFoundError(`No organisation has id ${id}.`);
    }

    return {
      subjectId: this.issuers.issuerId(id),
      subjectName: organisation.name,
    };
  }

  private async achievementFields(
    manager: EntityManager,
    achievement: AchievementRow,
    frame: CredentialFrame,
  ): Promise<AchievementFields> {
    const publicUrl = this.config.publicUrl;

    return {
      id: achievementUrl(publicUrl, achievement.id),
      name: achievement.name,
      description: achievement.description,
      criteriaNarrative: achievement.criteriaNarrative,
      achievementType: achievement.achievementType,
      tags: achievement.tags,
      imageUrl: achievementImageUrl(publicUrl, achievement.id),
      alignments: buildAlignments(achievement, publicUrl),
      // The issuer designed the badge, so it is also the creator.
      creator: frame.issuer,
      endorsements: await this.repository.findActiveEndorsements(
        manager,
        achievement.id,
      ),
    };
  }

  private async checkedEvidence(
    manager: EntityManager,
    request: IssueRequest,
  ): Promise<CheckedEvidence[]> {
    const evidence = checkEvidence(request.evidence ?? []);
    const fileIds = evidence.flatMap((item) =>
      item.fileId === null ? [] : [item.fileId],
    );
    if (fileIds.length === 0) return evidence;
    const own = await this.repository.findOwnEvidenceFileIds(
      manager,
      request.organisationId,
      fileIds,
    );
    const foreign = fileIds.find((id) => !own.has(id));
    if (foreign !== undefined) {
      throw new BadUserInputError(
        `Evidence file ${foreign} is not an evidence file of this organisation; upload it with purpose=evidence to this organisation first.`,
        'input.evidence',
      );
    }

    return evidence;
  }
}
