import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';

import { User } from '../accounts/user.entity.js';
import { Organisation } from './organisation.entity.js';

/**
 * What a member may do: owners manage members and everything else, editors
 * list opportunities, awarders record attendance and award badges.
 */
export enum OrganisationRole {
  OWNER = 'owner',
  EDITOR = 'editor',
  AWARDER = 'awarder',
}

@Entity('organisation_members')
export class OrganisationMember {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Index('IDX_organisation_members_user_id')
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => Organisation, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation!: Relation<Organisation>;

  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: Relation<User>;

  @Column({
    type: 'enum',
    enum: OrganisationRole,
    enumName: 'organisation_role',
  })
  role!: OrganisationRole;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
