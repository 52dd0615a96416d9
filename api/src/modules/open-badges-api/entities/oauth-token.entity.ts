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

import { OAuthGrant } from './oauth-grant.entity.js';

export enum OAuthTokenKind {
  ACCESS = 'access',
  REFRESH = 'refresh',
}

/**
 * An access or refresh token, stored as its SHA-256 digest. It is valid
 * until it expires or is revoked, and only while its grant is active.
 */
@Entity('oauth_tokens')
export class OAuthToken {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_oauth_tokens_grant_id')
  @ManyToOne(() => OAuthGrant, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'grant_id' })
  grant!: Relation<OAuthGrant>;

  @Column({ name: 'grant_id', type: 'uuid' })
  grantId!: string;

  @Column({
    type: 'enum',
    enum: OAuthTokenKind,
    enumName: 'oauth_token_kind',
  })
  kind!: OAuthTokenKind;

  @Index('UQ_oauth_tokens_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @Column({ type: 'text', array: true })
  scopes!: string[];

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
