import {
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';

import { User } from '../accounts/user.entity.js';
import { Proposal } from './proposal.entity.js';

/** One person's support for a proposal; the key allows one each. */
@Entity('proposal_supports')
export class ProposalSupport {
  @PrimaryColumn({ name: 'proposal_id', type: 'uuid' })
  proposalId!: string;

  @Index('IDX_proposal_supports_user_id')
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => Proposal, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal!: Relation<Proposal>;

  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: Relation<User>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
