import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';

import { User } from '../accounts/user.entity.js';
import { Organisation } from './organisation.entity.js';

/**
 * A council's approval of a provider. A provider's listings inside the
 * area of a council that approved it are published without moderation.
 */
@Entity('provider_approvals')
export class ProviderApproval {
  @PrimaryColumn({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @Index('IDX_provider_approvals_council_id')
  @PrimaryColumn({ name: 'council_id', type: 'uuid' })
  councilId!: string;

  @ManyToOne(() => Organisation, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'provider_id' })
  provider!: Relation<Organisation>;

  @ManyToOne(() => Organisation, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'council_id' })
  council!: Relation<Organisation>;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'approved_by_id' })
  approvedBy!: Relation<User> | null;

  @Column({ name: 'approved_by_id', type: 'uuid', nullable: true })
  approvedById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
