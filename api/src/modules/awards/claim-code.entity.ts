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
import { OpportunitySession } from '../opportunities/opportunity-session.entity.js';

/**
 * A code shown at an event (as text or a QR code) that learners redeem
 * into their account for a badge, once each.
 */
@Entity('claim_codes')
export class ClaimCode {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_claim_codes_achievement_id')
  @ManyToOne(() => Achievement, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'achievement_id' })
  achievement!: Relation<Achievement>;

  @Column({ name: 'achievement_id', type: 'uuid' })
  achievementId!: string;

  @ManyToOne(() => OpportunitySession, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'session_id' })
  session!: Relation<OpportunitySession> | null;

  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId!: string | null;

  /** Upper-case letters and digits that a person can read out and type. */
  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  /** Null means no limit other than one per learner. */
  @Column({ name: 'max_redemptions', type: 'integer', nullable: true })
  maxRedemptions!: number | null;

  @Column({ name: 'redemption_count', type: 'integer', default: 0 })
  redemptionCount!: number;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy!: Relation<User> | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
