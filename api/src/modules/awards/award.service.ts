import { Inject, Injectable, Logger } from '@nestjs/common';

import type { Viewer } from '../../common/auth/viewer.js';
import { BadUserInputError } from '../../common/errors/domain-error.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { normaliseEmail } from '../accounts/rules/email-address.js';
import { VerifiedEmail } from '../accounts/verified-email.service.js';
import { Mailer } from '../mail/mailer.service.js';
import { requireUuid } from '../registrations/session-access.service.js';
import { AwardChecks } from './award-checks.service.js';
import {
  AWARD_LIMITS,
  cleanEvidence,
  cleanIdempotencyKey,
  cleanOptionalText,
} from './award-input.js';
import {
  AwardIssuing,
  type AwardOutcome,
  type AwardPlan,
} from './award-issuing.service.js';
import { awardNotice } from './award-mail.js';
import { AwardsRepository } from './awards.repository.js';
import type { AwardBadgeInput } from './dto/award.inputs.js';
import {
  type CredentialObject,
  toCredentialObject,
} from './dto/credential.type.js';
import type { SessionAwardObject } from './dto/session-award.type.js';

/** Awards one badge to an attended learner or an e-mail address. */
@Injectable()
export class AwardService {
  private readonly logger = new Logger(AwardService.name);

  constructor(
    private readonly checks: AwardChecks,
    private readonly issuing: AwardIssuing,
    private readonly repository: AwardsRepository,
    private readonly verifiedEmail: VerifiedEmail,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async award(
    viewer: Viewer,
    input: AwardBadgeInput,
  ): Promise<CredentialObject> {
    const plan = await this.plan(viewer, input);
    const outcome = await this.issuing.issue(plan);
    if (outcome.created) {
      this.logger.log(
        `User ${viewer.userId} awarded ${plan.achievement.id} as ${outcome.credential.id}`,
      );
      await this.notify(plan, outcome);
    }

    return toCredentialObject(outcome.credential, this.config.publicUrl);
  }

  /**
   * Badges of the achievement already issued at the session, so that the
   * registrations page offers awarding only to learners without one.
   */
  async sessionAwards(
    viewer: Viewer,
    sessionId: string,
    achievementId: string,
  ): Promise<SessionAwardObject[]> {
    const achievement = await this.checks.awardingAchievement(
      viewer,
      achievementId,
    );
    const id = requireUuid(sessionId, 'sessionId');
    const rows = await this.repository.findSessionAwards(id, achievement.id);

    return rows as SessionAwardObject[];
  }

  /** E-mails the recipient; a failed e-mail leaves the badge issued. */
  async notify(plan: AwardPlan, outcome: AwardOutcome): Promise<void> {
    const { recipient } = plan;
    const account =
      recipient.userId === null
        ? await this.repository.findAccountByEmail(recipient.email)
        : await this.repository.findAccountById(recipient.userId);
    const message = awardNotice(
      {
        credentialId: outcome.credential.id,
        email: recipient.email,
        achievement: plan.achievement,
        accountName: account?.name ?? null,
      },
      this.config.publicUrl,
    );
    try {
      await this.mailer.send(message);
    } catch (error) {
      this.logger.error(
        `Could not e-mail credential ${outcome.credential.id}: ${String(error)}`,
      );
    }
  }

  private async plan(
    viewer: Viewer,
    input: AwardBadgeInput,
  ): Promise<AwardPlan> {
    const idempotencyKey = cleanIdempotencyKey(
      input.idempotencyKey,
      'input.idempotencyKey',
    );
    const narrative = cleanOptionalText(
      input.narrative,
      'input.narrative',
      AWARD_LIMITS.narrative,
    );
    const evidence = cleanEvidence(input.evidence, 'input.evidence');
    const achievement = await this.checks.awardableAchievement(
      viewer,
      input.achievementId,
    );
    await this.verifiedEmail.require(viewer, 'awarding badges');
    await this.checks.requireEvidenceFiles(
      evidence,
      achievement.organisationId,
    );
    const recipient = await this.recipientOf(input, achievement);

    return {
      achievement,
      recipient,
      narrative,
      evidence,
      idempotencyKey,
      issuedById: viewer.userId,
    };
  }

  private recipientOf(
    input: AwardBadgeInput,
    achievement: AwardPlan['achievement'],
  ) {
    const hasRegistration = (input.registrationId ?? null) !== null;
    const hasEmail = (input.email?.trim() ?? '') !== '';
    if (hasRegistration === hasEmail) {
      throw new BadUserInputError(
        'Give exactly one recipient: registrationId (a learner marked attended) or email.',
        'input.registrationId',
      );
    }
    if (hasRegistration) {
      return this.checks.registrationRecipient(
        input.registrationId!,
        achievement,
      );
    }

    return this.checks.emailRecipient(
      normaliseEmail(input.email!, 'input.email'),
    );
  }
}
