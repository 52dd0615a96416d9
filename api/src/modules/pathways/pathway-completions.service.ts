import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { AuditService } from '../audit/audit.service.js';
import { CredentialType } from '../credentials/credential.entity.js';
import { CredentialIssuer } from '../credentials/credential-issuer.service.js';
import {
  type EvidenceRequest,
  isHttpUrl,
  MAX_EVIDENCE_ITEMS,
} from '../credentials/issue-request.js';
import { LearnerBadgesRepository } from './learner-badges.repository.js';
import { PathwayStatus } from './pathway.entity.js';
import { PathwayLearnersRepository } from './pathway-learners.repository.js';
import { PathwaysRepository } from './pathways.repository.js';
import {
  computeProgress,
  type HeldBadge,
  type PathwayDefinition,
  type PathwayProgress,
} from './progress/progress.js';

/** Re-reads after locking newly counted badges at most this many times. */
const MAX_LOCK_ROUNDS = 3;

/** The idempotency key of a learner's goal badge for a pathway. */
export function completionKey(pathwayId: string, userId: string): string {
  return `pathway:${pathwayId}:${userId}`;
}

/**
 * Issues a pathway's goal badge once every step is met, exactly once per
 * learner and pathway. An advisory lock serialises attempts for the same
 * pair, a unique index on completions backs it up, and the goal badge's
 * idempotency key makes a retried issue return the first credential.
 */
@Injectable()
export class PathwayCompletions {
  private readonly logger = new Logger(PathwayCompletions.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly pathways: PathwaysRepository,
    private readonly badges: LearnerBadgesRepository,
    private readonly learners: PathwayLearnersRepository,
    private readonly issuer: CredentialIssuer,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Completes the pathway for the learner when `candidate`, progress read
   * outside the transaction, says every step is met. Inside the
   * transaction it locks the contributing credentials and computes the
   * progress again, so a badge revoked in between stops the completion.
   * Returns the goal credential's id when this call completed the pathway.
   */
  async complete(
    pathwayId: string,
    userId: string,
    candidate: PathwayProgress,
  ): Promise<string | null> {
    if (!candidate.complete) return null;

    return this.dataSource.transaction(async (manager) => {
      await this.learners.lockCompletion(manager, pathwayId, userId);
      await this.pathways.lockShared(manager, pathwayId);
      const done = await this.learners.findCompletion(
        manager,
        pathwayId,
        userId,
      );
      if (done !== null) return null;
      const [pathway] = await this.pathways.findDefinitions(
        [pathwayId],
        manager,
      );
      if (pathway?.status !== PathwayStatus.PUBLISHED) return null;
      const progress = await this.lockedProgress(
        manager,
        pathway,
        userId,
        contributionsOf(candidate),
      );
      if (progress === null || !progress.complete) {
        this.logger.log(
          `Pathway ${pathwayId} is no longer complete for user ${userId}; no goal badge issued`,
        );

        return null;
      }

      return this.record(manager, pathway, userId, progress);
    });
  }

  /**
   * Locks the badges progress rests on and computes it from rows read
   * after the lock. A badge that counts only in the fresh reading is
   * locked too and the reading repeated. Returns null if it never settles.
   */
  private async lockedProgress(
    manager: EntityManager,
    pathway: PathwayDefinition,
    userId: string,
    first: HeldBadge[],
  ): Promise<PathwayProgress | null> {
    const locked = new Set<string>();
    let toLock = first;
    for (let round = 0; round < MAX_LOCK_ROUNDS; round += 1) {
      await this.badges.lockContributions(manager, toLock);
      toLock.forEach((badge) => locked.add(badge.credentialId));
      const held = await this.badges.findHeld(userId, manager);
      const progress = computeProgress(pathway, held);
      toLock = contributionsOf(progress).filter(
        (badge) => !locked.has(badge.credentialId),
      );
      if (toLock.length === 0) return progress;
    }

    return null;
  }

  private async record(
    manager: EntityManager,
    pathway: PathwayDefinition,
    userId: string,
    progress: PathwayProgress,
  ): Promise<string> {
    const held = await this.badges.findHeldGoal(
      manager,
      userId,
      pathway.goalAchievementId,
    );
    const credentialId =
      held ?? (await this.issueGoal(manager, pathway, userId, progress));
    await this.learners.insertCompletion(
      manager,
      pathway.id,
      userId,
      credentialId,
    );
    await this.audit.record(
      {
        actorId: null,
        organisationId: pathway.organisationId,
        subjectType: 'pathway',
        subjectId: pathway.id,
        action: 'pathway_completed',
        changes: { userId, credentialId, alreadyHeld: held !== null },
      },
      manager,
    );
    this.logger.log(
      `User ${userId} completed pathway ${pathway.id}; goal badge ${credentialId}`,
    );

    return credentialId;
  }

  private async issueGoal(
    manager: EntityManager,
    pathway: PathwayDefinition,
    userId: string,
    progress: PathwayProgress,
  ): Promise<string> {
    const email = await this.learners.findRecipientEmail(manager, userId);
    const evidence = this.evidenceOf(pathway, progress);
    const left = evidence.length - MAX_EVIDENCE_ITEMS;
    const credential = await this.issuer.issue(manager, {
      type: CredentialType.OPEN_BADGE,
      organisationId: pathway.organisationId,
      issuedById: null,
      idempotencyKey: completionKey(pathway.id, userId),
      achievementId: pathway.goalAchievementId,
      recipient: { userId, email: email! },
      narrative:
        `Completed every step of the pathway "${pathway.title}".` +
        (left > 0
          ? ` ${left} more badges counted than the evidence lists.`
          : ''),
      // NOTE: Open Badges evidence is capped here at MAX_EVIDENCE_ITEMS, so a
      // pathway with more contributing badges lists the first ones by step.
      evidence: evidence.slice(0, MAX_EVIDENCE_ITEMS),
    });

    return credential.id;
  }

  /**
   * Evidence of the goal badge: the public page of each contributing badge
   * of ours, and the id of each imported one that is an http(s) URL.
   */
  private evidenceOf(
    pathway: PathwayDefinition,
    progress: PathwayProgress,
  ): EvidenceRequest[] {
    const base = this.config.publicUrl.replace(/\/+$/, '');

    return progress.steps.flatMap((step) => {
      const definition = pathway.steps.find((each) => each.id === step.stepId);
      const stepName = definition?.title
        ? `step ${step.position}, "${definition.title}"`
        : `step ${step.position}`;

      return step.contributions.flatMap((badge) => {
        const url =
          badge.kind === 'issued'
            ? `${base}/badges/${badge.credentialId}`
            : badge.credentialUri;
        if (url === null || !isHttpUrl(url)) return [];

        return [
          {
            url,
            name: badge.name,
            narrative: `Counted for ${stepName} of the pathway "${pathway.title}".`,
          },
        ];
      });
    });
  }
}

function contributionsOf(progress: PathwayProgress): HeldBadge[] {
  return progress.steps.flatMap((step) => step.contributions);
}
