import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * An application registered through OAuth 2.0 Dynamic Client Registration
 * (RFC 7591). The metadata is kept as registered, so the consent page can
 * show it to the learner.
 */
@Entity('oauth_clients')
export class OAuthClient {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The public `client_id`, random and unrelated to `id`. */
  @Index('UQ_oauth_clients_client_id', { unique: true })
  @Column({ name: 'client_id', type: 'text' })
  clientId!: string;

  /** SHA-256 of the `client_secret`; null for a public client. */
  @Column({ name: 'client_secret_hash', type: 'text', nullable: true })
  clientSecretHash!: string | null;

  /** `client_secret_basic`, `client_secret_post` or `none`. */
  @Column({ name: 'token_endpoint_auth_method', type: 'text' })
  tokenEndpointAuthMethod!: string;

  @Column({ name: 'client_name', type: 'text' })
  clientName!: string;

  @Column({ name: 'client_uri', type: 'text' })
  clientUri!: string;

  @Column({ name: 'logo_uri', type: 'text' })
  logoUri!: string;

  @Column({ name: 'tos_uri', type: 'text' })
  tosUri!: string;

  @Column({ name: 'policy_uri', type: 'text' })
  policyUri!: string;

  @Column({ name: 'software_id', type: 'text' })
  softwareId!: string;

  @Column({ name: 'software_version', type: 'text' })
  softwareVersion!: string;

  /** Compared with `redirect_uri` by exact string match. */
  @Column({ name: 'redirect_uris', type: 'text', array: true })
  redirectUris!: string[];

  /** The scopes the client may request. */
  @Column({ type: 'text', array: true })
  scopes!: string[];

  @Column({ name: 'grant_types', type: 'text', array: true })
  grantTypes!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  contacts!: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
