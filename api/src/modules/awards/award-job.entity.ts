import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';

import { User } from '../accounts/user.entity.js';
import { Achievement } from '../achievements/achievement.entity.js';

export enum AwardJobStatus {
  RUNNING = 'running',
  FINISHED = 'finished',
}

/** One failed recipient of a bulk award, with the reason. */
export interface AwardJobFailure {
  recipient: string;
  code: string;
  message: string;
}

/**
 * A bulk award running in the background. Each recipient is issued in its
 * own transaction, so one failure stops nobody else's badge.
 */
@Entity('award_jobs')
@Index('UQ_award_jobs_idempotency_key', ['achievementId', 'idempotencyKey'], {
  unique: true,
})
export class AwardJob {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Achievement, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'achievement_id' })
  achievement!: Relation<Achievement>;

  @Column({ name: 'achievement_id', type: 'uuid' })
  achievementId!: string;

  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey!: string;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy!: Relation<User> | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @Column({ type: 'enum', enum: AwardJobStatus, enumName: 'award_job_status' })
  status!: AwardJobStatus;

  /** The request as received, so a restarted server can finish the job. */
  @Column({ type: 'jsonb' })
  request!: Record<string, unknown>;

  @Column({ type: 'integer' })
  total!: number;

  @Column({ type: 'integer', default: 0 })
  succeeded!: number;

  @Column({ type: 'jsonb', default: '[]' })
  failures!: AwardJobFailure[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
