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
import { OpportunitySession } from '../opportunities/opportunity-session.entity.js';

export enum RegistrationStatus {
  REGISTERED = 'registered',
  WAITLISTED = 'waitlisted',
  WITHDRAWN = 'withdrawn',
}

export enum Attendance {
  ATTENDED = 'attended',
  ABSENT = 'absent',
}

/**
 * A learner's place at a session. A trigger in the database keeps the
 * number of `registered` rows per session within the opportunity's capacity.
 */
@Entity('registrations')
@Index('UQ_registrations_active', ['sessionId', 'userId'], {
  unique: true,
  where: `status <> 'withdrawn'`,
})
@Index('IDX_registrations_session_status', ['sessionId', 'status', 'createdAt'])
export class Registration {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => OpportunitySession, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session!: Relation<OpportunitySession>;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @Index('IDX_registrations_user_id')
  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: Relation<User>;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({
    type: 'enum',
    enum: RegistrationStatus,
    enumName: 'registration_status',
  })
  status!: RegistrationStatus;

  @Column({
    type: 'enum',
    enum: Attendance,
    enumName: 'attendance',
    nullable: true,
  })
  attendance!: Attendance | null;

  @Column({ name: 'attendance_marked_at', type: 'timestamptz', nullable: true })
  attendanceMarkedAt!: Date | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'attendance_marked_by_id' })
  attendanceMarkedBy!: Relation<User> | null;

  @Column({ name: 'attendance_marked_by_id', type: 'uuid', nullable: true })
  attendanceMarkedById!: string | null;

  /** When the learner joined the list; the waiting list moves up in this order. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;
}
