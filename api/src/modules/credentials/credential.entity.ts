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
import { Achievement } from '../achievements/achievement.entity.js';
import { ClaimCode } from '../awards/claim-code.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Registration } from '../registrations/registration.entity.js';
import { StatusList } from './status-list.entity.js';

export enum CredentialType {
  OPEN_BADGE = 'open_badge',
  ENDORSEMENT = 'endorsement',
}

export enum CredentialStatus {
  ACTIVE = 'active',
  SUSPENDED = 'suspended',
  REVOKED = 'revoked',
}

/**
 * A signed credential, issued by an organisation: an `OpenBadgeCredential`
 * for a recipient or an `EndorsementCredential` for an achievement or an
 * organisation. Rows are never deleted; revocation is a status.
 */
@Entity('credentials')
@Index('UQ_credentials_idempotency_key', ['organisationId', 'idempotencyKey'], {
  unique: true,
  where: 'idempotency_key IS NOT NULL',
})
@Index('UQ_credentials_status_index', ['statusListId', 'statusListIndex'], {
  unique: true,
})
@Index(
  'UQ_credentials_achievement_registration',
  ['achievementId', 'registrationId'],
  { unique: true, where: 'registration_id IS NOT NULL' },
)
@Index(
  'UQ_credentials_claim_code_recipient',
  ['claimCodeId', 'recipientUserId'],
  { unique: true, where: 'claim_code_id IS NOT NULL' },
)
@Index('IDX_credentials_recipient_email', ['recipientEmail'], {
  where: 'recipient_email IS NOT NULL',
})
export class Credential {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'enum', enum: CredentialType, enumName: 'credential_type' })
  type!: CredentialType;

  @Index('IDX_credentials_organisation_id')
  @ManyToOne(() => Organisation, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation!: Relation<Organisation>;

  /** The issuer. */
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Index('IDX_credentials_achievement_id')
  @ManyToOne(() => Achievement, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'achievement_id' })
  achievement!: Relation<Achievement> | null;

  /** The badge of an `OpenBadgeCredential`, or the endorsed achievement. */
  @Column({ name: 'achievement_id', type: 'uuid', nullable: true })
  achievementId!: string | null;

  @Index('IDX_credentials_recipient_user_id')
  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recipient_user_id' })
  recipientUser!: Relation<User> | null;

  @Column({ name: 'recipient_user_id', type: 'uuid', nullable: true })
  recipientUserId!: string | null;

  /**
   * Lower-case address the badge was awarded to; it reaches the account
   * that verifies this address.
   */
  @Column({ name: 'recipient_email', type: 'text', nullable: true })
  recipientEmail!: string | null;

  @ManyToOne(() => Organisation, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'endorsed_organisation_id' })
  endorsedOrganisation!: Relation<Organisation> | null;

  /** The organisation an `EndorsementCredential` endorses. */
  @Column({ name: 'endorsed_organisation_id', type: 'uuid', nullable: true })
  endorsedOrganisationId!: string | null;

  @ManyToOne(() => Registration, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'registration_id' })
  registration!: Relation<Registration> | null;

  /** The attendance this badge was awarded for, if any. */
  @Column({ name: 'registration_id', type: 'uuid', nullable: true })
  registrationId!: string | null;

  @ManyToOne(() => ClaimCode, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'claim_code_id' })
  claimCode!: Relation<ClaimCode> | null;

  /** The claim code the recipient redeemed for this badge, if any. */
  @Column({ name: 'claim_code_id', type: 'uuid', nullable: true })
  claimCodeId!: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'issued_by_id' })
  issuedBy!: Relation<User> | null;

  @Column({ name: 'issued_by_id', type: 'uuid', nullable: true })
  issuedById!: string | null;

  /** A retried request with the same key returns this credential. */
  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey!: string | null;

  @Column({ name: 'valid_from', type: 'timestamptz' })
  validFrom!: Date;

  @Column({ name: 'valid_until', type: 'timestamptz', nullable: true })
  validUntil!: Date | null;

  @ManyToOne(() => StatusList, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'status_list_id' })
  statusList!: Relation<StatusList>;

  @Column({ name: 'status_list_id', type: 'uuid' })
  statusListId!: string;

  /** The credential's bit in both the revocation and suspension lists. */
  @Column({ name: 'status_list_index', type: 'integer' })
  statusListIndex!: number;

  /**
   * The credential with its Data Integrity proof, exactly as signed. It is
   * `json`, not `jsonb`, so that reading it back keeps the text and the
   * order of keys (`@context` first) that downloads and baked images show.
   */
  @Column({ type: 'json' })
  document!: Record<string, unknown>;

  /** The same credential as a VC-JWT (compact JWS, ES256). */
  @Column({ type: 'text' })
  jwt!: string;

  @Column({
    type: 'enum',
    enum: CredentialStatus,
    enumName: 'credential_status',
    default: CredentialStatus.ACTIVE,
  })
  status!: CredentialStatus;

  /** When the recipient made the badge and its evidence public. */
  @Column({ name: 'shared_at', type: 'timestamptz', nullable: true })
  sharedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
