import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The World Economic Forum's three groups of 21st-century skills. */
export enum SkillGroup {
  FOUNDATIONAL_LITERACY = 'foundational_literacy',
  COMPETENCY = 'competency',
  CHARACTER_QUALITY = 'character_quality',
}

@Entity('skills')
export class Skill {
  /** A stable slug such as `critical-thinking`. */
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'enum', enum: SkillGroup, enumName: 'skill_group' })
  group!: SkillGroup;

  /** Order within the WEF framework, 1 to 16. */
  @Column({ type: 'smallint' })
  position!: number;
}
