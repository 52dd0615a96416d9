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

export enum StoredFilePurpose {
  ACHIEVEMENT_IMAGE = 'achievement_image',
  EVIDENCE = 'evidence',
}

/**
 * An uploaded file. The bytes live in the file storage under `storageKey`;
 * this row records what the content was checked to be and its digest.
 */
@Entity('stored_files')
export class StoredFile {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_stored_files_organisation_id')
  @ManyToOne(() => Organisation, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation!: Relation<Organisation>;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'uploaded_by_id' })
  uploadedBy!: Relation<User> | null;

  @Column({ name: 'uploaded_by_id', type: 'uuid', nullable: true })
  uploadedById!: string | null;

  @Column({
    type: 'enum',
    enum: StoredFilePurpose,
    enumName: 'stored_file_purpose',
  })
  purpose!: StoredFilePurpose;

  /** Where the storage keeps the bytes; never derived from the upload's name. */
  @Column({ name: 'storage_key', type: 'text', unique: true })
  storageKey!: string;

  /** Media type found by reading the content, not the name or header. */
  @Column({ name: 'content_type', type: 'text' })
  contentType!: string;

  @Column({ name: 'byte_size', type: 'integer' })
  byteSize!: number;

  /** Lower-case hex SHA-256 of the stored bytes. */
  @Column({ type: 'text' })
  sha256!: string;

  /** The uploader's file name, for display and downloads only. */
  @Column({ name: 'original_name', type: 'text' })
  originalName!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
