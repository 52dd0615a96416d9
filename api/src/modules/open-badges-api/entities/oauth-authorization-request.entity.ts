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
import { OAuthGrant } from './oauth-grant.entity.js';

/**
 * A validated authorization request waiting for the learner's decision,
 * and after approval its authorization code. The code is stored as its
 * SHA-256 digest, is bound to the client, redirect URI, scopes, PKCE
 * challenge and learner, and is exchanged at most once.
 */
@Entity('oauth_authorization_requests')
export class OAuthAuthorizationRequest {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_oauth_authorization_requests_client_id')
  @ManyToOne(() => OAuthClient, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client!: Relation<OAuthClient>;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @Column({ name: 'redirect_uri', type: 'text' })
  redirectUri!: string;

  @Column({ type: 'text', array: true })
  scopes!: string[];

  @Column({ type: 'text' })
  state!: string;

  /** BASE64URL(SHA-256(code_verifier)); only the S256 method is accepted. */
  @Column({ name: 'code_challenge', type: 'text' })
  codeChallenge!: string;

  /**
   * The learner the request is bound to: who started it signed in, else
   * the first learner to open it after signing in; null until then.
   */
  @Index('IDX_oauth_authorization_requests_user_id')
  @ManyToOne(() => User, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: Relation<User> | null;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @Index('UQ_oauth_authorization_requests_code_hash', {
    unique: true,
    where: 'code_hash IS NOT NULL',
  })
  @Column({ name: 'code_hash', type: 'text', nullable: true })
  codeHash!: string | null;

  /** The pending request, and later its code, expire at this time. */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @Column({ name: 'denied_at', type: 'timestamptz', nullable: true })
  deniedAt!: Date | null;

  /** When the code was exchanged for tokens. */
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  /** The grant the code's tokens belong to, revoked if the code is reused. */
  @ManyToOne(() => OAuthGrant, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'grant_id' })
  grant!: Relation<OAuthGrant> | null;

  @Column({ name: 'grant_id', type: 'uuid', nullable: true })
  grantId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
