import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';

import { User } from '../accounts/user.entity.js';
import { Credential } from '../credentials/credential.entity.js';
import { Pathway } from './pathway.entity.js';

/** A learner following a pathway. */
@Entity('pathway_followers')
export class PathwayFollower {
  @PrimaryColumn({ name: 'pathway_id', type: 'uuid' })
  pathwayId!: string;

  @ManyToOne(() => Pathway, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pathway_id' })
  pathway!: Relation<Pathway>;

  @Index('IDX_pathway_followers_user_id')
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: Relation<User>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * A learner's completion of a pathway and the goal badge it gave. The
 * unique index lets each learner complete each pathway once.
 */
@Entity('pathway_completions')
@Index('UQ_pathway_completions_pathway_user', ['pathwayId', 'userId'], {
  unique: true,
})
export class PathwayCompletion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Pathway, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pathway_id' })
  pathway!: Relation<Pathway>;

  @Column({ name: 'pathway_id', type: 'uuid' })
  pathwayId!: string;

  @Index('IDX_pathway_completions_user_id')
  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: Relation<User>;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  // Credentials are revoked, never deleted, by the app.
  @ManyToOne(() => Credential, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'credential_id' })
  credential!: Relation<Credential>;

  /** The goal badge: issued on completion, or one the learner already held. */
  @Column({ name: 'credential_id', type: 'uuid' })
  credentialId!: string;

  @CreateDateColumn({ name: 'completed_at', type: 'timestamptz' })
  completedAt!: Date;
}
