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

import { Organisation } from '../organisations/organisation.entity.js';

/**
 * A pair of W3C Bitstring Status Lists (revocation and suspension) of one
 * issuer. A credential takes the same index in both.
 */
@Entity('status_lists')
export class StatusList {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_status_lists_organisation_id')
  @ManyToOne(() => Organisation, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation!: Relation<Organisation>;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  /** Bits in each list; 131,072 (16 KiB) is the minimum for privacy. */
  @Column({ type: 'integer' })
  length!: number;

  /** The index the next credential takes; the list is full at `length`. */
  @Column({ name: 'next_index', type: 'integer', default: 0 })
  nextIndex!: number;

  /** Raised on every status change, so caches of the signed list expire. */
  @Column({ type: 'integer', default: 0 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
