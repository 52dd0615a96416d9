import { createHash } from 'node:crypto';

import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';

import { DomainError, ErrorCode } from '../../common/errors/domain-error.js';
import { AwardService } from './award.service.js';
import { AwardChecks } from './award-checks.service.js';
import { AwardIssuing, type AwardPlan } from './award-issuing.service.js';
import type { AwardJobFailure } from './award-job.entity.js';
import {
  AwardJobsRepository,
  type BulkRecipient,
  type StoredJob,
} from './award-jobs.repository.js';
import {
  type AchievementFacts,
  AwardsRepository,
} from './awards.repository.js';

/** Progress is written after this many recipients, or this long. */
const SAVE_EVERY_RECIPIENTS = 25;
const SAVE_EVERY_MS = 1000;

/**
 * Works through bulk award jobs in this process, one recipient per
 * transaction. Each recipient's idempotency key comes from the job and the
 * recipient, so a job resumed after a restart returns the credentials it
 * had already issued instead of issuing them again.
 */
@Injectable()
export class AwardJobRunner implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(AwardJobRunner.name);
  private readonly running = new Map<string, Promise<void>>();
  private stopping = false;

  constructor(
    private readonly jobs: AwardJobsRepository,
    private readonly awards: AwardsRepository,
    private readonly checks: AwardChecks,
    private readonly issuing: AwardIssuing,
    private readonly awardService: AwardService,
  ) {}

  /** Resumes unfinished jobs once the app is up, without delaying start-up. */
  onApplicationBootstrap(): void {
    setImmediate(() => {
      this.resumeRunning().catch((error: unknown) =>
        this.logger.error(`Could not resume award jobs: ${String(error)}`),
      );
    });
  }

  /** Lets the current recipient finish, then stops; the job resumes later. */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled(this.running.values());
  }

  start(jobId: string): void {
    if (this.stopping || this.running.has(jobId)) return;
    const run = this.run(jobId)
      .catch((error: unknown) =>
        this.logger.error(`Award job ${jobId} stopped: ${String(error)}`),
      )
      .finally(() => this.running.delete(jobId));
    this.running.set(jobId, run);
  }

  private async resumeRunning(): Promise<void> {
    const ids = await this.jobs.findRunningIds();
    if (ids.length > 0)
      this.logger.log(`Resuming award jobs ${ids.join(', ')}`);
    for (const id of ids) this.start(id);
  }

  private async run(jobId: string): Promise<void> {
    const job = await this.jobs.findStored(jobId);
    if (job === null || job.status !== 'running') return;
    const achievement = await this.awards.findAchievement(job.achievementId);
    const progress = new JobProgress(
      job.request.invalidEmails.map(invalidEmailFailure),
    );
    for (const recipient of job.request.recipients) {
      if (this.stopping) return;
      await this.awardOne(job, achievement!, recipient, progress);
      if (progress.due()) await this.save(job.id, progress, false);
    }
    await this.save(job.id, progress, true);
    this.logger.log(
      `Award job ${job.id} finished: ${progress.succeeded} issued, ${progress.failures.length} failed`,
    );
  }

  private async awardOne(
    job: StoredJob,
    achievement: AchievementFacts,
    recipient: BulkRecipient,
    progress: JobProgress,
  ): Promise<void> {
    try {
      const plan = await this.planFor(job, achievement, recipient);
      const outcome = await this.issuing.issue(plan);
      if (outcome.created) await this.awardService.notify(plan, outcome);
      progress.succeeded += 1;
    } catch (error) {
      progress.failures.push(this.failureOf(job, recipient, error));
    }
  }

  private async planFor(
    job: StoredJob,
    achievement: AchievementFacts,
    recipient: BulkRecipient,
  ): Promise<AwardPlan> {
    const resolved =
      recipient.registrationId === null
        ? await this.checks.emailRecipient(recipient.email)
        : await this.checks.registrationRecipient(
            recipient.registrationId,
            achievement,
          );

    return {
      achievement,
      recipient: resolved,
      narrative: job.request.narrative,
      evidence: job.request.evidence,
      idempotencyKey: recipientKey(job.id, recipient),
      issuedById: job.createdById,
    };
  }

  private failureOf(
    job: StoredJob,
    recipient: BulkRecipient,
    error: unknown,
  ): AwardJobFailure {
    if (error instanceof DomainError) {
      const code =
        error.code === ErrorCode.Conflict
          ? 'ALREADY_AWARDED'
          : error.code === ErrorCode.BadUserInput
            ? 'NOT_ATTENDED'
            : error.code;

      return { recipient: recipient.email, code, message: error.message };
    }
    this.logger.error(
      `Award job ${job.id} could not issue to ${recipient.registrationId ?? 'an e-mail recipient'}: ${String(error)}`,
    );

    return {
      recipient: recipient.email,
      code: 'ISSUE_FAILED',
      message: 'The badge could not be issued; start the award again later.',
    };
  }

  private async save(
    jobId: string,
    progress: JobProgress,
    finished: boolean,
  ): Promise<void> {
    await this.jobs.saveProgress(
      jobId,
      progress.succeeded,
      progress.failures,
      finished,
    );
    progress.saved();
  }
}

/** Counts kept in memory and written in batches. */
class JobProgress {
  succeeded = 0;
  private savedAt = Date.now();
  private sinceSave = 0;

  constructor(readonly failures: AwardJobFailure[]) {}

  due(): boolean {
    this.sinceSave += 1;

    return (
      this.sinceSave >= SAVE_EVERY_RECIPIENTS ||
      Date.now() - this.savedAt >= SAVE_EVERY_MS
    );
  }

  saved(): void {
    this.savedAt = Date.now();
    this.sinceSave = 0;
  }
}

function invalidEmailFailure(email: string): AwardJobFailure {
  return {
    recipient: email,
    code: 'INVALID_EMAIL',
    message: `"${email}" is not a valid e-mail address; expected the form name@example.org.`,
  };
}

/** Derives the idempotency key of one recipient of a job (74 characters). */
export function recipientKey(jobId: string, recipient: BulkRecipient): string {
  const who = recipient.registrationId ?? recipient.email;
  const digest = createHash('sha256').update(who).digest('base64url');

  return `bulk:${jobId}:${digest.slice(0, 32)}`;
}
