import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';

import { User } from '../accounts/user.entity.js';
import { Opportunity } from '../opportunities/opportunity.entity.js';
import { Proposal } from './proposal.entity.js';

/** Credits a proposal for a listing that a provider made from it. */
@Entity('proposal_listings')
export class ProposalListing {
  /** A listing credits at most one proposal. */
  @PrimaryColumn({ name: 'opportunity_id', type: 'uuid' })
  opportunityId!: string;

  @OneToOne(() => Opportunity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'opportunity_id' })
  opportunity!: Relation<Opportunity>;

  @Index('IDX_proposal_listings_proposal_id')
  @ManyToOne(() => Proposal, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal!: Relation<Proposal>;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId!: string;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy!: Relation<User> | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
