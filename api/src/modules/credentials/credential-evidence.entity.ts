import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';

import { StoredFile } from '../files/stored-file.entity.js';
import { Credential } from './credential.entity.js';

/**
 * One `Evidence` item of a credential: an uploaded file or a link, with
 * the awarder's narrative for this recipient.
 */
@Entity('credential_evidence')
export class CredentialEvidence {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_credential_evidence_credential_id')
  @ManyToOne(() => Credential, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'credential_id' })
  credential!: Relation<Credential>;

  @Column({ name: 'credential_id', type: 'uuid' })
  credentialId!: string;

  @Column({ type: 'smallint' })
  position!: number;

  @ManyToOne(() => StoredFile, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'file_id' })
  file!: Relation<StoredFile> | null;

  @Column({ name: 'file_id', type: 'uuid', nullable: true })
  fileId!: string | null;

  /** An external link, when the evidence is not an uploaded file. */
  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ type: 'text', nullable: true })
  name!: string | null;

  @Column({ type: 'text', nullable: true })
  narrative!: string | null;
}
