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

import { User } from '../accounts/user.entity.js';
import { Achievement } from '../achievements/achievement.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';

export enum PathwayStatus {
  DRAFT = 'draft',
  PUBLISHED = 'published',
  ARCHIVED = 'archived',
}

/**
 * A stackable pathway: steps of badges that together earn a goal badge
 * (a meta-badge) issued by the pathway's organisation.
 */
@Entity('pathways')
@Index('IDX_pathways_status_title', ['status', 'title'])
export class Pathway {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_pathways_organisation_id')
  // Organisations and badge designs are archived, never deleted, by the app;
  // cascading keeps bulk deletes of test or demo data consistent.
  @ManyToOne(() => Organisation, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation!: Relation<Organisation>;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({
    type: 'enum',
    enum: PathwayStatus,
    enumName: 'pathway_status',
    default: PathwayStatus.DRAFT,
  })
  status!: PathwayStatus;

  /** Ordered pathways count a step only once every earlier step is met. */
  @Column({ type: 'boolean', default: false })
  ordered!: boolean;

  @Index('IDX_pathways_goal_achievement_id')
  @ManyToOne(() => Achievement, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_achievement_id' })
  goalAchievement!: Relation<Achievement>;

  /** The badge issued when every step is met; one of the organisation's. */
  @Column({ name: 'goal_achievement_id', type: 'uuid' })
  goalAchievementId!: string;

  @Column({
    name: 'sdg_numbers',
    type: 'smallint',
    array: true,
    default: () => "'{}'",
  })
  sdgNumbers!: number[];

  /** WEF skill ids from `skills`. */
  @Column({
    name: 'skill_ids',
    type: 'text',
    array: true,
    default: () => "'{}'",
  })
  skillIds!: string[];

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy!: Relation<User> | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
