import {
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';

import { User } from '../accounts/user.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';

/**
 * A learner's consent to one employer seeing their name, e-mail address
 * and matching badges. Withdrawing it deletes the row.
 */
@Entity('employer_contact_consents')
export class EmployerContactConsent {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: Relation<User>;

  @Index('IDX_employer_contact_consents_employer_id')
  @PrimaryColumn({ name: 'employer_id', type: 'uuid' })
  employerId!: string;

  @ManyToOne(() => Organisation, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employer_id' })
  employer!: Relation<Organisation>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
