import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { AwardJobFailure } from './award-job.entity.js';
import type { AwardJobObject } from './dto/award-job.type.js';

/** One recipient of a bulk award, fixed when the job starts. */
export interface BulkRecipient {
  email: string;
  /** Set for learners found through the session's attendance. */
  registrationId: string | null;
}

/** The stored request of a job, so that a restarted server can finish it. */
export interface BulkRequest {
  recipients: BulkRecipient[];
  /** Addresses that failed the syntax check, reported as failures. */
  invalidEmails: string[];
  /** The session and valid addresses as given, to compare a retry with. */
  asked?: { sessionId: string | null; emails: string[] };
  narrative: string | null;
  evidence: {
    fileId?: string;
    url?: string;
    name: string | null;
    narrative: string | null;
  }[];
}

export interface StoredJob {
  id: string;
  achievementId: string;
  createdById: string | null;
  status: string;
  request: BulkRequest;
}

export interface NewJob {
  achievementId: string;
  idempotencyKey: string;
  createdById: string;
  request: BulkRequest;
  total: number;
}

const SELECT_JOB = `
  SELECT j.id, j.status, j.total, j.succeeded,
         jsonb_array_length(j.failures) AS failed, j.failures,
         j.created_at AS "createdAt", j.finished_at AS "finishedAt",
         j.achievement_id AS "achievementId",
         a.organisation_id AS "organisationId"
    FROM award_jobs j JOIN achievements a ON a.id = j.achievement_id`;

/** SQL for bulk award jobs. */
@Injectable()
export class AwardJobsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts the job unless its key exists; returns the job's id either way. */
  async insertOrFind(
    job: NewJob,
  ): Promise<{ id: string; created: boolean; request: BulkRequest }> {
    const inserted: { id: string }[] = await this.dataSource.query(
      `INSERT INTO award_jobs (achievement_id, idempotency_key, created_by_id,
         status, request, total)
       VALUES ($1, $2, $3, 'running', $4, $5)
       ON CONFLICT (achievement_id, idempotency_key) DO NOTHING
       RETURNING id`,
      [
        job.achievementId,
        job.idempotencyKey,
        job.createdById,
        JSON.stringify(job.request),
        job.total,
      ],
    );
    if (inserted[0] !== undefined) {
      return { id: inserted[0].id, created: true, request: job.request };
    }
    const found: { id: string; request: BulkRequest }[] =
      await this.dataSource.query(
        `SELECT id, request FROM award_jobs
          WHERE achievement_id = $1 AND idempotency_key = $2`,
        [job.achievementId, job.idempotencyKey],
      );

    return { ...found[0]!, created: false };
  }

  async findById(id: string): Promise<AwardJobObject | null> {
    const rows: AwardJobObject[] = await this.dataSource.query(
      `${SELECT_JOB} WHERE j.id = $1`,
      [id],
    );

    return rows[0] ?? null;
  }

  async findStored(id: string): Promise<StoredJob | null> {
    const rows: StoredJob[] = await this.dataSource.query(
      `SELECT id, achievement_id AS "achievementId",
              created_by_id AS "createdById", status::text AS status, request
         FROM award_jobs WHERE id = $1`,
      [id],
    );

    return rows[0] ?? null;
  }

  async findRunningIds(): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      "SELECT id FROM award_jobs WHERE status = 'running' ORDER BY created_at",
    );

    return rows.map((row) => row.id);
  }

  async saveProgress(
    id: string,
    succeeded: number,
    failures: readonly AwardJobFailure[],
    finished: boolean,
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE award_jobs
          SET succeeded = $2, failures = $3,
              status = CASE WHEN $4 THEN 'finished' ELSE status END,
              finished_at = CASE WHEN $4 THEN now() ELSE finished_at END
        WHERE id = $1`,
      [id, succeeded, JSON.stringify(failures), finished],
    );
  }
}
