import type { Point } from 'geojson';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';

import { User } from '../accounts/user.entity.js';
import { Achievement } from '../achievements/achievement.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Place } from '../places/place.entity.js';
import { Sdg } from '../reference-data/sdg.entity.js';
import { Skill } from '../reference-data/skill.entity.js';
import { OpportunitySession } from './opportunity-session.entity.js';

export enum OpportunityKind {
  WORKSHOP = 'workshop',
  MENTORING = 'mentoring',
  WORK_EXPERIENCE = 'work_experience',
  EVENT = 'event',
  COURSE = 'course',
  VOLUNTEERING = 'volunteering',
  YOUTH_CAFE = 'youth_cafe',
}

export enum OpportunityMode {
  IN_PERSON = 'in_person',
  ONLINE = 'online',
  HYBRID = 'hybrid',
}

/**
 * The groups of OpenActive's accessibility-support vocabulary
 * (https://openactive.io/accessibility-support) that a listing supports.
 */
export enum AccessibilitySupport {
  VISUAL_IMPAIRMENT = 'visual_impairment',
  HEARING_IMPAIRMENT = 'hearing_impairment',
  PHYSICAL_IMPAIRMENT = 'physical_impairment',
  LEARNING_IMPAIRMENT = 'learning_impairment',
  MENTAL_HEALTH = 'mental_health',
  SOCIAL_OR_BEHAVIOURAL = 'social_or_behavioural',
}

export enum OpportunityStatus {
  DRAFT = 'draft',
  PENDING = 'pending',
  PUBLISHED = 'published',
  REJECTED = 'rejected',
  ARCHIVED = 'archived',
}

/** The weighted text that full-text search matches: title, then summary, then description. */
export const SEARCH_VECTOR_SQL =
  "setweight(to_tsvector('english'::regconfig, title), 'A') || " +
  "setweight(to_tsvector('english'::regconfig, summary), 'B') || " +
  "setweight(to_tsvector('english'::regconfig, description), 'C')";

@Entity('opportunities')
@Check(
  'CHK_opportunities_location_mode',
  `(mode = 'online' AND location IS NULL) OR (mode <> 'online' AND location IS NOT NULL)`,
)
@Check(
  'CHK_opportunities_cost',
  `(cost_minor IS NULL AND currency IS NULL) OR (cost_minor > 0 AND currency ~ '^[A-Z]{3}$')`,
)
@Check(
  'CHK_opportunities_age_range',
  `(min_age IS NULL OR min_age >= 0) AND (max_age IS NULL OR max_age >= COALESCE(min_age, 0))`,
)
@Check('CHK_opportunities_capacity', `capacity IS NULL OR capacity > 0`)
@Index('IDX_opportunities_search_vector', { synchronize: false })
@Index('IDX_opportunities_location_geometry', { synchronize: false })
export class Opportunity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_opportunities_provider_id')
  @ManyToOne(() => Organisation, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id' })
  provider!: Relation<Organisation>;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  /** Markdown source; the web app renders it with raw HTML disabled. */
  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'enum', enum: OpportunityKind, enumName: 'opportunity_kind' })
  kind!: OpportunityKind;

  @Column({ type: 'enum', enum: OpportunityMode, enumName: 'opportunity_mode' })
  mode!: OpportunityMode;

  @Index('IDX_opportunities_status')
  @Column({
    type: 'enum',
    enum: OpportunityStatus,
    enumName: 'opportunity_status',
    default: OpportunityStatus.DRAFT,
  })
  status!: OpportunityStatus;

  /** The venue; absent for online opportunities. */
  @Index('IDX_opportunities_location', { spatial: true })
  @Column({
    type: 'geography',
    spatialFeatureType: 'Point',
    srid: 4326,
    nullable: true,
  })
  location!: Point | null;

  @Column({ name: 'venue_name', type: 'text', nullable: true })
  venueName!: string | null;

  @Column({ name: 'venue_address', type: 'text', nullable: true })
  venueAddress!: string | null;

  /** The gazetteer place nearest the venue. */
  @ManyToOne(() => Place, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'place_id' })
  place!: Relation<Place> | null;

  @Column({ name: 'place_id', type: 'integer', nullable: true })
  placeId!: number | null;

  /** Price in the currency's minor unit (cents, pence); null means free. */
  @Column({ name: 'cost_minor', type: 'integer', nullable: true })
  costMinor!: number | null;

  /** ISO 4217 code; set exactly when there is a price. */
  @Column({ type: 'character', length: 3, nullable: true })
  currency!: string | null;

  @Column({ name: 'min_age', type: 'smallint', nullable: true })
  minAge!: number | null;

  @Column({ name: 'max_age', type: 'smallint', nullable: true })
  maxAge!: number | null;

  @Column({ type: 'integer', nullable: true })
  capacity!: number | null;

  @Column({
    name: 'accessibility_support',
    type: 'enum',
    enum: AccessibilitySupport,
    enumName: 'accessibility_support',
    array: true,
    default: () => "'{}'",
  })
  accessibilitySupport!: AccessibilitySupport[];

  /** Plain text on access, such as step-free entry or a quiet room. */
  @Column({ name: 'accessibility_information', type: 'text', nullable: true })
  accessibilityInformation!: string | null;

  @ManyToOne(() => Achievement, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'achievement_id' })
  achievement!: Relation<Achievement> | null;

  /** The badge that taking part earns. */
  @Column({ name: 'achievement_id', type: 'uuid', nullable: true })
  achievementId!: string | null;

  @ManyToMany(() => Sdg)
  @JoinTable({
    name: 'opportunity_sdgs',
    joinColumn: { name: 'opportunity_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'sdg_number', referencedColumnName: 'number' },
  })
  sdgs!: Relation<Sdg[]>;

  @ManyToMany(() => Skill)
  @JoinTable({
    name: 'opportunity_skills',
    joinColumn: { name: 'opportunity_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'skill_id', referencedColumnName: 'id' },
  })
  skills!: Relation<Skill[]>;

  @OneToMany(() => OpportunitySession, (session) => session.opportunity)
  sessions!: Relation<OpportunitySession[]>;

  /** The reviewer's reason when a council rejects the listing. */
  @Column({ name: 'moderation_note', type: 'text', nullable: true })
  moderationNote!: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reviewed_by_id' })
  reviewedBy!: Relation<User> | null;

  @Column({ name: 'reviewed_by_id', type: 'uuid', nullable: true })
  reviewedById!: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({
    name: 'search_vector',
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: SEARCH_VECTOR_SQL,
    select: false,
    insert: false,
    update: false,
  })
  searchVector!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
