import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';

import { User } from '../accounts/user.entity.js';

/** The way a badge from elsewhere reached the backpack. */
export enum ImportSource {
  PNG = 'png',
  SVG = 'svg',
  JSON = 'json',
  JWT = 'jwt',
  URL = 'url',
  /** Written by another platform through the Open Badges 3.0 REST API. */
  API = 'api',
}

export enum ImportedSpecVersion {
  OB2 = 'ob2',
  OB3 = 'ob3',
}

/** The result of the latest verification of an imported badge. */
export enum ImportedCredentialStatus {
  VALID = 'valid',
  EXPIRED = 'expired',
  REVOKED = 'revoked',
  SUSPENDED = 'suspended',
  /** Verification failed or could not finish; `failureReason` gives the cause. */
  UNVERIFIABLE = 'unverifiable',
}

/**
 * A badge issued elsewhere and added to a learner's backpack. The imported
 * text is kept as received, so the badge can be verified again later and
 * exported unchanged; the other columns are read from it for lists,
 * filters and pathway progress.
 */
@Entity('imported_credentials')
@Index('UQ_imported_credentials_user_credential', ['userId', 'credentialUri'], {
  unique: true,
  where: 'credential_uri IS NOT NULL',
})
@Index('IDX_imported_credentials_achievement_uri', ['achievementUri'], {
  where: 'achievement_uri IS NOT NULL',
})
export class ImportedCredential {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_imported_credentials_user_id')
  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: Relation<User>;

  /** The learner whose backpack contains the badge. */
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({
    type: 'enum',
    enum: ImportSource,
    enumName: 'import_source',
  })
  source!: ImportSource;

  /** The URL given for a hosted Open Badges 2.0 assertion. */
  @Column({ name: 'source_url', type: 'text', nullable: true })
  sourceUrl!: string | null;

  /** Null when the text could not be read as either version. */
  @Column({
    name: 'spec_version',
    type: 'enum',
    enum: ImportedSpecVersion,
    enumName: 'imported_spec_version',
    nullable: true,
  })
  specVersion!: ImportedSpecVersion | null;

  /** The credential text as received: JSON, a VC-JWT or an OB 2.0 JWS. */
  @Column({ name: 'raw_text', type: 'text' })
  rawText!: string;

  /** The credential or assertion read from `rawText`, when it parsed. */
  @Column({ type: 'json', nullable: true })
  document!: unknown;

  /** The credential's `id` (OB 3.0) or the assertion's `id` (OB 2.0). */
  @Column({ name: 'credential_uri', type: 'text', nullable: true })
  credentialUri!: string | null;

  /** The Achievement `id` (OB 3.0) or BadgeClass `id` (OB 2.0). */
  @Column({ name: 'achievement_uri', type: 'text', nullable: true })
  achievementUri!: string | null;

  @Column({ name: 'achievement_name', type: 'text', nullable: true })
  achievementName!: string | null;

  @Column({ name: 'achievement_description', type: 'text', nullable: true })
  achievementDescription!: string | null;

  @Column({ name: 'issuer_uri', type: 'text', nullable: true })
  issuerUri!: string | null;

  @Column({ name: 'issuer_name', type: 'text', nullable: true })
  issuerName!: string | null;

  /** `validFrom` (OB 3.0) or `issuedOn` (OB 2.0). */
  @Column({ name: 'issued_at', type: 'timestamptz', nullable: true })
  issuedAt!: Date | null;

  /** `validUntil` (OB 3.0) or `expires` (OB 2.0). */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  /** Badge image bytes: the baked file itself, or the image it names. */
  @Column({ name: 'image_data', type: 'bytea', nullable: true })
  imageData!: Buffer | null;

  @Column({ name: 'image_content_type', type: 'text', nullable: true })
  imageContentType!: string | null;

  /** SDG numbers read from the achievement's alignments. */
  @Column({
    name: 'sdg_numbers',
    type: 'smallint',
    array: true,
    default: () => "'{}'",
  })
  sdgNumbers!: number[];

  /** WEF skill ids read from the achievement's alignments. */
  @Column({
    name: 'skill_ids',
    type: 'text',
    array: true,
    default: () => "'{}'",
  })
  skillIds!: string[];

  @Column({
    type: 'enum',
    enum: ImportedCredentialStatus,
    enumName: 'imported_credential_status',
  })
  status!: ImportedCredentialStatus;

  /** Each check of the latest verification, as the verifier reported it. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  checks!: unknown;

  /** The reason the badge is not valid, in words a learner can act on. */
  @Column({ name: 'failure_reason', type: 'text', nullable: true })
  failureReason!: string | null;

  @Column({ name: 'verified_at', type: 'timestamptz' })
  verifiedAt!: Date;

  /** Set while the learner shows the badge publicly. */
  @Column({ name: 'shared_at', type: 'timestamptz', nullable: true })
  sharedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
