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

import { User } from '../../accounts/user.entity.js';
import { OAuthClient } from './oauth-client.entity.js';

/**
 * A learner's consent that a client may act for them with some scopes.
 * Revoking it ends every token issued under it at once, because tokens
 * are valid only while their grant is. One grant per learner and client
 * is active; approving again adds scopes to it.
 */
@Entity('oauth_grants')
@Index('UQ_oauth_grants_active_user_client', ['userId', 'clientId'], {
  unique: true,
  where: 'revoked_at IS NULL',
})
export class OAuthGrant {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_oauth_grants_user_id')
  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: Relation<User>;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Index('IDX_oauth_grants_client_id')
  @ManyToOne(() => OAuthClient, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client!: Relation<OAuthClient>;

  /** The `oauth_clients.id` (not the public `client_id`). */
  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @Column({ type: 'text', array: true })
  scopes!: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
