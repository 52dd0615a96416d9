import type { MultiPolygon } from 'geojson';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
