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
import { Organisation } from '../organisations/organisation.entity.js';

/** One recorded change: who did what to which record, and when. */
@Entity('audit_log')
@Index('IDX_audit_log_subject', ['subjectType', 'subjectId', 'createdAt'])
export class AuditEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  /** Null once the acting account is deleted; the entry itself stays. */
  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor!: Relation<User> | null;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Index('IDX_audit_log_organisation_id')
  @ManyToOne(() => Organisation, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id' })
  organisation!: Relation<Organisation> | null;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  /** The kind of record changed, such as `opportunity` or `organisation`. */
  @Column({ name: 'subject_type', type: 'text' })
  subjectType!: string;

  @Column({ name: 'subject_id', type: 'text' })
  subjectId!: string;

  /** A verb such as `create`, `update`, `publish`, `approve` or `reject`. */
  @Column({ type: 'text' })
  action!: string;

  /** Changed fields as `{ field: { from, to } }`, plus a reason if given. */
  @Column({ type: 'jsonb', default: {} })
  changes!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
