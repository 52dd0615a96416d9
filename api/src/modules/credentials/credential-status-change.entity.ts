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
import { Credential, CredentialStatus } from './credential.entity.js';

/** One revocation, suspension or reinstatement, kept for good. */
@Entity('credential_status_changes')
export class CredentialStatusChange {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Index('IDX_credential_status_changes_credential_id')
  @ManyToOne(() => Credential, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'credential_id' })
  credential!: Relation<Credential>;

  @Column({ name: 'credential_id', type: 'uuid' })
  credentialId!: string;

  /** The status the credential has from this change on. */
  @Column({
    type: 'enum',
    enum: CredentialStatus,
    enumName: 'credential_status',
  })
  status!: CredentialStatus;

  @Column({ type: 'text' })
  reason!: string;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor!: Relation<User> | null;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
