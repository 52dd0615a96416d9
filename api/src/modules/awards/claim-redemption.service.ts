import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

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
import { attendanceOpensAt } from '../registrations/attendance-window.js';
import { AwardService } from './award.service.js';
import { AwardIssuing, type AwardPlan } from './award-issuing.service.js';
import { AwardsRepository } from './awards.repository.js';
import {
  formatClaimCode,
  isClaimCodeShape,
  normaliseClaimCode,
} from './claim-code.js';
import { ClaimCodesRepository } from './claim-codes.repository.js';
import type { RedeemClaimCodeInput } from './dto/award.inputs.js';
import type { ClaimCodeObject } from './dto/claim-code.type.js';
import {
  type CredentialObject,
  toCredentialObject,
} from './dto/credential.type.js';

/**
 * Redeems claim codes. A learner gets one badge per code: redeeming the
 * same code again returns the credential from the first time.
 */
@Injectable()
export class ClaimRedemptionService {
  private readonly logger = new Logger(ClaimRedemptionService.name);

  constructor(
    private readonly codes: ClaimCodesRepository,
    private readonly awards: AwardsRepository,
    private readonly issuing: AwardIssuing,
    private readonly awardService: AwardService,
    private readonly verifiedEmail: VerifiedEmail,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async redeem(
    viewer: Viewer,
    input: RedeemClaimCodeInput,
  ): Promise<CredentialObject> {
    await this.verifiedEmail.require(viewer, 'claiming a badge');
    const code = await this.findCode(input.code);
    const plan = await this.plan(viewer, code);
    const outcome = await this.issuing.issue(plan);
    if (outcome.created) {
      this.logger.log(
        `User ${viewer.userId} redeemed claim code ${code.id} as ${outcome.credential.id}`,
      );
      await this.awardService.notify(plan, outcome);
    }

    return toCredentialObject(outcome.credential, this.config.publicUrl);
  }

  private async findCode(typed: string): Promise<ClaimCodeObject> {
    const normalised = normaliseClaimCode(typed.slice(0, 100));
    const code = isClaimCodeShape(normalised)
      ? await this.codes.findByCode(normalised)
      : null;
    if (code === null) {
      throw new NotFoundError(
        `Claim code "${typed.trim().slice(0, 40)}" not found; check it against the code you were given, such as ABCD-EFGH-JK.`,
      );
    }

    return code;
  }

  private async plan(
    viewer: Viewer,
    code: ClaimCodeObject,
  ): Promise<AwardPlan> {
    const achievement = (await this.awards.findAchievement(
      code.achievementId,
    ))!;
    if (achievement.archived) {
      throw new BadUserInputError(
        `"${achievement.name}" is archived, so its claim codes no longer work.`,
        'input.code',
      );
    }
    if (code.sessionId !== null) {
      await this.requireSessionPlace(code.sessionId, viewer.userId);
    }
    const account = (await this.awards.findAccountById(viewer.userId))!;

    return {
      achievement,
      recipient: {
        userId: account.id,
        email: account.email,
        registrationId: null,
        claimCodeId: code.id,
      },
      narrative: null,
      evidence: [],
      idempotencyKey: `claim:${code.id}:${account.id}`,
      issuedById: null,
      beforeIssue: (manager) => this.takeRedemption(manager, code),
    };
  }

  /**
   * A code tied to a session is for its learners only: registered (not
   * waitlisted or withdrawn), not marked absent, and from the time
   * attendance can be marked.
   */
  private async requireSessionPlace(
    sessionId: string,
    userId: string,
  ): Promise<void> {
    const entry = await this.codes.findSessionEntry(sessionId, userId);
    if (entry === null) {
      throw new ConflictError(
        'The session this claim code belongs to no longer exists; ask the issuer for a new code.',
        'input.code',
      );
    }
    if (entry.status !== 'registered') {
      const place =
        entry.status === null
          ? 'you have no registration for it'
          : `your registration is ${entry.status}`;
      throw new ForbiddenError(
        `This claim code is for learners registered for its session, and ${place}; register for the session, or ask the issuer.`,
      );
    }
    if (entry.attendance === 'absent') {
      throw new ForbiddenError(
        'This claim code is for learners who attended its session, and you are marked absent; ask the issuer if that is wrong.',
      );
    }
    const opensAt = attendanceOpensAt(entry.startsAt);
    if (opensAt.getTime() > Date.now()) {
      throw new ConflictError(
        `This claim code works from ${opensAt.toISOString()}, when attendance at its session opens; claim the badge at the session.`,
        'input.code',
      );
    }
  }

  private async takeRedemption(
    manager: EntityManager,
    code: ClaimCodeObject,
  ): Promise<void> {
    if (await this.codes.takeRedemption(manager, code.id)) return;
    const state = await this.codes.stateOf(manager, code.id);
    const shown = formatClaimCode(code.code);
    if (state.revoked) {
      throw new ConflictError(
        `Claim code ${shown} has been withdrawn by its issuer; ask them for a new one.`,
        'input.code',
      );
    }
    if (state.expired) {
      throw new ConflictError(
        `Claim code ${shown} expired on ${code.expiresAt.toISOString()}; ask the issuer for a new one.`,
        'input.code',
      );
    }
    throw new ConflictError(
      `Claim code ${shown} has been redeemed the most times it allows (${code.maxRedemptions}); ask the issuer for a new one.`,
      'input.code',
    );
  }
}
