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
import { Place } from '../places/place.entity.js';

export enum ProposalKind {
  OPPORTUNITY = 'opportunity',
  PATHWAY = 'pathway',
}

export enum ProposalStatus {
  OPEN = 'open',
  /** A provider turned it into at least one draft listing. */
  TAKEN_UP = 'taken_up',
  WITHDRAWN = 'withdrawn',
}

/** An opportunity or pathway idea that a learner puts forward at a place. */
@Entity('proposals')
// An expression index on `location::geometry`, made by the migration, so
// that bounding-box searches use an index too.
@Index('IDX_proposals_location_geometry', { synchronize: false })
@Check('CHK_proposals_hidden', '(hidden_at IS NULL) = (hidden_reason IS NULL)')
export class Proposal {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_proposals_author_id')
  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author!: Relation<User>;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @Column({ type: 'enum', enum: ProposalKind, enumName: 'proposal_kind' })
  kind!: ProposalKind;

  @Column({ type: 'text' })
  title!: string;

  /** Plain text or Markdown; the web app renders it with raw HTML disabled. */
  @Column({ type: 'text', default: '' })
  description!: string;

  /** Rounded to 0.001° (about 100 m) before it is stored. */
  @Index('IDX_proposals_location', { spatial: true })
  @Column({ type: 'geography', spatialFeatureType: 'Point', srid: 4326 })
  location!: Point;

  /** The gazetteer place chosen, or the one nearest the point. */
  @ManyToOne(() => Place, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'place_id' })
  place!: Relation<Place> | null;

  @Column({ name: 'place_id', type: 'integer', nullable: true })
  placeId!: number | null;

  @Column({ name: 'place_name', type: 'text', nullable: true })
  placeName!: string | null;

  @Column({
    name: 'sdg_numbers',
    type: 'smallint',
    array: true,
    default: () => "'{}'",
  })
  sdgNumbers!: number[];

  @Column({
    name: 'skill_ids',
    type: 'text',
    array: true,
    default: () => "'{}'",
  })
  skillIds!: string[];

  @Index('IDX_proposals_status')
  @Column({
    type: 'enum',
    enum: ProposalStatus,
    enumName: 'proposal_status',
    default: ProposalStatus.OPEN,
  })
  status!: ProposalStatus;

  /** Set while a moderator hides it; only its author and moderators see it then. */
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt!: Date | null;

  @Column({ name: 'hidden_reason', type: 'text', nullable: true })
  hiddenReason!: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'hidden_by_id' })
  hiddenBy!: Relation<User> | null;

  @Column({ name: 'hidden_by_id', type: 'uuid', nullable: true })
  hiddenById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
