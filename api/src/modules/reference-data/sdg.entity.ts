import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One of the 17 UN Sustainable Development Goals. */
@Entity('sdgs')
export class Sdg {
  /** The official goal number, 1 to 17. */
  @PrimaryColumn({ type: 'smallint' })
  number!: number;

  @Column({ name: 'short_title', type: 'text' })
  shortTitle!: string;

  @Column({ type: 'text' })
  title!: string;

  /** The official colour as `#RRGGBB`. */
  @Column({ type: 'character', length: 7 })
  colour!: string;
}
