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
import { IssuerDocuments } from '../issuers/issuer-documents.js';
import { IssuersService } from '../issuers/issuers.service.js';
import { Credential, CredentialType } from './credential.entity.js';
import { signDataIntegrity, signJwt } from './credential-signer.js';
import { buildAlignments } from './documents/alignments.js';
import {
  type AchievementFields,
  buildEndorsementCredential,
  buildOpenBadgeCredential,
  buildProfile,
  type CredentialFrame,
  type Profile,
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

export type { EvidenceRequest, IssueRequest } from './issue-request.js';

const DAY_MS = 86_400_000;

/** A document ready to sign, with the columns that go with it. */
interface Draft {
  document: Record<string, unknown>;
  recipientEmail: string | null;
  evidence: CheckedEvidence[];
}

/**
 * Issues `OpenBadgeCredential`s and `EndorsementCredential`s: builds the
 * document, signs it as Data Integrity (eddsa-rdfc-2022) and as VC-JWT
 * (ES256), and stores both, in the caller's transaction. Callers check who
 * may issue; this service checks that the records fit together.
 */
@Injectable()
export class CredentialIssuer {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly issuers: IssuersService,
    private readonly documents: IssuerDocuments,
    private readonly repository: IssuingRepository,
  ) {}

  async issue(
    manager: EntityManager,
    request: IssueRequest,
  ): Promise<Credential> {
    const key = request.idempotencyKey ?? null;
    if (key !== null) {
      await this.repository.lockIdempotencyKey(
        manager,
        request.organisationId,
        key,
      );
      const existing = await this.repository.findByIdempotencyKey(
        manager,
        request.organisationId,
        key,
      );
      if (existing !== null) return existing;
    }

    return this.issueNew(manager, request, key);
  }

  private async issueNew(
    manager: EntityManager,
    request: IssueRequest,
    idempotencyKey: string | null,
  ): Promise<Credential> {
    const issuer = await this.issuerProfile(manager, request.organisationId);
    const achievement =
      request.achievementId === undefined
        ? null
        : await this.achievement(manager, request.achievementId);
    const validFrom = wholeSeconds(request.validFrom ?? new Date());
    const validUntil =
      request.type === CredentialType.OPEN_BADGE &&
      achievement?.validityDays !== null &&
      achievement?.validityDays !== undefined
        ? new Date(validFrom.getTime() + achievement.validityDays * DAY_MS)
        : null;
    const { listId, index } = await this.repository.allocateStatusIndex(
      manager,
      request.organisationId,
    );
    const frame: CredentialFrame = {
      credentialId: randomUUID(),
      issuer,
      validFrom,
      validUntil,
      publicUrl: this.config.publicUrl,
      statusListId: listId,
      statusListIndex: index,
    };
    const draft =
      request.type === CredentialType.OPEN_BADGE
        ? await this.openBadgeDraft(manager, request, frame, achievement)
        : await this.endorsementDraft(manager, request, frame, achievement);

    return this.signAndStore(manager, request, frame, draft, idempotencyKey);
  }

  private async signAndStore(
    manager: EntityManager,
    request: IssueRequest,
    frame: CredentialFrame,
    draft: Draft,
    idempotencyKey: string | null,
  ): Promise<Credential> {
    const keys = await this.issuers.signingKeys(
      request.organisationId,
      manager,
    );
    const signed = await signDataIntegrity(
      draft.document,
      keys.ed25519,
      this.documents.loader(),
    );
    const jwt = await signJwt(signed, keys.p256);
    const credential = await this.repository.insertCredential(manager, {
      id: frame.credentialId,
      type: request.type,
      organisationId: request.organisationId,
      achievementId: request.achievementId ?? null,
      recipientUserId: request.recipient?.userId ?? null,
      recipientEmail: draft.recipientEmail,
      endorsedOrganisationId: request.endorsedOrganisationId ?? null,
      registrationId: request.registrationId ?? null,
      claimCodeId: request.claimCodeId ?? null,
      issuedById: request.issuedById,
      idempotencyKey,
      validFrom: frame.validFrom,
      validUntil: frame.validUntil,
      statusListId: frame.statusListId,
      statusListIndex: frame.statusListIndex,
      document: signed,
      jwt,
    });
    await this.repository.insertEvidence(
      manager,
      credential.id,
      draft.evidence,
    );

    return credential;
  }

  private async openBadgeDraft(
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

  private async endorsementDraft(
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

  private async issuerProfile(
    manager: EntityManager,
    organisationId: string,
  ): Promise<Profile> {
    const issuer = await this.repository.findIssuer(manager, organisationId);
    if (issuer === null) {
      throw new NotFoundError(`No organisation has id ${organisationId}.`);
    }

    return buildProfile(
      this.issuers.issuerId(organisationId),
      issuer.name,
      issuer.website,
    );
  }

  private async achievement(
    manager: EntityManager,
    achievementId: string,
  ): Promise<AchievementRow> {
    const achievement = await this.repository.findAchievement(
      manager,
      achievementId,
    );
    if (achievement === null) {
      throw new NotFoundError(`No achievement has id ${achievementId}.`);
    }

    return achievement;
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
    const own = await this.repository.findOwnFileIds(
      manager,
      request.organisationId,
      fileIds,
    );
    const foreign = fileIds.find((id) => !own.has(id));
    if (foreign !== undefined) {
      throw new BadUserInputError(
        `Evidence file ${foreign} does not exist or belongs to another organisation; upload it to this organisation first.`,
        'input.evidence',
      );
    }

    return evidence;
  }
}

function wholeSeconds(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}
