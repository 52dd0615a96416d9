import { Injectable, Logger } from '@nestjs/common';

import type { Viewer } from '../../common/auth/viewer.js';
import {
  BadUserInputError,
  NotFoundError,
} from '../../common/errors/domain-error.js';
import { VerifiedEmail } from '../accounts/verified-email.service.js';
import {
  ALL_ROLES,
  OrganisationAccess,
} from '../organisations/organisation-access.service.js';
import { requireUuid } from '../registrations/session-access.service.js';
import { AwardChecks } from './award-checks.service.js';
import {
  AWARD_LIMITS,
  cleanBulkEmails,
  cleanEvidence,
  cleanIdempotencyKey,
  cleanOptionalText,
} from './award-input.js';
import { AwardJobRunner } from './award-job-runner.service.js';
import {
  AwardJobsRepository,
  type BulkRecipient,
} from './award-jobs.repository.js';
import {
  type AchievementFacts,
  AwardsRepository,
} from './awards.repository.js';
import { requireSameBulkRequest } from './bulk-request.js';
import type { StartBulkAwardInput } from './dto/award.inputs.js';
import type { AwardJobObject } from './dto/award-job.type.js';

/** Starts bulk awards and reports their progress. */
@Injectable()
export class BulkAwardService {
  private readonly logger = new Logger(BulkAwardService.name);

  constructor(
    private readonly checks: AwardChecks,
    private readonly awards: AwardsRepository,
    private readonly jobs: AwardJobsRepository,
    private readonly runner: AwardJobRunner,
    private readonly access: OrganisationAccess,
    private readonly verifiedEmail: VerifiedEmail,
  ) {}

  async start(
    viewer: Viewer,
    input: StartBulkAwardInput,
  ): Promise<AwardJobObject> {
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
    const emails = cleanBulkEmails(input.emails, 'input.emails');
    const achievement = await this.checks.awardableAchievement(
      viewer,
      input.achievementId,
    );
    await this.verifiedEmail.require(viewer, 'awarding badges');
    await this.checks.requireEvidenceFiles(
      evidence,
      achievement.organisationId,
    );
    const recipients = await this.recipients(
      input.sessionId ?? null,
      emails.valid,
      achievement,
    );
    const total = recipients.length + emails.invalid.length;
    if (total === 0) {
      throw new BadUserInputError(
        'No recipients: the session has no learners marked attended and no e-mail addresses were given; mark attendance or add addresses.',
        'input.emails',
      );
    }
    const request = {
      recipients,
      invalidEmails: emails.invalid,
      asked: {
        sessionId: input.sessionId?.toLowerCase() ?? null,
        emails: emails.valid,
      },
      narrative,
      evidence,
    };
    const { id, created, ...stored } = await this.jobs.insertOrFind({
      achievementId: achievement.id,
      idempotencyKey,
      createdById: viewer.userId,
      request,
      total,
    });
    if (!created) {
      requireSameBulkRequest(stored.request, request, idempotencyKey);
    }
    if (created) {
      this.logger.log(
        `User ${viewer.userId} started award job ${id} (${total})`,
      );
      this.runner.start(id);
    }

    return (await this.jobs.findById(id))!;
  }

  async find(viewer: Viewer, jobId: string): Promise<AwardJobObject> {
    const id = requireUuid(jobId, 'id');
    const job = await this.jobs.findById(id);
    if (job === null) throw new NotFoundError(`Award job ${id} not found.`);
    await this.access.require(viewer, job.organisationId, ALL_ROLES);

    return job;
  }

  /** Attended learners first, then addresses not already among them. */
  private async recipients(
    sessionId: string | null,
    emails: readonly string[],
    achievement: AchievementFacts,
  ): Promise<BulkRecipient[]> {
    const learners =
      sessionId === null
        ? []
        : await this.attendedLearners(sessionId, achievement);
    const seen = new Set(learners.map((learner) => learner.email));
    const byEmail = emails
      .filter((email) => !seen.has(email))
      .map((email) => ({ email, registrationId: null }));

    return [...learners, ...byEmail];
  }

  private async attendedLearners(
    sessionId: string,
    achievement: AchievementFacts,
  ): Promise<BulkRecipient[]> {
    const id = requireUuid(sessionId, 'input.sessionId');
    const organisationId = await this.awards.findSessionOrganisation(id);
    if (organisationId !== achievement.organisationId) {
      throw new BadUserInputError(
        `Session ${id} is not a session of ${achievement.organisationName}; pick one of its own sessions.`,
        'input.sessionId',
      );
    }
    const attended = await this.awards.findAttended(id);

    return attended.map((row) => ({
      email: row.email,
      registrationId: row.id,
    }));
  }
}
