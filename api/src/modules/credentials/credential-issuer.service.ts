import { randomUUID } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { NotFoundError } from '../../common/errors/domain-error.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { IssuerDocuments } from '../issuers/issuer-documents.js';
import { IssuersService } from '../issuers/issuers.service.js';
import { Credential, CredentialType } from './credential.entity.js';
import { CredentialDrafts, type Draft } from './credential-drafts.service.js';
import { signDataIntegrity, signJwt } from './credential-signer.js';
import {
  buildProfile,
  type CredentialFrame,
  type Profile,
} from './documents/credential-documents.js';
import { requireSameRequest } from './idempotent-request.js';
import type { IssueRequest } from './issue-request.js';
import {
  type AchievementRow,
  IssuingRepository,
} from './issuing.repository.js';

export type { EvidenceRequest, IssueRequest } from './issue-request.js';

const DAY_MS = 86_400_000;

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
    private readonly drafts: CredentialDrafts,
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
      if (existing !== null) return requireSameRequest(existing, request, key);
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
        ? await this.drafts.openBadge(manager, request, frame, achievement)
        : await this.drafts.endorsement(manager, request, frame, achievement);

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
}

function wholeSeconds(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}
