import type { MultiPolygon } from 'geojson';
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

import { User } from '../accounts/user.entity.js';

export enum OrganisationKind {
  PROVIDER = 'provider',
  COUNCIL = 'council',
  EMPLOYER = 'employer',
}

@Entity('organisations')
@Check('CHK_organisations_area_council', `kind = 'council' OR area IS NULL`)
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Index('UQ_organisations_slug', { unique: true })
  @Column({ type: 'text' })
  slug!: string;

  @Column({
    type: 'enum',
    enum: OrganisationKind,
    enumName: 'organisation_kind',
  })
  kind!: OrganisationKind;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  /** A council's area, which decides the listings it moderates. */
  @Index('IDX_organisations_area', { spatial: true })
  @Column({
    type: 'geometry',
    spatialFeatureType: 'MultiPolygon',
    srid: 4326,
    nullable: true,
  })
  area!: MultiPolygon | null;

  /**
   * Time a platform administrator confirmed the organisation's identity.
   * A council moderates only while this is set.
   */
  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt!: Date | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'verified_by_id' })
  verifiedBy!: Relation<User> | null;

  @Column({ name: 'verified_by_id', type: 'uuid', nullable: true })
  verifiedById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
