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
import { Proposal } from './proposal.entity.js';
import { ProposalComment } from './proposal-comment.entity.js';

/**
 * A signed-in person's report of a proposal or, when `comment_id` is set,
 * of one of its comments. Open until a moderator hides, unhides or
 * dismisses the content it names.
 */
@Entity('proposal_reports')
@Index('IDX_proposal_reports_open', ['proposalId', 'resolvedAt'])
export class ProposalReport {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Proposal, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal!: Relation<Proposal>;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId!: string;

  @Index('IDX_proposal_reports_comment_id')
  @ManyToOne(() => ProposalComment, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id' })
  comment!: Relation<ProposalComment> | null;

  @Column({ name: 'comment_id', type: 'uuid', nullable: true })
  commentId!: string | null;

  @Index('IDX_proposal_reports_reporter_id')
  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reporter_id' })
  reporter!: Relation<User>;

  @Column({ name: 'reporter_id', type: 'uuid' })
  reporterId!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
