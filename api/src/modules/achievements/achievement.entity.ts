import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';

import { User } from '../accounts/user.entity.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Sdg } from '../reference-data/sdg.entity.js';
import { Skill } from '../reference-data/skill.entity.js';

/**
 * A badge design: the Open Badges 3.0 `Achievement` that credentials
 * issued for it carry, with its SDG and skill alignments.
 */
@Entity('achievements')
export class Achievement {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_achievements_organisation_id')
  @ManyToOne(() => Organisation, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation!: Relation<Organisation>;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  description!: string;

  /** `criteria.narrative`: what a learner did to earn it, in Markdown. */
  @Column({ name: 'criteria_narrative', type: 'text' })
  criteriaNarrative!: string;

  /** One of the Open Badges 3.0 `AchievementType` values, such as `Badge`. */
  @Column({ name: 'achievement_type', type: 'text' })
  achievementType!: string;

  @Column({ type: 'text', array: true, default: '{}' })
  tags!: string[];

  /** Days from issue to `validUntil`; null means the badge does not expire. */
  @Column({ name: 'validity_days', type: 'integer', nullable: true })
  validityDays!: number | null;

  @ManyToOne(() => StoredFile, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'image_file_id' })
  imageFile!: Relation<StoredFile> | null;

  @Column({ name: 'image_file_id', type: 'uuid', nullable: true })
  imageFileId!: string | null;

  @ManyToMany(() => Sdg)
  @JoinTable({
    name: 'achievement_sdgs',
    joinColumn: { name: 'achievement_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'sdg_number', referencedColumnName: 'number' },
  })
  sdgs!: Relation<Sdg[]>;

  /** SDG targets such as `4.4` or `13.b`; each belongs to one of `sdgs`. */
  @Column({ name: 'sdg_targets', type: 'text', array: true, default: '{}' })
  sdgTargets!: string[];

  @ManyToMany(() => Skill)
  @JoinTable({
    name: 'achievement_skills',
    joinColumn: { name: 'achievement_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'skill_id', referencedColumnName: 'id' },
  })
  skills!: Relation<Skill[]>;

  /** ESCO skill concept URIs, each aligned as well. */
  @Column({ name: 'esco_skill_uris', type: 'text', array: true, default: '{}' })
  escoSkillUris!: string[];

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy!: Relation<User> | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  /** Archived designs keep their credentials but cannot be awarded again. */
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
