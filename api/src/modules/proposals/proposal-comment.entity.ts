import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';

import { User } from '../accounts/user.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Proposal } from './proposal.entity.js';

/** A comment on a proposal, by a person or on behalf of an organisation. */
@Entity('proposal_comments')
@Index('IDX_proposal_comments_proposal', ['proposalId', 'createdAt'])
@Check(
  'CHK_proposal_comments_hidden',
  '(hidden_at IS NULL) = (hidden_reason IS NULL)',
)
export class ProposalComment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Proposal, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal!: Relation<Proposal>;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId!: string;

  @Index('IDX_proposal_comments_author_id')
  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author!: Relation<User>;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  /** The organisation the author replied for; null for a personal comment. */
  @ManyToOne(() => Organisation, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id' })
  organisation!: Relation<Organisation> | null;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt!: Date | null;

  @Column({ name: 'hidden_reason', type: 'text', nullable: true })
  hiddenReason!: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'hidden_by_id' })
  hiddenBy!: Relation<User> | null;

  @Column({ name: 'hidden_by_id', type: 'uuid', nullable: true })
  hiddenById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
