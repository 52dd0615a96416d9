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

import { Opportunity } from './opportunity.entity.js';

/** One dated occurrence of an opportunity. */
@Entity('opportunity_sessions')
@Index('IDX_opportunity_sessions_opportunity_starts', [
  'opportunityId',
  'startsAt',
])
@Check('CHK_opportunity_sessions_times', `ends_at > starts_at`)
export class OpportunitySession {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Opportunity, (opportunity) => opportunity.sessions, {
    nullable: false,
    onDelete: 'CASCADE',
  })
  @JoinColumn({ name: 'opportunity_id' })
  opportunity!: Relation<Opportunity>;

  @Column({ name: 'opportunity_id', type: 'uuid' })
  opportunityId!: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  /** IANA time zone of the venue, such as `Australia/Sydney`. */
  @Column({ name: 'time_zone', type: 'text' })
  timeZone!: string;
}
