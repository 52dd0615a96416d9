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
import { Organisation } from './organisation.entity.js';
import { OrganisationRole } from './organisation-member.entity.js';

/** An e-mailed invitation to join an organisation with a role. */
@Entity('organisation_invitations')
export class OrganisationInvitation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_organisation_invitations_organisation_id')
  @ManyToOne(() => Organisation, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation!: Relation<Organisation>;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  /** Lower case, like `users.email`. */
  @Column({ type: 'text' })
  email!: string;

  @Column({
    type: 'enum',
    enum: OrganisationRole,
    enumName: 'organisation_role',
  })
  role!: OrganisationRole;

  /** SHA-256 digest of the token in the invitation link. */
  @Index('UQ_organisation_invitations_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by_id' })
  invitedBy!: Relation<User> | null;

  @Column({ name: 'invited_by_id', type: 'uuid', nullable: true })
  invitedById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  /** Set when an owner withdraws the invitation before it is accepted. */
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
