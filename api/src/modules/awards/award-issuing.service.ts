import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { ConflictError } from '../../common/errors/domain-error.js';
import { LearnerAddresses } from '../accounts/learner-addresses.service.js';
import { AuditService } from '../audit/audit.service.js';
import {
  type Credential,
  CredentialType,
} from '../credentials/credential.entity.js';
import {
  CredentialIssuer,
  type IssueRequest,
} from '../credentials/credential-issuer.service.js';
import { requireSameRequest } from '../credentials/idempotent-request.js';
import { LearnerBadgeEvents } from '../credentials/learner-badge-events.js';
import type { CleanEvidence } from './award-input.js';
import {
  type AchievementFacts,
  AwardsRepository,
} from './awards.repository.js';
import { isUniqueViolation } from './unique-violation.js';

/** The recipient of a badge: an attended registration or an e-mail address. */
export interface AwardRecipient {
  userId: string | null;
  email: string;
  registrationId: string | null;
  claimCodeId: string | null;
}

/** One badge to issue, with its input already checked. */
export interface AwardPlan {
  achievement: AchievementFacts;
  recipient: AwardRecipient;
  narrative: string | null;
  evidence: CleanEvidence[];
  idempotencyKey: string;
  issuedById: string | null;
  /**
   * Runs in the transaction once the key is known to be new, before
   * signing; a claim takes its redemption here.
   */
  beforeIssue?: (manager: EntityManager) => Promise<void>;
}

export interface AwardOutcome {
  credential: Credential;
  /** False when the key (or claim) had already produced this credential. */
  created: boolean;
}

/**
 * Issues one badge in one transaction. Concurrent requests with the same
 * idempotency key wait for each other on an advisory lock, so the second
 * finds the first one's credential instead of signing again.
 */
@Injectable()
export class AwardIssuing {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: AwardsRepository,
    private readonly issuer: CredentialIssuer,
    private readonly audit: AuditService,
    private readonly events: LearnerBadgeEvents,
    private readonly addresses: LearnerAddresses,
  ) {}

  async issue(plan: AwardPlan): Promise<AwardOutcome> {
    try {
      const outcome = await this.dataSource.transaction((manager) =>
        this.issueIn(manager, plan),
      );
      if (outcome.created) await this.announce(plan.recipient);

      return outcome;
    } catch (error) {
      if (isUniqueViolation(error, 'UQ_credentials_achievement_registration')) {
        throw alreadyAwardedForRegistration(plan);
      }
      throw error;
    }
  }

  /** Tells listeners, after commit, that a known learner has a new badge. */
  private async announce(recipient: AwardRecipient): Promise<void> {
    const userId =
      recipient.userId ?? (await this.addresses.findOwner(recipient.email));
    if (userId !== null) await this.events.badgesChanged(userId);
  }

  private async issueIn(
    manager: EntityManager,
    plan: AwardPlan,
  ): Promise<AwardOutcome> {
    const { achievement, recipient } = plan;
    await this.repository.lock(
      manager,
      `award-key:${achievement.organisationId}:${plan.idempotencyKey}`,
    );
    await this.repository.lock(
      manager,
      `award-recipient:${achievement.id}:${recipient.email}`,
    );
    const request = issueRequestOf(plan);
    const existing = await this.repository.findByIdempotencyKey(
      manager,
      achievement.organisationId,
      plan.idempotencyKey,
    );
    if (existing !== null) {
      return {
        credential: requireSameRequest(existing, request, plan.idempotencyKey),
        created: false,
      };
    }

    await this.requireNotAwarded(manager, plan);
    await plan.beforeIssue?.(manager);
    const credential = await this.issuer.issue(manager, request);
    await this.audit.record(
      {
        actorId: plan.issuedById,
        organisationId: achievement.organisationId,
        subjectType: 'credential',
        subjectId: credential.id,
        action: 'award',
        changes: {
          achievementId: achievement.id,
          registrationId: recipient.registrationId,
          claimCodeId: recipient.claimCodeId,
        },
      },
      manager,
    );

    return { credential, created: true };
  }

  /**
   * One badge per attendance, and one unrevoked badge per person otherwise:
   * held by the account or sent to its verified address.
   */
  private async requireNotAwarded(
    manager: EntityManager,
    plan: AwardPlan,
  ): Promise<void> {
    const { achievement, recipient } = plan;
    if (recipient.registrationId !== null) {
      const found = await this.repository.findByRegistration(
        manager,
        achievement.id,
        recipient.registrationId,
      );
      if (found !== null) {
        throw alreadyAwardedForRegistration(plan, found.id, found.status);
      }

      return;
    }
    const found = await this.repository.findUnrevokedForRecipient(
      manager,
      achievement.id,
      recipient.userId,
      recipient.email,
    );
    if (found === null) return;
    const viaCode = recipient.claimCodeId !== null;
    throw new ConflictError(
      viaCode
        ? `${recipient.email} already has "${achievement.name}" (credential ${found}); a claim code cannot give the same badge twice unless the earlier one is revoked.`
        : `${recipient.email} already has "${achievement.name}" (credential ${found}); revoke that credential before awarding the badge again.`,
      viaCode ? 'input.code' : 'input.email',
    );
  }
}

function issueRequestOf(plan: AwardPlan): IssueRequest {
  const { achievement, recipient } = plan;

  return {
    type: CredentialType.OPEN_BADGE,
    organisationId: achievement.organisationId,
    issuedById: plan.issuedById,
    idempotencyKey: plan.idempotencyKey,
    achievementId: achievement.id,
    recipient: { userId: recipient.userId, email: recipient.email },
    registrationId: recipient.registrationId,
    claimCodeId: recipient.claimCodeId,
    narrative: plan.narrative,
    evidence: plan.evidence,
  };
}

/**
 * The unique index on (achievement, registration) covers revoked badges
 * too: revocation is final, so an attendance is not awarded twice.
 */
function alreadyAwardedForRegistration(
  plan: AwardPlan,
  credentialId?: string,
  status?: string,
): ConflictError {
  const { registrationId } = plan.recipient;
  const name = plan.achievement.name;
  const earlier =
    credentialId === undefined ? '' : ` (credential ${credentialId})`;

  return new ConflictError(
    status === 'revoked'
      ? `Registration ${registrationId} was awarded "${name}"${earlier}, and that badge was revoked; a revoked badge cannot be reissued for the same attendance, so award it by e-mail instead if it was revoked by mistake.`
      : `Registration ${registrationId} has already been awarded "${name}"${earlier}; a badge is awarded once per attendance.`,
    'input.registrationId',
  );
}
