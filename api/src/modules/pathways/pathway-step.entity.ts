import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';

import { Achievement } from '../achievements/achievement.entity.js';
import { Pathway } from './pathway.entity.js';

/** One step of a pathway: any `requiredCount` of its options. */
@Entity('pathway_steps')
@Index('UQ_pathway_steps_position', ['pathwayId', 'position'], { unique: true })
@Check('CHK_pathway_steps_required_count', 'required_count >= 1')
export class PathwayStep {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Pathway, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pathway_id' })
  pathway!: Relation<Pathway>;

  @Column({ name: 'pathway_id', type: 'uuid' })
  pathwayId!: string;

  /** 1 for the first step. */
  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  /** How many different options a learner must hold; 1 means "one of". */
  @Column({ name: 'required_count', type: 'integer', default: 1 })
  requiredCount!: number;
}

/**
 * A badge that counts for a step. Every option has the Open Badges
 * Achievement id. An option for a badge designed here keeps the local
 * achievement id and is met only by credentials issued here. An option for
 * a badge from elsewhere keeps the issuer id it must come from instead.
 */
@Entity('pathway_step_options')
@Check(
  'CHK_pathway_step_options_source',
  '(achievement_id IS NULL) <> (issuer_uri IS NULL)',
)
@Index('UQ_pathway_step_options_uri', ['stepId', 'achievementUri'], {
  unique: true,
})
@Index('IDX_pathway_step_options_achievement_uri', ['achievementUri'])
export class PathwayStepOption {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => PathwayStep, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'step_id' })
  step!: Relation<PathwayStep>;

  @Column({ name: 'step_id', type: 'uuid' })
  stepId!: string;

  /** 1 for the first option of the step. */
  @Column({ type: 'integer' })
  position!: number;

  /** The Achievement `id` (OB 3.0) or BadgeClass `id` (OB 2.0). */
  @Column({ name: 'achievement_uri', type: 'text' })
  achievementUri!: string;

  @Index('IDX_pathway_step_options_achievement_id')
  @ManyToOne(() => Achievement, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'achievement_id' })
  achievement!: Relation<Achievement> | null;

  @Column({ name: 'achievement_id', type: 'uuid', nullable: true })
  achievementId!: string | null;

  /**
   * For a badge from elsewhere, the issuer id an imported credential must
   * name (OB 3.0 `issuer.id`, OB 2.0 issuer Profile `id`); null for ours.
   */
  @Column({ name: 'issuer_uri', type: 'text', nullable: true })
  issuerUri!: string | null;

  /** The builder's name for a badge from elsewhere; null for ours. */
  @Column({ type: 'text', nullable: true })
  name!: string | null;
}
