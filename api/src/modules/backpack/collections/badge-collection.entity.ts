import {
  Check,
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

import { User } from '../../accounts/user.entity.js';
import { ImportedCredential } from '../../badge-imports/imported-credential.entity.js';
import { Credential } from '../../credentials/credential.entity.js';

/**
 * A named, ordered set of a learner's badges. It is public while it has a
 * share token. Turning sharing off clears the token and replacing the link
 * stores a new one, so an old link stops working at once.
 */
@Entity('badge_collections')
export class BadgeCollection {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_badge_collections_user_id')
  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: Relation<User>;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  /** 256 random bits in base64url; null while the collection is private. */
  @Index('UQ_badge_collections_share_token', { unique: true })
  @Column({ name: 'share_token', type: 'text', nullable: true })
  shareToken!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** One badge in a collection: issued here or imported, never both. */
@Entity('badge_collection_items')
@Check(
  'CHK_badge_collection_items_one_badge',
  `(credential_id IS NULL) <> (imported_credential_id IS NULL)`,
)
@Index(
  'UQ_badge_collection_items_credential',
  ['collectionId', 'credentialId'],
  { unique: true, where: 'credential_id IS NOT NULL' },
)
@Index(
  'UQ_badge_collection_items_imported',
  ['collectionId', 'importedCredentialId'],
  { unique: true, where: 'imported_credential_id IS NOT NULL' },
)
@Index('IDX_badge_collection_items_position', ['collectionId', 'position'])
export class BadgeCollectionItem {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => BadgeCollection, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'collection_id' })
  collection!: Relation<BadgeCollection>;

  @Column({ name: 'collection_id', type: 'uuid' })
  collectionId!: string;

  @Index('IDX_badge_collection_items_credential_id')
  @ManyToOne(() => Credential, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'credential_id' })
  credential!: Relation<Credential> | null;

  @Column({ name: 'credential_id', type: 'uuid', nullable: true })
  credentialId!: string | null;

  @Index('IDX_badge_collection_items_imported_credential_id')
  @ManyToOne(() => ImportedCredential, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'imported_credential_id' })
  importedCredential!: Relation<ImportedCredential> | null;

  @Column({ name: 'imported_credential_id', type: 'uuid', nullable: true })
  importedCredentialId!: string | null;

  /** 0-based place in the collection. */
  @Column({ type: 'integer' })
  position!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
