import type { Point } from 'geojson';
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
import { Organisation } from '../organisations/organisation.entity.js';
import { Place } from '../places/place.entity.js';

export enum SkillNeedStatus {
  OPEN = 'open',
  CLOSED = 'closed',
}

/**
 * Skills an employer needs at a place: the map shows it as its own layer,
 * and matching finds the opportunities and pathways within `radius_m`
 * that build the skills.
 */
@Entity('skill_needs')
@Check('CHK_skill_needs_skills', `cardinality(skill_ids) >= 1`)
@Check('CHK_skill_needs_radius', `radius_m BETWEEN 5000 AND 200000`)
@Check('CHK_skill_needs_openings', `openings BETWEEN 1 AND 10000`)
@Index('IDX_skill_needs_location_geometry', { synchronize: false })
export class SkillNeed {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_skill_needs_employer_id')
  @ManyToOne(() => Organisation, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employer_id' })
  employer!: Relation<Organisation>;

  @Column({ name: 'employer_id', type: 'uuid' })
  employerId!: string;

  @Column({ type: 'text' })
  title!: string;

  /** Markdown source; the web app renders it with raw HTML disabled. */
  @Column({ type: 'text', default: '' })
  description!: string;

  /** WEF skill ids from `skills`; at least one. */
  @Column({ name: 'skill_ids', type: 'text', array: true })
  skillIds!: string[];

  /** ESCO skill URIs, such as `http://data.europa.eu/esco/skill/<uuid>`. */
  @Column({
    name: 'esco_skill_uris',
    type: 'text',
    array: true,
    default: () => "'{}'",
  })
  escoSkillUris!: string[];

  /** The workplace, or the centre of the area where the work is. */
  @Index('IDX_skill_needs_location', { spatial: true })
  @Column({ type: 'geography', spatialFeatureType: 'Point', srid: 4326 })
  location!: Point;

  @ManyToOne(() => Place, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'place_id' })
  place!: Relation<Place> | null;

  /** The gazetteer place nearest `location`. */
  @Column({ name: 'place_id', type: 'integer', nullable: true })
  placeId!: number | null;

  /** Metres from `location` within which learning counts as local. */
  @Column({ name: 'radius_m', type: 'integer' })
  radiusM!: number;

  @Column({ type: 'integer' })
  openings!: number;

  /** The last day applications are taken, in the employer's calendar. */
  @Column({ name: 'closes_on', type: 'date' })
  closesOn!: string;

  /** An https link, or a mailto: address, where learners apply. */
  @Column({ name: 'apply_url', type: 'text' })
  applyUrl!: string;

  @Index('IDX_skill_needs_status')
  @Column({
    type: 'enum',
    enum: SkillNeedStatus,
    enumName: 'skill_need_status',
    default: SkillNeedStatus.OPEN,
  })
  status!: SkillNeedStatus;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy!: Relation<User> | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
