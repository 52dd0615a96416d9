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
} from 'typeorm';

import { User } from './user.entity.js';

/**
 * An extra e-mail address of an account, beside `users.email`. Badges sent
 * to any verified address of an account belong to its backpack, so a
 * verified address belongs to one account only.
 */
@Entity('user_emails')
@Check('CHK_user_emails_email_lower_case', `email = lower(email)`)
@Index('UQ_user_emails_user_email', ['userId', 'email'], { unique: true })
@Index('UQ_user_emails_verified_email', ['email'], {
  unique: true,
  where: 'verified_at IS NOT NULL',
})
export class UserEmail {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_user_emails_user_id')
  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: Relation<User>;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  /** Stored trimmed and in lower case, like `users.email`. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
