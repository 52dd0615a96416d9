import type { MigrationInterface, QueryRunner } from 'typeorm';

import { SDGS } from '../reference/sdgs.js';
import { SKILLS } from '../reference/skills.js';

/** Loads the 17 SDGs and the 16 WEF skills. */
export class ReferenceData1764806400002 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const sdg of SDGS) {
      await queryRunner.query(
        `INSERT INTO sdgs (number, short_title, title, colour) VALUES ($1, $2, $3, $4)`,
        [sdg.number, sdg.shortTitle, sdg.title, sdg.colour],
      );
    }
    for (const skill of SKILLS) {
      await queryRunner.query(
        `INSERT INTO skills (id, name, "group", position) VALUES ($1, $2, $3, $4)`,
        [skill.id, skill.name, skill.group, skill.position],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM skills');
    await queryRunner.query('DELETE FROM sdgs');
  }
}
