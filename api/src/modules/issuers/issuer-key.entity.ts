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

import { Organisation } from '../organisations/organisation.entity.js';

export enum KeyAlgorithm {
  /** Data Integrity proofs with the `eddsa-rdfc-2022` cryptosuite. */
  ED25519 = 'Ed25519',
  /** VC-JWT with `ES256`. */
  P256 = 'P-256',
}

/**
 * An organisation's signing key pair. Rotation retires a key instead of
 * deleting it, so credentials it signed keep verifying.
 */
@Entity('issuer_keys')
@Index('UQ_issuer_keys_current', ['organisationId', 'algorithm'], {
  unique: true,
  where: 'retired_at IS NULL',
})
export class IssuerKey {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_issuer_keys_organisation_id')
  @ManyToOne(() => Organisation, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation!: Relation<Organisation>;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'enum', enum: KeyAlgorithm, enumName: 'key_algorithm' })
  algorithm!: KeyAlgorithm;

  /** The public key as a JWK (RFC 7517), without any private member. */
  @Column({ name: 'public_jwk', type: 'jsonb' })
  publicJwk!: Record<string, string>;

  /** The public key as a Multikey `publicKeyMultibase` value. */
  @Column({ name: 'public_key_multibase', type: 'text' })
  publicKeyMultibase!: string;

  /**
   * The private key, encrypted with AES-256-GCM under the configured key
   * encryption key, as `v1.<iv>.<tag>.<ciphertext>` in base64url.
   */
  @Column({ name: 'encrypted_private_key', type: 'text' })
  encryptedPrivateKey!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;
}
