import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export enum OrganisationKind {
  PROVIDER = 'provider',
  COUNCIL = 'council',
  EMPLOYER = 'employer',
}

@Entity('organisations')
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Index('UQ_organisations_slug', { unique: true })
  @Column({ type: 'text' })
  slug!: string;

  @Column({
    type: 'enum',
    enum: OrganisationKind,
    enumName: 'organisation_kind',
  })
  kind!: OrganisationKind;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
