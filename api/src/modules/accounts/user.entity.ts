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

import { Place } from '../places/place.entity.js';

export enum ProfileVisibility {
  PRIVATE = 'private',
  PUBLIC = 'public',
}

/** A person with an account: a learner, a member of an organisation, or both. */
@Entity('users')
@Check('CHK_users_birth_year', `birth_year BETWEEN 1900 AND 2100`)
@Check('CHK_users_email_lower_case', `email = lower(email)`)
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored trimmed and in lower case, so uniqueness ignores case. */
  @Index('UQ_users_email', { unique: true })
  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt!: Date | null;

  /** Argon2id hash in PHC string format. */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'birth_year', type: 'smallint' })
  birthYear!: number;

  @Column({
    name: 'profile_visibility',
    type: 'enum',
    enum: ProfileVisibility,
    enumName: 'profile_visibility',
    default: ProfileVisibility.PRIVATE,
  })
  profileVisibility!: ProfileVisibility;

  /** Whether employers may contact this learner about skill needs. */
  @Column({ name: 'employer_contact', type: 'boolean', default: false })
  employerContact!: boolean;

  /** Whether a coarse home area may be shown to organisations. */
  @Column({ name: 'share_location', type: 'boolean', default: false })
  shareLocation!: boolean;

  /**
   * The learner's home area as a gazetteer place (a town or suburb), which
   * matches them with nearby employers' needs. Nothing more precise is kept.
   */
  @ManyToOne(() => Place, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'home_place_id' })
  homePlace!: Relation<Place> | null;

  @Index('IDX_users_home_place_id')
  @Column({ name: 'home_place_id', type: 'integer', nullable: true })
  homePlaceId!: number | null;

  /** Platform administrators are made with a command, never by sign-up. */
  @Column({ name: 'is_admin', type: 'boolean', default: false })
  isAdmin!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
